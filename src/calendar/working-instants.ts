import type { Result } from "neverthrow";
import type { InstantInput } from "../core/instant.js";
import { instantAnswer } from "./_internal/answer.js";
import { instantArgument } from "./_internal/arguments.js";
import { isWorkingMs, lastWorkingMsBefore, nextWorkingMs } from "./_internal/time-walk.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

/**
 * Whether an instant is working time: in no closure, and its local wall clock falls in an interval
 * owned by its date (or in the morning spill of the previous date's overnight interval). Interval
 * ends are exclusive: at 18:00 of a 09:00–18:00 day the instant is not working.
 *
 * @param calendar - a compiled calendar.
 * @param at - the instant.
 * @returns `Ok(boolean)`, or `Err` with code `invalid_instant` or `out_of_range`.
 * @example
 * ```ts
 * isWorkingTime(officeHours, "2025-09-28T10:00+08:00"); // Ok(true): a make-up Sunday
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function isWorkingTime(calendar: BusinessCalendar, at: InstantInput): Result<boolean, CalendarError> {
  return instantArgument(at).map((t) => isWorkingMs(engineOf(calendar), t));
}

/**
 * The first working instant at or after `at` (`at` itself when it is working).
 *
 * @param calendar - a compiled calendar.
 * @param at - the instant.
 * @returns `Ok` with a new `Date`, or `Err` with code `invalid_instant`, `out_of_range` or
 *   `horizon_exceeded` (no working time within 10 years).
 * @example
 * ```ts
 * nextWorkingTime(officeHours, "2025-10-01T10:00+08:00"); // Ok(2025-10-09T09:00+08:00)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function nextWorkingTime(calendar: BusinessCalendar, at: InstantInput): Result<Date, CalendarError> {
  return instantArgument(at).andThen((t) => instantAnswer(nextWorkingMs(engineOf(calendar), t)));
}

/**
 * The latest working instant strictly before `at`, to the millisecond: one millisecond before
 * the end of the last stretch of work (or `at − 1 ms` when `at` is inside one).
 *
 * @param calendar - a compiled calendar.
 * @param at - the instant.
 * @returns `Ok` with a new `Date`, or `Err` with code `invalid_instant`, `out_of_range` or
 *   `horizon_exceeded` (no working time within 10 years before).
 * @example
 * ```ts
 * lastWorkingTimeBefore(officeHours, "2025-10-13T08:00+08:00"); // Ok(2025-10-11T17:59:59.999+08:00)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function lastWorkingTimeBefore(
  calendar: BusinessCalendar,
  at: InstantInput,
): Result<Date, CalendarError> {
  return instantArgument(at).andThen((t) => instantAnswer(lastWorkingMsBefore(engineOf(calendar), t)));
}
