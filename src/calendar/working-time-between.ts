import type { Result } from "neverthrow";
import type { InstantInput } from "../core/instant.js";
import { instantArgument } from "./_internal/arguments.js";
import { workedBetween } from "./_internal/time-walk.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

/**
 * The working time in [from, to), in milliseconds: zero when equal, and the negative of
 * [to, from) when `to` is before `from`. `workingTimeBetween(s, addWorkingTime(s, d)) == d`.
 *
 * @param calendar - a compiled calendar.
 * @param from - the start instant.
 * @param to - the end instant.
 * @returns `Ok` with milliseconds (divide by 60,000 for minutes), or `Err` with code
 *   `invalid_instant` or `out_of_range`.
 * @example
 * ```ts
 * workingTimeBetween(officeHours, "2025-10-17T17:00+08:00", "2025-10-20T10:00+08:00");
 * // Ok(7_200_000): Friday 17–18 and Monday 09–10
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function workingTimeBetween(
  calendar: BusinessCalendar,
  from: InstantInput,
  to: InstantInput,
): Result<number, CalendarError> {
  return instantArgument(from).andThen((a) =>
    instantArgument(to).map((b) => workedBetween(engineOf(calendar), a, b)),
  );
}
