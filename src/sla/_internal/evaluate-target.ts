import { err, ok, type Result } from "neverthrow";
import { addWorkingDaysMs } from "../../calendar/_internal/day-walk.js";
import type { SearchFailure } from "../../calendar/_internal/time-walk.js";
import { engineOf } from "../../calendar/calendar.js";
import type { CaseEvent } from "../../cases/events.js";
import type { CaseState } from "../../cases/state.js";
import type { CompiledTarget } from "../policy.js";
import type { SlaState, TargetResult, TraceStep } from "../result.js";
import { attributeChanges, attributesAt, type CaseAttributes, type Cycle, holderAt } from "./case-facts.js";
import type { Clock, LocalDates } from "./clock.js";
import { deadlineFor, spanMs } from "./limits.js";
import { type ActiveTime, activeTime, measureAll, reach } from "./segments.js";

/** Where the cycle's clock stands: its start, stop, end, and the active time in between. */
interface Run {
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
interface Bounds {
  readonly dueAt: number | null;
  readonly opensAt: number | null;
  readonly limitMs: number | null;
  /** The instant at which a given amount of clock time will have been consumed. */
  readonly at: (amount: number) => number | null | SearchFailure;
  /** What the limit is and why, for the trace (built only when a trace is asked for). */
  readonly rule: () => string;
}

const NO_TRACE: readonly TraceStep[] = Object.freeze([]);
/** Early warnings (预警) at half, three quarters and nine tenths of the limit, unless a target says otherwise. */
const DEFAULT_WARNINGS = { percent: [50, 75, 90] } as const;

/** Adds a step to a trace being kept; builds nothing when traces are off. */
function note(trace: TraceStep[] | null, step: () => TraceStep): void {
  if (trace !== null) trace.push(step());
}

const isFailure = (value: unknown): value is SearchFailure =>
  value === "horizon_exceeded" || value === "out_of_range";

/**
 * Evaluates one target over one cycle of a case at `now`. `nextCycleAt` is the opening of the next
 * cycle, which ends this one.
 */
export function evaluateTarget(
  target: CompiledTarget,
  state: CaseState,
  cycle: Cycle,
  nextCycleAt: number | undefined,
  now: number,
  dates: LocalDates,
  withTrace: boolean,
): Result<TargetResult, SearchFailure> {
  const spec = target.target;
  const clockKind =
    typeof spec.clock === "string" ? "calendar" : "business" in spec.clock ? "business" : "workingDays";
  const clock: Clock = target.clock;
  const trace: TraceStep[] | null = withTrace ? [] : null;
  const base = {
    caseId: state.id,
    targetId: spec.id,
    label: spec.label,
    cycle: cycle.number,
    clock: clockKind,
  } as const;
  const startIndex = cycle.events.findIndex(
    (e) => target.start.has(e.type) || (e.type === "reopened" && target.start.has("received")),
  );
  const start = cycle.events[startIndex];
  const endedAt = cycle.endedBy?.at ?? nextCycleAt;
  if (start === undefined) {
    return ok(emptyResult(base, endedAt === undefined ? "pending" : "not_applicable", trace));
  }
  let stop: CaseEvent | undefined;
  for (let i = startIndex + 1; i < cycle.events.length && stop === undefined; i += 1) {
    const event = cycle.events[i] as CaseEvent;
    if (target.stop.has(event.type)) stop = event;
  }
  const until = stop?.at ?? (endedAt !== undefined && endedAt <= now ? endedAt : now);
  const time = activeTime(target, cycle.events, startIndex, until);
  const run: Run = {
    events: cycle.events,
    start,
    stop,
    endedAt: stop === undefined ? endedAt : undefined,
    until,
    time,
    lengths: time.segments.map(([a, b]) => clock.measure(a, b)),
    projectable: time.pausedSince === null,
  };
  note(trace, () => ({
    step: "started",
    at: new Date(start.at),
    detail: `clock started by "${start.type}"`,
  }));

  // The limit follows the case's priority and tier; a breach under earlier ones stays a breach.
  let attributes = attributesAt(state, until);
  for (const change of attributeChanges(state, start.at, until)) {
    const before = attributesAt(state, change - 1);
    const bounds = boundsFor(target, clock, dates, run, before, clockKind);
    if (isFailure(bounds)) return err(bounds);
    const earlierDue = bounds.dueAt;
    if (earlierDue !== null && earlierDue < change && (stop === undefined || stop.at > earlierDue)) {
      note(trace, () => ({
        step: "breached_before_change",
        at: new Date(earlierDue),
        detail: `due under ${bounds.rule()}, before the change at ${new Date(change).toISOString()}`,
      }));
      attributes = before;
      break;
    }
  }
  const bounds = boundsFor(target, clock, dates, run, attributes, clockKind);
  if (isFailure(bounds)) return err(bounds);
  note(trace, () => ({ step: "limit", detail: bounds.rule() }));
  for (const [from, to] of time.pauses)
    note(trace, () => ({
      step: "paused",
      at: new Date(from),
      detail: `paused until ${to === until && time.pausedSince !== null ? "now" : new Date(to).toISOString()}`,
    }));
  return ok(judge(base, target, state, run, bounds, now, clock, trace));
}

function boundsFor(
  target: CompiledTarget,
  clock: Clock,
  dates: LocalDates,
  run: Run,
  attributes: CaseAttributes,
  clockKind: TargetResult["clock"],
): Bounds | SearchFailure {
  const spec = target.target;
  const at = (amount: number) => reach(clock, run.time, run.lengths, amount, run.projectable);
  if (spec.window === undefined) {
    const limit = deadlineFor(spec, attributes);
    if (clockKind === "workingDays" && target.calendar !== undefined) {
      const due = addWorkingDaysMs(engineOf(target.calendar), run.start.at, limit.days);
      if (isFailure(due)) return due;
      return {
        dueAt: due,
        opensAt: null,
        limitMs: clock.measure(run.start.at, due),
        at,
        rule: () => `${limit.days} working days (${limit.rule()})`,
      };
    }
    const due = at(limit.ms);
    if (isFailure(due)) return due;
    return {
      dueAt: due,
      opensAt: null,
      limitMs: limit.ms,
      at,
      rule: () => `${limit.ms / 60_000} minutes on the ${clockKind} clock (${limit.rule()})`,
    };
  }
  const { from, to, before } = spec.window;
  if (from.days !== undefined || to.days !== undefined) {
    // Whole local dates: "2–3 days after" opens at the start of D+2 and is due at the end of D+3.
    const anchorAt = before === undefined ? run.start.at : anchorInstant(run.events, before);
    if (anchorAt === null)
      return {
        dueAt: null,
        opensAt: null,
        limitMs: null,
        at,
        rule: () => `window before "${before?.event}" (not yet known)`,
      };
    const day = dates.dayOf(anchorAt);
    const sign = before === undefined ? 1 : -1;
    // Pauses push a bound back only if they begin before it (a pause after a breach changes nothing).
    const shifted = (bound: number) => {
      let value = bound;
      for (const [pausedFrom, pausedTo] of run.time.pauses)
        if (pausedFrom <= value) value += pausedTo - pausedFrom;
      return value;
    };
    const unshiftedDue = dates.startOf(day + sign * (to.days ?? 0) + 1) - 1;
    const opensAt = shifted(dates.startOf(day + sign * (from.days ?? 0)));
    const dueAt = shifted(unshiftedDue);
    return {
      dueAt,
      opensAt,
      limitMs: unshiftedDue + 1 - run.start.at,
      at,
      rule: () =>
        `window of local dates, ${from.days}–${to.days} days ${before === undefined ? "after the start" : `before "${before.event}"`}`,
    };
  }
  const opensAt = at(spanMs(from));
  const dueAt = at(spanMs(to));
  if (isFailure(opensAt)) return opensAt;
  if (isFailure(dueAt)) return dueAt;
  return {
    dueAt,
    opensAt,
    limitMs: spanMs(to),
    at,
    rule: () => `window of ${spanMs(from) / 60_000}–${spanMs(to) / 60_000} minutes on the ${clockKind} clock`,
  };
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

function judge(
  base: Pick<TargetResult, "caseId" | "targetId" | "label" | "cycle" | "clock">,
  target: CompiledTarget,
  state: CaseState,
  run: Run,
  bounds: Bounds,
  now: number,
  clock: Clock,
  trace: TraceStep[] | null,
): TargetResult {
  const { dueAt, opensAt } = bounds;
  const stopAt = run.stop?.at;
  let outcome: SlaState;
  const isWindow = target.target.window !== undefined;
  if (isWindow && dueAt === null && run.time.pausedSince === null) {
    outcome = "running"; // a window before an anchor that is not known yet: nothing to judge against
  } else if (stopAt !== undefined) {
    // A window that had not opened by the stop (its opening never reached, e.g. paused) is early.
    const beforeOpening = isWindow && (opensAt === null || stopAt < opensAt);
    outcome = beforeOpening ? "early" : dueAt !== null && stopAt > dueAt ? "breached" : "met";
  } else if (dueAt !== null && dueAt < run.until) outcome = "breached";
  else if (run.endedAt !== undefined && run.endedAt <= now) outcome = "not_applicable";
  else outcome = run.time.pausedSince !== null ? "paused" : "running";
  let elapsedMs = 0;
  for (const length of run.lengths) elapsedMs += length;
  const pausedMs = measureAll(clock, run.time.pauses);
  const limitMs = bounds.limitMs;
  const shownDue = outcome === "paused" ? null : dueAt;
  if (opensAt !== null)
    note(trace, () => ({
      step: "window_opens",
      at: new Date(opensAt),
      detail: "the earliest allowed instant",
    }));
  if (shownDue !== null)
    note(trace, () => ({
      step: "due",
      at: new Date(shownDue),
      detail: "the latest allowed instant (inclusive)",
    }));
  const stopEvent = run.stop;
  if (stopEvent !== undefined)
    note(trace, () => ({
      step: "stopped",
      at: new Date(stopEvent.at),
      detail: `clock stopped by "${stopEvent.type}"`,
    }));

  const observed = Math.min(now, run.until);
  const crossing = (amount: number) => {
    const value = bounds.at(amount);
    return typeof value === "number" ? value : null;
  };
  const spec = target.target;
  const warningAt = (): (number | null)[] => {
    const warnings = spec.warnings ?? DEFAULT_WARNINGS;
    if ("percent" in warnings)
      return limitMs === null ? [] : warnings.percent.map((p) => crossing((limitMs * p) / 100));
    return warnings.minutesBefore.map((m) => minutesBeforeDue(m));
  };
  // While paused there is no due time; a "N minutes before" threshold counts as reached at the
  // pause if the frozen remaining time is within N minutes.
  const remaining = limitMs === null ? null : limitMs - elapsedMs;
  const minutesBeforeDue = (minutes: number): number | null => {
    if (dueAt !== null) return dueAt - minutes * 60_000;
    const pausedSince = run.time.pausedSince;
    return pausedSince !== null && remaining !== null && remaining <= minutes * 60_000 ? pausedSince : null;
  };
  const escalationAt = (spec.escalations ?? []).map((escalation) => {
    const when = escalation.when;
    const instant =
      "percent" in when
        ? limitMs === null
          ? null
          : crossing((limitMs * when.percent) / 100)
        : "minutesBefore" in when
          ? minutesBeforeDue(when.minutesBefore)
          : dueAt === null
            ? null
            : dueAt + when.minutesAfterDue * 60_000;
    return { ...escalation, instant };
  });
  const warnings = warningAt();
  const reached = (instant: number | null) => instant !== null && instant <= observed;
  let warningLevel = 0;
  for (const instant of warnings) if (reached(instant)) warningLevel += 1;
  const escalated = escalationAt.filter((e) => reached(e.instant));
  const counting =
    outcome === "running" || (outcome === "breached" && stopAt === undefined && run.endedAt === undefined);
  // The earliest instant after now at which something above would change, with no new event.
  let next = Number.POSITIVE_INFINITY;
  const consider = (instant: number | null) => {
    if (instant !== null && instant > now && instant < next) next = instant;
  };
  if (counting) {
    if (outcome === "running") {
      if (opensAt !== null) consider(opensAt);
      if (dueAt !== null) consider(dueAt + 1);
      for (const instant of warnings) consider(instant);
    }
    for (const escalation of escalationAt) consider(escalation.instant);
  }
  const judgedAt =
    outcome === "met" || outcome === "early"
      ? stopAt
      : outcome === "breached" && dueAt !== null
        ? dueAt + 1
        : undefined;
  // Fields are written out rather than spread from `base`: V8 builds spread literals on a slow
  // path, and this object is made once per target per case (see docs/performance.md).
  return {
    caseId: base.caseId,
    targetId: base.targetId,
    label: base.label,
    cycle: base.cycle,
    clock: base.clock,
    state: outcome,
    startedAt: new Date(run.start.at),
    dueAt: shownDue === null ? null : new Date(shownDue),
    windowOpensAt: opensAt === null ? null : new Date(opensAt),
    stoppedAt: stopAt === undefined ? null : new Date(stopAt),
    limitMs,
    elapsedMs,
    remainingMs: limitMs === null ? null : limitMs - elapsedMs,
    pausedMs,
    fractionConsumed: limitMs === null ? null : limitMs > 0 ? elapsedMs / limitMs : elapsedMs > 0 ? 1 : 0,
    warningLevel,
    escalationLevel: escalated.reduce((level, e) => Math.max(level, e.level), 0),
    notify: escalated.map((e) => e.notify),
    nextChangeAt: next === Number.POSITIVE_INFINITY ? null : new Date(next),
    attribution: judgedAt === undefined ? null : holderAt(state, judgedAt),
    trace: trace ?? NO_TRACE,
  };
}

function emptyResult(
  base: Pick<TargetResult, "caseId" | "targetId" | "label" | "cycle" | "clock">,
  state: SlaState,
  trace: TraceStep[] | null,
): TargetResult {
  return {
    caseId: base.caseId,
    targetId: base.targetId,
    label: base.label,
    cycle: base.cycle,
    clock: base.clock,
    state,
    startedAt: null,
    dueAt: null,
    windowOpensAt: null,
    stoppedAt: null,
    limitMs: null,
    elapsedMs: 0,
    remainingMs: null,
    pausedMs: 0,
    fractionConsumed: null,
    warningLevel: 0,
    escalationLevel: 0,
    notify: [],
    nextChangeAt: null,
    attribution: null,
    trace: trace ?? NO_TRACE,
  };
}
