import { z } from "zod";
import { InstantSchema } from "../core/instant.js";
import { LocalDateSchema } from "../core/local-date.js";
import { TimeZoneSchema } from "../core/time-zone.js";
import type { DeepReadonly } from "../core/types.js";
import { WallTimeEndSchema, WallTimeSchema } from "../core/wall-time.js";

/** Limits that keep any calendar small enough to compile quickly. */
export const CALENDAR_LIMITS = {
  intervalsPerDay: 48,
  holidays: 20_000,
  workdays: 20_000,
  closures: 20_000,
  nameLength: 200,
} as const;

const name = z.string().max(CALENDAR_LIMITS.nameLength);

/** `["HH:MM", "HH:MM"]`: start and end wall times; `end < start` is an overnight interval. */
const IntervalSchema = z.tuple([WallTimeSchema, WallTimeEndSchema]);
const DayHoursSchema = z.array(IntervalSchema).max(CALENDAR_LIMITS.intervalsPerDay);

/**
 * zod schema of a calendar definition (strict: unknown keys are errors). Wall times become
 * minutes since midnight, instants epoch milliseconds; use `calendarJsonSchema()` for the input
 * side as JSON Schema.
 *
 * @category Calendar
 * @since 0.1.0
 */
export const CalendarDefinitionSchema = z.strictObject({
  timeZone: TimeZoneSchema,
  weekly: z.strictObject({
    mon: DayHoursSchema.optional(),
    tue: DayHoursSchema.optional(),
    wed: DayHoursSchema.optional(),
    thu: DayHoursSchema.optional(),
    fri: DayHoursSchema.optional(),
    sat: DayHoursSchema.optional(),
    sun: DayHoursSchema.optional(),
  }),
  holidays: z
    .array(z.union([LocalDateSchema, z.strictObject({ date: LocalDateSchema, name: name.optional() })]))
    .max(CALENDAR_LIMITS.holidays)
    .optional(),
  workdays: z
    .array(z.strictObject({ date: LocalDateSchema, hours: DayHoursSchema, name: name.optional() }))
    .max(CALENDAR_LIMITS.workdays)
    .optional(),
  closures: z
    .array(z.strictObject({ start: InstantSchema, end: InstantSchema, reason: name.optional() }))
    .max(CALENDAR_LIMITS.closures)
    .optional(),
});

/**
 * A business calendar as written by a host: an IANA time zone, weekly hours per weekday
 * (`[["09:00", "12:00"], ["13:00", "18:00"]]`; `"24:00"` may end an interval; `end < start` runs
 * overnight into the next date), holidays, make-up working days (调休) that replace a date's weekly
 * hours, and one-off closures `[start, end)` given as instants.
 *
 * @category Calendar
 * @since 0.1.0
 */
export type CalendarDefinition = DeepReadonly<z.input<typeof CalendarDefinitionSchema>>;

/** A definition after validation: minutes and epoch milliseconds. */
export type ParsedCalendarDefinition = z.output<typeof CalendarDefinitionSchema>;

/**
 * The weekday keys of a calendar definition's `weekly` hours: `"mon"` … `"sun"`.
 *
 * @category Calendar
 * @since 0.1.0
 */
export type Weekday = keyof CalendarDefinition["weekly"];

/**
 * The JSON Schema (draft 2020-12) of a calendar definition, for hosts in other languages.
 *
 * @returns a plain JSON Schema object describing {@link CalendarDefinition}.
 * @example
 * ```ts
 * const schema = calendarJsonSchema();
 * schema.required; // ["timeZone", "weekly"]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function calendarJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CalendarDefinitionSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
