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

/** A run as its warning and escalation thresholds see it. */
interface Gauge {
  readonly run: Run;
  readonly clock: Clock;
  readonly limitMs: number | null;
  readonly elapsedMs: number;
  readonly dueAt: number | null;
}

/**
 * When a percentage of the limit is consumed. Only a clock still counting needs the instant it
 * will be (`future`, for nextChangeAt); for the others comparing the elapsed time gives the same
 * answer (reached at the observed end, or not at all) and spares a search on a business calendar.
 */
function percentAt(gauge: Gauge, percent: number, future: boolean): number | null {
  if (gauge.limitMs === null) return null;
  const amount = (gauge.limitMs * percent) / 100;
  if (!future) return amount <= gauge.elapsedMs ? gauge.run.until : null;
  const value = reachOn(gauge.clock, gauge.run, amount);
  return typeof value === "number" ? value : null;
}

/**
 * When "N minutes before due" comes. While paused there is no due time: the threshold counts as
 * reached at the pause if the frozen remaining time is within N minutes.
 */
function minutesBeforeDue(gauge: Gauge, minutes: number): number | null {
  if (gauge.dueAt !== null) return gauge.dueAt - minutes * 60_000;
  const pausedSince = gauge.run.time.pausedSince;
  const remaining = gauge.limitMs === null ? null : gauge.limitMs - gauge.elapsedMs;
  return pausedSince !== null && remaining !== null && remaining <= minutes * 60_000 ? pausedSince : null;
}

/** The earlier of `next` and `instant`, counting `instant` only when it lies after now. */
const earliestAfter = (next: number, instant: number, now: number) =>
  instant > now && instant < next ? instant : next;

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
  if (trace !== null) {
    if (opensAt !== null)
      trace.push({ step: "window_opens", at: new Date(opensAt), detail: "the earliest allowed instant" });
    if (shownDue !== null)
      trace.push({ step: "due", at: new Date(shownDue), detail: "the latest allowed instant (inclusive)" });
    const stopEvent = run.stop;
    if (stopEvent !== undefined)
      trace.push({
        step: "stopped",
        at: new Date(stopEvent.at),
        detail: `clock stopped by "${stopEvent.type}"`,
      });
  }

  const spec = target.target;
  const counting =
    outcome === "running" || (outcome === "breached" && stopAt === undefined && run.endedAt === undefined);
  const running = outcome === "running";
  const gauge: Gauge = { run, clock, limitMs, elapsedMs, dueAt };
  // The earliest instant after now at which something would change, with no new event; a
  // threshold counts as reached once its instant is observed (the stop, the cycle's end, or now).
  let next = Number.POSITIVE_INFINITY;
  let warningLevel = 0;
  const warnings = spec.warnings ?? DEFAULT_WARNINGS;
  const percents = "percent" in warnings;
  const levels = percents ? warnings.percent : warnings.minutesBefore;
  for (const level of levels) {
    const instant = percents ? percentAt(gauge, level, running) : minutesBeforeDue(gauge, level);
    if (instant === null) continue;
    if (counting) next = earliestAfter(next, instant, now);
    if (instant <= run.until) warningLevel += 1;
  }
  let escalationLevel = 0;
  let notify: readonly string[] = NO_ONE;
  for (const escalation of spec.escalations ?? NO_ESCALATIONS) {
    const when = escalation.when;
    const instant =
      "percent" in when
        ? percentAt(gauge, when.percent, counting)
        : "minutesBefore" in when
          ? minutesBeforeDue(gauge, when.minutesBefore)
          : dueAt === null
            ? null
            : dueAt + when.minutesAfterDue * 60_000;
    if (instant === null) continue;
    if (counting) next = earliestAfter(next, instant, now);
    if (instant > run.until) continue;
    escalationLevel = Math.max(escalationLevel, escalation.level);
    notify = notify === NO_ONE ? [escalation.notify] : [...notify, escalation.notify];
  }
  if (running) {
    if (opensAt !== null) next = earliestAfter(next, opensAt, now);
    if (dueAt !== null) next = earliestAfter(next, dueAt + 1, now);
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
