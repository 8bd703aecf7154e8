import type { CompiledTarget } from "../policy.js";
import type { SlaState, TargetResult, TraceStep } from "../result.js";
import { type Bounds, type Run, reachOn } from "./bounds.js";
import { type CaseFacts, holderAt } from "./case-facts.js";
import type { Clock } from "./clock.js";
import { measureAll } from "./segments.js";

/** The fields a result takes from its case, target and cycle. */
export type ResultHeader = Pick<TargetResult, "caseId" | "targetId" | "label" | "cycle" | "clock">;

const NO_TRACE: readonly TraceStep[] = Object.freeze([]);
const NO_ONE: readonly string[] = Object.freeze([]);
const NO_ESCALATIONS: readonly NonNullable<CompiledTarget["target"]["escalations"]>[number][] = [];
/** Early warnings (预警) at half, three quarters and nine tenths of the limit, unless a target says otherwise. */
const DEFAULT_WARNINGS = { percent: [50, 75, 90] } as const;

/** The state of a run against its limits at `now`, with its warnings, escalations and figures. */
export function judge(
  base: ResultHeader,
  target: CompiledTarget,
  facts: CaseFacts,
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
    if (trace !== null)
      trace.push({
        step: "window_opens",
        at: new Date(opensAt),
        detail: "the earliest allowed instant",
      });
  if (shownDue !== null)
    if (trace !== null)
      trace.push({
        step: "due",
        at: new Date(shownDue),
        detail: "the latest allowed instant (inclusive)",
      });
  const stopEvent = run.stop;
  if (stopEvent !== undefined)
    if (trace !== null)
      trace.push({
        step: "stopped",
        at: new Date(stopEvent.at),
        detail: `clock stopped by "${stopEvent.type}"`,
      });

  const spec = target.target;
  const counting =
    outcome === "running" || (outcome === "breached" && stopAt === undefined && run.endedAt === undefined);
  // A percentage of the limit is reached once that much clock time is consumed. Only a clock still
  // counting needs the instant it will be (for nextChangeAt); for the others comparing the elapsed
  // time is the same answer, and spares a search on a business calendar.
  const percentAt = (percent: number, future: boolean): number | null => {
    if (limitMs === null) return null;
    const amount = (limitMs * percent) / 100;
    if (!future) return amount <= elapsedMs ? run.until : null;
    const value = reachOn(clock, run, amount);
    return typeof value === "number" ? value : null;
  };
  // While paused there is no due time; a "N minutes before" threshold counts as reached at the
  // pause if the frozen remaining time is within N minutes.
  const remaining = limitMs === null ? null : limitMs - elapsedMs;
  const minutesBeforeDue = (minutes: number): number | null => {
    if (dueAt !== null) return dueAt - minutes * 60_000;
    const pausedSince = run.time.pausedSince;
    return pausedSince !== null && remaining !== null && remaining <= minutes * 60_000 ? pausedSince : null;
  };
  // The earliest instant after now at which something would change, with no new event.
  let next = Number.POSITIVE_INFINITY;
  const observed = run.until; // the stop, the cycle's end, or now: never after now
  const reached = (instant: number | null) => {
    if (instant === null) return false;
    if (counting && instant > now && instant < next) next = instant;
    return instant <= observed;
  };
  const running = outcome === "running";
  let warningLevel = 0;
  const warnings = spec.warnings ?? DEFAULT_WARNINGS;
  if ("percent" in warnings) {
    for (const p of warnings.percent) if (reached(percentAt(p, running))) warningLevel += 1;
  } else for (const m of warnings.minutesBefore) if (reached(minutesBeforeDue(m))) warningLevel += 1;
  let escalationLevel = 0;
  let notify: readonly string[] = NO_ONE;
  for (const escalation of spec.escalations ?? NO_ESCALATIONS) {
    const when = escalation.when;
    const instant =
      "percent" in when
        ? percentAt(when.percent, counting)
        : "minutesBefore" in when
          ? minutesBeforeDue(when.minutesBefore)
          : dueAt === null
            ? null
            : dueAt + when.minutesAfterDue * 60_000;
    if (!reached(instant)) continue;
    escalationLevel = Math.max(escalationLevel, escalation.level);
    notify = notify === NO_ONE ? [escalation.notify] : [...notify, escalation.notify];
  }
  if (running) {
    if (opensAt !== null) reached(opensAt);
    if (dueAt !== null) reached(dueAt + 1);
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
    escalationLevel,
    notify,
    nextChangeAt: next === Number.POSITIVE_INFINITY ? null : new Date(next),
    attribution: judgedAt === undefined ? null : holderAt(facts, judgedAt),
    trace: trace ?? NO_TRACE,
  };
}

/** The result of a target whose clock has not started. */
export function emptyResult(base: ResultHeader, state: SlaState, trace: TraceStep[] | null): TargetResult {
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
