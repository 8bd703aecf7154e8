import { err, ok, type Result } from "neverthrow";
import { dayNumberOfLocalDate } from "../core/_internal/days.js";
import { type LocalDate, parseLocalDate } from "../core/local-date.js";
import { instantAnswer } from "./_internal/answer.js";
import { workingDate } from "./_internal/day-walk.js";
import { FIRST_YEAR, LAST_YEAR } from "./_internal/range.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

function dateArgument(date: unknown): Result<number, CalendarError> {
  return parseLocalDate(date).andThen((valid): Result<number, CalendarError> => {
    const year = Number(valid.slice(0, 4));
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return ok(dayNumberOfLocalDate(valid));
    return err({
      code: "out_of_range",
      message: `${valid} is outside the calendar's years ${FIRST_YEAR}–${LAST_YEAR}`,
    });
  });
}

/**
 * Whether a local date is a working date: it owns at least one working minute after holidays,
 * make-up days and closures.
 *
 * @param calendar - a compiled calendar.
 * @param date - a local date `YYYY-MM-DD` (1970–2199).
 * @returns `Ok(boolean)`, or `Err` with code `invalid_local_date` or `out_of_range`.
 * @example
 * ```ts
 * isWorkingDate(officeHours, "2025-10-11"); // Ok(true): a make-up Saturday
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function isWorkingDate(calendar: BusinessCalendar, date: LocalDate): Result<boolean, CalendarError> {
  return dateArgument(date).map((day) => workingDate(engineOf(calendar), day) !== undefined);
}

/**
 * The end of a working date: the end of the last working minute the date owns (for an overnight
 * interval, on the next morning; cut short by a closure, the closure's start).
 *
 * @param calendar - a compiled calendar.
 * @param date - a local date `YYYY-MM-DD` (1970–2199).
 * @returns `Ok` with a new `Date`, or `Err` with code `invalid_local_date`, `out_of_range` or
 *   `not_a_working_date`.
 * @example
 * ```ts
 * endOfWorkingDate(officeHours, "2025-10-09"); // Ok(2025-10-09T18:00+08:00)
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function endOfWorkingDate(calendar: BusinessCalendar, date: LocalDate): Result<Date, CalendarError> {
  return dateArgument(date).andThen((day): Result<Date, CalendarError> => {
    const found = workingDate(engineOf(calendar), day);
    if (found === undefined) {
      return err({ code: "not_a_working_date", message: `${date} owns no working time` });
    }
    return instantAnswer(found.end);
  });
}
