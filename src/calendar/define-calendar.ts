import { err, ok, type Result } from "neverthrow";
import type { InputPath } from "../core/errors.js";
import { parseWithSchema } from "../core/result.js";
import { createEngine } from "./_internal/engine.js";
import { type BusinessCalendar, wrapEngine } from "./calendar.js";
import type { CalendarDefinitionError } from "./errors.js";
import {
  type CalendarDefinition,
  CalendarDefinitionSchema,
  type ParsedCalendarDefinition,
} from "./schema.js";

/**
 * Validates and compiles a business calendar from untrusted data (JSON from a database, a form).
 *
 * @param input - a {@link CalendarDefinition}-shaped value.
 * @returns `Ok` with the compiled calendar, or `Err` with code `invalid_input` (shape: unknown
 *   keys, bad zone/time/date/instant, too many entries — see the issues), `empty_interval` (start
 *   equals end), `duplicate_date` (a holiday or make-up date listed twice),
 *   `holiday_workday_conflict` (a date both holiday and make-up day) or `invalid_closure`
 *   (a closure whose end is not after its start).
 * @example
 * ```ts
 * const calendar = parseCalendar({
 *   timeZone: "Asia/Shanghai",
 *   weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] },
 *   holidays: ["2025-10-01"],
 * });
 * calendar.isOk(); // true
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function parseCalendar(input: unknown): Result<BusinessCalendar, CalendarDefinitionError> {
  return parseWithSchema(CalendarDefinitionSchema, input)
    .mapErr((error): CalendarDefinitionError => error)
    .andThen(compileDefinition);
}

/** Compiles a definition that has passed the schema: the domain checks, then the engine. */
export function compileDefinition(
  definition: ParsedCalendarDefinition,
): Result<BusinessCalendar, CalendarDefinitionError> {
  return checkDefinition(definition).map(() => wrapEngine(definition, createEngine(definition)));
}

/**
 * Compiles a business calendar from a typed definition; the same checks as {@link parseCalendar}.
 *
 * @param definition - the calendar, checked by TypeScript as well.
 * @returns `Ok` with the compiled calendar, or `Err` with the codes of {@link parseCalendar}.
 * @example
 * ```ts
 * const hotline = defineCalendar({ timeZone: "Asia/Shanghai", weekly: { sat: [["22:00", "06:00"]] } });
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function defineCalendar(
  definition: CalendarDefinition,
): Result<BusinessCalendar, CalendarDefinitionError> {
  return parseCalendar(definition);
}

type Mistake = Result<void, CalendarDefinitionError>;
const mistake = (
  code: Exclude<CalendarDefinitionError["code"], "invalid_input">,
  path: InputPath,
  message: string,
) => err({ code, path, message }) as Mistake;

function checkDefinition(definition: ParsedCalendarDefinition): Mistake {
  const dayHours = [
    ...Object.entries(definition.weekly).map(([day, hours]) => [["weekly", day], hours ?? []] as const),
    ...(definition.workdays ?? []).map((workday, i) => [["workdays", i, "hours"], workday.hours] as const),
  ];
  for (const [path, hours] of dayHours) {
    const empty = hours.findIndex(([start, end]) => start === end);
    if (empty >= 0)
      return mistake("empty_interval", [...path, empty], "An interval cannot start and end at the same time");
  }
  const holidayDates = (definition.holidays ?? []).map((h) => (typeof h === "string" ? h : h.date));
  const workdayDates = (definition.workdays ?? []).map((w) => w.date);
  for (const [key, dates] of [
    ["holidays", holidayDates],
    ["workdays", workdayDates],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, date] of dates.entries()) {
      if (seen.has(date)) return mistake("duplicate_date", [key, i], `${date} is listed twice in ${key}`);
      seen.add(date);
    }
  }
  const holidays = new Set(holidayDates);
  const conflict = workdayDates.findIndex((date) => holidays.has(date));
  if (conflict >= 0) {
    const date = workdayDates[conflict];
    return mistake(
      "holiday_workday_conflict",
      ["workdays", conflict, "date"],
      `${date} is both a holiday and a make-up working day`,
    );
  }
  const badClosure = (definition.closures ?? []).findIndex(({ start, end }) => end <= start);
  if (badClosure >= 0)
    return mistake("invalid_closure", ["closures", badClosure], "A closure must end after it starts");
  return ok(undefined);
}
