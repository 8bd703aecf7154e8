import type { Result } from "neverthrow";
import type { BusinessCalendar } from "../calendar.js";
import { parseCalendar } from "../define-calendar.js";
import type { CalendarDefinitionError } from "../errors.js";

const ALL_DAY = [["00:00", "24:00"]] as const;

/**
 * A calendar that is always working (a 24-hour hotline): business time equals elapsed time.
 *
 * @param timeZone - the IANA zone its dates are read in (for working-day questions).
 * @returns `Ok` with the calendar, or `Err` with code `invalid_input` for an unknown zone.
 * @example
 * ```ts
 * const hotline = create24x7Calendar("Asia/Shanghai")._unsafeUnwrap();
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function create24x7Calendar(timeZone: string): Result<BusinessCalendar, CalendarDefinitionError> {
  return parseCalendar({
    timeZone,
    weekly: {
      mon: ALL_DAY,
      tue: ALL_DAY,
      wed: ALL_DAY,
      thu: ALL_DAY,
      fri: ALL_DAY,
      sat: ALL_DAY,
      sun: ALL_DAY,
    },
  });
}
