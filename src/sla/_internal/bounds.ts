import { addWorkingDaysMs } from "../../calendar/_internal/day-walk.js";
import type { SearchFailure } from "../../calendar/_internal/time-walk.js";
import { engineOf } from "../../calendar/calendar.js";
import type { CaseEvent } from "../../cases/events.js";
import type { CompiledTarget } from "../policy.js";
import type { TargetResult } from "../result.js";
import type { CaseAttributes } from "./case-facts.js";
import type { Clock, LocalDates } from "./clock.js";
import { deadlineFor, deadlineRule, spanMs } from "./limits.js";
import { type ActiveTime, reach } from "./segments.js";

/** Where the cycle's clock stands: its start, stop, end, and the active time in between. */
export interface Run {
  /** The cycle's events up to now. */
  readonly events: readonly CaseEvent[];
  readonly start: CaseEvent;
  readonly stop: CaseEvent | undefined;
  /** The instant the cycle ended without a stop (closed, cancelled, reopened), if it did. */
  readonly endedAt: number | undefined;
  /** The instant the clock was last observed: the stop, the end, or now. */
  readonly until: number;
  readonly time: ActiveTime;
  /** Each active stretch measured on the clock (measured once, read by every threshold). */
  readonly lengths: readonly number[];
  /** Whether the clock is counting at `until` (not paused), so its due time can be projected. */
  readonly projectable: boolean;
}

/** Limits of one run: the due instant, a window's opening, and the limit on the clock. */
export interface Bounds {
  readonly dueAt: number | null;
  readonly opensAt: number | null;
  readonly limitMs: number | null;
}

export const isFailure = (value: unknown): value is SearchFailure =>
  value === "horizon_exceeded" || value === "out_of_range";

/** The instant at which `amount` of the run's clock time will have been consumed (see `reach`). */
export function reachOn(clock: Clock, run: Run, amount: number, due = false): number | null | SearchFailure {
  return reach(clock, run.time, run.lengths, amount, run.projectable, due);
}

/** The limits of a run under the case's attributes (priority and tier pick the deadline row). */
export function boundsFor(
  target: CompiledTarget,
  clock: Clock,
  dates: LocalDates,
  run: Run,
  attributes: CaseAttributes,
  clockKind: TargetResult["clock"],
): Bounds | SearchFailure {
  const spec = target.target;
  if (spec.window === undefined) {
    const limit = deadlineFor(spec, attributes);
    if (clockKind === "workingDays" && target.calendar !== undefined) {
      const due = addWorkingDaysMs(engineOf(target.calendar), run.start.at, limit.days);
      if (isFailure(due)) return due;
      return { dueAt: due, opensAt: null, limitMs: clock.measure(run.start.at, due) };
    }
    const due = reachOn(clock, run, limit.ms, true);
    if (isFailure(due)) return due;
    return { dueAt: due, opensAt: null, limitMs: limit.ms };
  }
  const { from, to, before } = spec.window;
  if (from.days !== undefined || to.days !== undefined) {
    // Whole local dates: "2–3 days after" opens at the start of D+2 and is due at the end of D+3.
    const anchorAt = before === undefined ? run.start.at : anchorInstant(run.events, before);
    if (anchorAt === null) return { dueAt: null, opensAt: null, limitMs: null };
    const day = dates.dayOf(anchorAt);
    const sign = before === undefined ? 1 : -1;
    const unshiftedDue = dates.startOf(day + sign * (to.days ?? 0) + 1) - 1;
    return {
      dueAt: shiftedByPauses(run.time, unshiftedDue, true),
      opensAt: shiftedByPauses(run.time, dates.startOf(day + sign * (from.days ?? 0)), false),
      limitMs: unshiftedDue + 1 - run.start.at,
    };
  }
  const opensAt = reachOn(clock, run, spanMs(from));
  const dueAt = reachOn(clock, run, spanMs(to), true);
  if (isFailure(opensAt)) return opensAt;
  if (isFailure(dueAt)) return dueAt;
  return { dueAt, opensAt, limitMs: spanMs(to) };
}

/**
 * A bound of a window of dates moved back by the pauses that begin before it (a pause after a
 * breach changes nothing); behind a pause still under way it is not known yet (null), as for any
 * clock while paused. An opening is reached at the instant a pause begins there; a due time is
 * still kept then, so that pause moves it.
 */
function shiftedByPauses(time: ActiveTime, bound: number, due: boolean): number | null {
  const pauses = time.pauses;
  const ongoing = time.pausedSince === null ? -1 : pauses.length - 1;
  let value = bound;
  for (let i = 0; i < pauses.length; i += 1) {
    const [pausedFrom, pausedTo] = pauses[i] as readonly [number, number];
    if (pausedFrom > value || (!due && pausedFrom === value)) continue;
    if (i === ongoing) return null;
    value += pausedTo - pausedFrom;
  }
  return value;
}

/** What a target's limit is and why, in words, for a trace. */
export function describeLimit(
  target: CompiledTarget,
  attributes: CaseAttributes,
  clockKind: TargetResult["clock"],
): string {
  const spec = target.target;
  if (spec.window === undefined) {
    const limit = deadlineFor(spec, attributes);
    const why = deadlineRule(spec, attributes);
    return clockKind === "workingDays"
      ? `${limit.days} working days (${why})`
      : `${limit.ms / 60_000} minutes on the ${clockKind} clock (${why})`;
  }
  const { from, to, before } = spec.window;
  if (from.days !== undefined || to.days !== undefined)
    return `window of local dates, ${from.days}–${to.days} days ${before === undefined ? "after the start" : `before "${before.event}"`}`;
  return `window of ${spanMs(from) / 60_000}–${spanMs(to) / 60_000} minutes on the ${clockKind} clock`;
}

/** The anchor of a window before an event: that event's time, or the time it schedules. */
function anchorInstant(
  events: readonly CaseEvent[],
  before: { readonly event: string; readonly field: "at" | "scheduledAt" },
): number | null {
  const event = events.find((e) => e.type === before.event);
  if (event === undefined) return null;
  return before.field === "scheduledAt" && event.type === "service_confirmed" ? event.scheduledAt : event.at;
}
