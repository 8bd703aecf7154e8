import type { SearchFailure } from "../../calendar/_internal/time-walk.js";
import type { CaseEvent } from "../../cases/events.js";
import type { CaseState } from "../../cases/state.js";
import type { CompiledTarget } from "../policy.js";
import type { TargetResult, TraceStep } from "../result.js";
import { type Bounds, boundsFor, describeLimit, isFailure, type Run } from "./bounds.js";
import { attributeChanges, attributesAt, type CaseFacts, type Cycle } from "./case-facts.js";
import type { Clock, LocalDates } from "./clock.js";
import { emptyResult, judge } from "./judge.js";
import { activeTime } from "./segments.js";

/**
 * Evaluates one target over one cycle of a case at `now`, or names why a due time could not be
 * found. `nextCycleAt` is the opening of the next cycle, which ends this one.
 */
export function evaluateTarget(
  target: CompiledTarget,
  state: CaseState,
  facts: CaseFacts,
  cycle: Cycle,
  nextCycleAt: number | undefined,
  now: number,
  dates: LocalDates,
  withTrace: boolean,
): TargetResult | SearchFailure {
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
  const startIndex = startOf(target, cycle.events);
  const start = cycle.events[startIndex];
  const endedAt = cycle.endedBy?.at ?? nextCycleAt;
  if (start === undefined) {
    return emptyResult(base, endedAt === undefined ? "pending" : "not_applicable", trace);
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
    lengths: measured(clock, time.segments),
    projectable: time.pausedSince === null,
  };
  if (trace !== null)
    trace.push({
      step: "started",
      at: new Date(start.at),
      detail: `clock started by "${start.type}"`,
    });

  // The limit follows the case's priority and tier; a breach under earlier ones stays a breach.
  let attributes = attributesAt(facts, until);
  let breachedBefore: Bounds | undefined;
  for (const change of attributeChanges(facts, start.at, until)) {
    const before = attributesAt(facts, change - 1);
    const earlier = boundsFor(target, clock, dates, run, before, clockKind);
    if (isFailure(earlier)) return earlier;
    const earlierDue = earlier.dueAt;
    if (earlierDue !== null && earlierDue < change && (stop === undefined || stop.at > earlierDue)) {
      if (trace !== null)
        trace.push({
          step: "breached_before_change",
          at: new Date(earlierDue),
          detail: `due under ${describeLimit(target, before, clockKind)}, before the change at ${new Date(change).toISOString()}`,
        });
      attributes = before;
      breachedBefore = earlier;
      break;
    }
  }
  const bounds = breachedBefore ?? boundsFor(target, clock, dates, run, attributes, clockKind);
  if (isFailure(bounds)) return bounds;
  if (trace !== null) trace.push({ step: "limit", detail: describeLimit(target, attributes, clockKind) });
  for (const [from, to] of time.pauses)
    if (trace !== null)
      trace.push({
        step: "paused",
        at: new Date(from),
        detail: `paused until ${to === until && time.pausedSince !== null ? "now" : new Date(to).toISOString()}`,
      });
  return judge(base, target, facts, run, bounds, now, clock, trace);
}

/** The index of the event that starts the target's clock (a reopening counts as a receipt), or -1. */
function startOf(target: CompiledTarget, events: readonly CaseEvent[]): number {
  for (let i = 0; i < events.length; i += 1) {
    const type = (events[i] as CaseEvent).type;
    if (target.start.has(type) || (type === "reopened" && target.start.has("received"))) return i;
  }
  return -1;
}

/** Each active stretch measured on the clock. */
function measured(clock: Clock, segments: readonly (readonly [number, number])[]): number[] {
  const lengths = new Array<number>(segments.length);
  for (let i = 0; i < segments.length; i += 1) {
    const [a, b] = segments[i] as readonly [number, number];
    lengths[i] = clock.measure(a, b);
  }
  return lengths;
}
