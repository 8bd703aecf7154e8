import { workingDate } from "../../calendar/_internal/day-walk.js";
import { FIRST_YEAR, LAST_YEAR } from "../../calendar/_internal/range.js";
import { type BusinessCalendar, engineOf } from "../../calendar/calendar.js";
import { cached } from "../../core/_internal/cached.js";
import { dayNumberOf, formatDayNumber } from "../../core/_internal/days.js";
import { CARE_LIMITS } from "../vocabulary.js";

const FIRST_DAY = dayNumberOf({ year: FIRST_YEAR, month: 1, day: 1 });
const LAST_DAY = dayNumberOf({ year: LAST_YEAR, month: 12, day: 31 });

/** A window after moving onto working dates, and a note when anything moved. */
export interface ShiftedWindow {
  readonly opens: number;
  readonly due: number;
  /** Built only when a plan explains itself. */
  readonly note: (() => string) | null;
}

/** Moves windows onto a calendar's working dates (identity without a calendar). */
export type Shifter = (opens: number, due: number, direction: "earlier" | "later") => ShiftedWindow;

/**
 * A shifter for one plan. The opening date moves forward to the first working date, the due date
 * back to the last working date; a window with no working date becomes the nearest working date
 * before it (`earlier`) or after it (`later`). Working dates are cached for the plan.
 */
export function makeShifter(calendar: BusinessCalendar | undefined): Shifter {
  if (calendar === undefined) return (opens, due) => ({ opens, due, note: null });
  const known = new Map<number, boolean>();
  const engine = engineOf(calendar);
  // a day outside the calendar's years is not a working date (as `isWorkingDate` answers)
  const isWorking = (day: number) =>
    day >= FIRST_DAY && day <= LAST_DAY && workingDate(engine, day) !== undefined;
  const working = (day: number): boolean => cached(known, day, isWorking);
  const seek = (day: number, step: 1 | -1, limit: number): number | undefined => {
    for (let d = day, n = 0; n <= limit; d += step, n += 1) if (working(d)) return d;
    return undefined;
  };
  return (opens, due, direction) => {
    const width = due - opens;
    const first = seek(opens, 1, width);
    if (first !== undefined) {
      const last = seek(due, -1, width) ?? first;
      if (first === opens && last === due) return { opens, due, note: null };
      return {
        opens: first,
        due: last,
        note: () => `moved onto working dates: ${range(opens, due)} → ${range(first, last)}`,
      };
    }
    const found =
      direction === "earlier"
        ? seek(opens - 1, -1, CARE_LIMITS.workingDateSearch)
        : seek(due + 1, 1, CARE_LIMITS.workingDateSearch);
    if (found === undefined) {
      return {
        opens,
        due,
        note: () => `no working date within ${CARE_LIMITS.workingDateSearch} days; window kept`,
      };
    }
    const side = direction === "earlier" ? "before" : "after";
    return {
      opens: found,
      due: found,
      note: () =>
        `no working date in ${range(opens, due)}; moved to the nearest working date ${side} it: ${formatDayNumber(found)}`,
    };
  };
}

const range = (a: number, b: number): string =>
  a === b ? formatDayNumber(a) : `${formatDayNumber(a)} … ${formatDayNumber(b)}`;
