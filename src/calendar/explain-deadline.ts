import type { Result } from "neverthrow";
import { formatDayNumber } from "../core/_internal/days.js";
import type { InstantInput } from "../core/instant.js";
import { instantAnswer } from "./_internal/answer.js";
import { type Duration, durationArgument, instantArgument } from "./_internal/arguments.js";
import { type CalendarEngine, localDayOf } from "./_internal/engine.js";
import type { NamedDate } from "./_internal/owned-hours.js";
import { utcYearOf } from "./_internal/range.js";
import { lastIndexAtOrBefore } from "./_internal/search.js";
import { addWorkingMs } from "./_internal/time-walk.js";
import { type BusinessCalendar, engineOf } from "./calendar.js";
import type { CalendarError } from "./errors.js";

/**
 * Why a deadline is where it is: the stretches of working time counted, and the holidays, make-up
 * working days and closures between the start and the deadline. Plain data, ready for JSON.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface DeadlineTrace {
  readonly timeZone: string;
  readonly start: Date;
  readonly durationMs: number;
  readonly dueAt: Date;
  /** Each stretch of working time counted, in order; their `countedMs` add up to the duration. */
  readonly spans: readonly { readonly start: Date; readonly end: Date; readonly countedMs: number }[];
  /** Holidays on the local dates from the start's to the deadline's. */
  readonly holidays: readonly { readonly date: string; readonly name?: string }[];
  /** Make-up working days (调休) on those dates. */
  readonly makeUpDays: readonly { readonly date: string; readonly name?: string }[];
  /** Closures overlapping [start, dueAt). */
  readonly closures: readonly { readonly start: Date; readonly end: Date; readonly reason?: string }[];
}

/**
 * Computes a deadline like {@link addWorkingTime} and explains it.
 *
 * @param calendar - a compiled calendar.
 * @param start - when the clock starts.
 * @param duration - `{ hours?, minutes?, ms? }`.
 * @returns `Ok` with the trace, or `Err` with the codes of {@link addWorkingTime}.
 * @example
 * ```ts
 * const trace = explainDeadline(officeHours, "2025-09-30T17:20:00+08:00", { hours: 24 })._unsafeUnwrap();
 * trace.holidays.map((h) => h.date); // ["2025-10-01", …, "2025-10-08"]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function explainDeadline(
  calendar: BusinessCalendar,
  start: InstantInput,
  duration: Duration,
): Result<DeadlineTrace, CalendarError> {
  const engine = engineOf(calendar);
  return instantArgument(start).andThen((from) =>
    durationArgument(duration).andThen((durationMs) =>
      instantAnswer(addWorkingMs(engine, from, durationMs)).map((due) => {
        const [firstDay, lastDay] = [localDayOf(engine, from), localDayOf(engine, due.getTime())];
        return {
          timeZone: engine.zone,
          start: new Date(from),
          durationMs,
          dueAt: due,
          spans: countedSpans(engine, from, due.getTime()),
          holidays: datesBetween(engine.hours.holidays, firstDay, lastDay),
          makeUpDays: datesBetween(engine.hours.workdays, firstDay, lastDay),
          closures: closuresBetween(calendar, from, due.getTime()),
        };
      }),
    ),
  );
}

function countedSpans(engine: CalendarEngine, from: number, to: number): DeadlineTrace["spans"] {
  const spans: { start: Date; end: Date; countedMs: number }[] = [];
  for (let y = utcYearOf(from); y <= utcYearOf(to); y += 1) {
    const year = engine.yearSpans(y);
    for (let i = Math.max(0, lastIndexAtOrBefore(year.starts, from)); i < year.starts.length; i += 1) {
      const start = Math.max(from, year.starts[i] ?? 0);
      const end = Math.min(to, year.ends[i] ?? 0);
      if (start >= to) break;
      if (start >= end) continue;
      const last = spans.at(-1);
      // A stretch split only by the year boundary is shown as one.
      if (last !== undefined && last.end.getTime() === start) {
        spans[spans.length - 1] = {
          start: last.start,
          end: new Date(end),
          countedMs: last.countedMs + end - start,
        };
      } else spans.push({ start: new Date(start), end: new Date(end), countedMs: end - start });
    }
  }
  return spans;
}

function datesBetween(dates: ReadonlyMap<number, NamedDate>, firstDay: number, lastDay: number) {
  const found: { date: string; name?: string }[] = [];
  for (const [day, { name }] of [...dates].sort((a, b) => a[0] - b[0])) {
    if (day >= firstDay && day <= lastDay)
      found.push(name === undefined ? { date: formatDayNumber(day) } : { date: formatDayNumber(day), name });
  }
  return found;
}

function closuresBetween(calendar: BusinessCalendar, from: number, to: number): DeadlineTrace["closures"] {
  return (calendar.definition.closures ?? [])
    .filter(({ start, end }) => start < to && end > from)
    .map(({ start, end, reason }) =>
      reason === undefined
        ? { start: new Date(start), end: new Date(end) }
        : { start: new Date(start), end: new Date(end), reason },
    );
}
