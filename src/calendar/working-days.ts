import { err, ok, type Result } from "neverthrow";
import type { InstantInput } from "../core/instant.js";
import { instantAnswer } from "./_internal/answer.js";
import { instantArgument } from "./_internal/arguments.js";
import { addWorkingDaysMs, workingDatesEndedBy } from "./_internal/day-walk.js";
import { localDayOf } from "./_internal/engine.js";
import { MAX_WORKING_DAYS } from "./_internal/range.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

/**
 * "Within N working days of an event": the end of the last working minute owned by the N-th
 * working date after the event's local date. The event's own date does not count; its date is
 * read on the calendar's wall clock (an event at 03:00 inside the previous night's shift belongs
 * to the new date). A *working date* owns at least one working minute after holidays, make-up
 * days and closures; a closure that cuts off the end of the day moves the due time to its start.
 *
 * @param calendar - a compiled calendar.
 * @param event - the instant of the event.
 * @param days - N, an integer from 1 to 2,600.
 * @returns `Ok` with a new `Date`, or `Err` with code `invalid_instant`, `out_of_range`,
 *   `invalid_day_count` or `horizon_exceeded`.
 * @example
 * ```ts
 * // Sales documents are due within 2 working days of a hand-over on Tuesday 30 September 2025:
 * addWorkingDays(officeHours, "2025-09-30T15:00+08:00", 2); // Ok(2025-10-10T18:00+08:00)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function addWorkingDays(
  calendar: BusinessCalendar,
  event: InstantInput,
  days: number,
): Result<Date, CalendarError> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS) {
    return err({
      code: "invalid_day_count",
      message: `A working-day count is an integer from 1 to ${MAX_WORKING_DAYS}; got ${String(days).slice(0, 20)}`,
    });
  }
  return instantArgument(event).andThen((t) => {
    return instantAnswer(addWorkingDaysMs(engineOf(calendar), t, days));
  });
}

/**
 * The exact inverse of {@link addWorkingDays}: the largest N with `addWorkingDays(from, N) ≤ to`
 * (0 if none), and the negative of `(to, from)` when `to` is before `from`.
 *
 * @param calendar - a compiled calendar.
 * @param from - the event instant.
 * @param to - the instant to measure to.
 * @returns `Ok` with the count, or `Err` with code `invalid_instant` or `out_of_range`.
 * @example
 * ```ts
 * workingDaysBetween(officeHours, "2025-09-30T15:00+08:00", "2025-10-10T18:00+08:00"); // Ok(2)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function workingDaysBetween(
  calendar: BusinessCalendar,
  from: InstantInput,
  to: InstantInput,
): Result<number, CalendarError> {
  return instantArgument(from).andThen((a) =>
    instantArgument(to).andThen((b) => {
      const engine = engineOf(calendar);
      const count = (x: number, y: number) =>
        workingDatesEndedBy(engine, localDayOf(engine, x), localDayOf(engine, y), y);
      return ok(b < a ? 0 - count(b, a) : count(a, b)); // never -0
    }),
  );
}
