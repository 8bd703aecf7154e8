import type { Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../../core/result.js";
import type { BusinessCalendar } from "../calendar.js";
import { parseCalendar } from "../define-calendar.js";
import type { CalendarDefinitionError } from "../errors.js";
import type { CalendarDefinition } from "../schema.js";
import { type HolidayPreset, HolidayPresetSchema } from "./holiday-preset.js";

/**
 * The host's own hours for {@link calendarFromPreset}.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface PresetCalendarOptions {
  /** Weekly working hours, as in a calendar definition. */
  readonly weekly: CalendarDefinition["weekly"];
  /** Hours worked on a make-up working day; default: Monday's hours (else the first weekday's). */
  readonly makeUpHours?: NonNullable<CalendarDefinition["weekly"]["mon"]>;
  /** The host's own extra days off (company holidays). */
  readonly holidays?: CalendarDefinition["holidays"];
  /** One-off closures. */
  readonly closures?: CalendarDefinition["closures"];
}

const OptionsSchema = z.strictObject({
  weekly: z.unknown(),
  makeUpHours: z.unknown().optional(),
  holidays: z.unknown().optional(),
  closures: z.unknown().optional(),
});

/**
 * Builds a calendar from an official holiday preset plus the host's own weekly hours: the preset's
 * days off become holidays and its make-up days (调休) working days with `makeUpHours`.
 *
 * @param preset - e.g. `cnMainlandPreset`, or one extended with later years.
 * @param options - the host's weekly hours and, optionally, make-up hours, extra holidays, closures.
 * @returns `Ok` with the compiled calendar, or `Err` with the codes of `parseCalendar`
 *   (`invalid_input` also covers a malformed preset or unknown option keys).
 * @example
 * ```ts
 * const weekday = [["09:00", "12:00"], ["13:00", "18:00"]] as const;
 * const office = calendarFromPreset(cnMainlandPreset, {
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 * });
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function calendarFromPreset(
  preset: HolidayPreset,
  options: PresetCalendarOptions,
): Result<BusinessCalendar, CalendarDefinitionError> {
  return parseWithSchema(HolidayPresetSchema, preset).andThen((valid) =>
    parseWithSchema(OptionsSchema, options).andThen(() => {
      const weekly = options.weekly;
      const makeUpHours =
        options.makeUpHours ?? weekly.mon ?? weekly.tue ?? weekly.wed ?? weekly.thu ?? weekly.fri ?? [];
      const years = valid.years;
      return parseCalendar({
        timeZone: valid.timeZone,
        weekly,
        holidays: [
          ...years.flatMap((year) => year.holidays.map(({ date, name }) => ({ date, name }))),
          ...(options.holidays ?? []),
        ],
        workdays: years.flatMap((year) =>
          year.workdays.map(({ date, name }) => ({ date, name, hours: makeUpHours })),
        ),
        ...(options.closures === undefined ? {} : { closures: options.closures }),
      });
    }),
  );
}
