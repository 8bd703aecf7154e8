import type { Result } from "neverthrow";
import type { InstantInput } from "../core/instant.js";
import { instantAnswer } from "./_internal/answer.js";
import { type Duration, durationArgument, instantArgument } from "./_internal/arguments.js";
import { addWorkingMs } from "./_internal/time-walk.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

/**
 * The deadline `duration` of working time after `start`: the **earliest instant t ≥ start whose
 * working time in [start, t) equals the duration**. A zero duration returns `start` unchanged
 * (no snapping); otherwise counting begins at the next working instant, and a deadline that uses
 * up an interval exactly is that interval's end (Fri 17:00 + 1 h on 09–18 is Fri 18:00). Cost:
 * two binary searches, whatever the duration.
 *
 * @param calendar - a compiled calendar.
 * @param start - when the clock starts.
 * @param duration - `{ hours?, minutes?, ms? }`, added together; at most the 10-year horizon.
 * @returns `Ok` with a new `Date`, or `Err` with code `invalid_instant`, `out_of_range`,
 *   `invalid_duration`, `negative_duration` or `horizon_exceeded`.
 * @example
 * ```ts
 * // officeHours: 09:00–18:00 Mon–Fri with cnMainlandPreset (see calendarFromPreset)
 * addWorkingTime(officeHours, "2025-09-30T17:20:00+08:00", { hours: 24 });
 * // Ok(2025-10-11T14:20+08:00): 1–8 October are skipped, the make-up Saturday 11 October counted
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function addWorkingTime(
  calendar: BusinessCalendar,
  start: InstantInput,
  duration: Duration,
): Result<Date, CalendarError> {
  return instantArgument(start).andThen((from) =>
    durationArgument(duration).andThen((ms) => instantAnswer(addWorkingMs(engineOf(calendar), from, ms))),
  );
}
