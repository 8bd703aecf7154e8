/**
 * SLOW, OBVIOUSLY-CORRECT reference evaluation of SLA targets (DESIGN §3.2, docs/sla.md), for
 * comparing the engine with on generated cases. Test only; written from the documents, not from
 * `src/sla`. Speed does not matter: every question is answered by walking the event log in order
 * and by the clocks of `./clocks` (themselves answered minute by minute by the calendar reference).
 *
 * The model, in the words of docs/sla.md:
 * - A cycle opens with `received` or `reopened` and ends at `closed`, `cancelled` or the next
 *   `reopened`. Only events at or before `now` count.
 * - The first start event of the cycle starts the clock (`reopened` counts as `received`); the first
 *   stop event after it stops it. The clock is observed until the stop, else the cycle's end, else now.
 * - Pauses: after the start, a pause event opens a pause and a resume event closes it; a clock that
 *   starts while the last pause/resume event before its start was a pause starts paused.
 * - A clock counts its own time (elapsed or business) outside pauses. A bound of `amount` clock
 *   time is reached at the earliest instant at which the running clock has counted it. The due
 *   time is that instant too, except that a pause beginning exactly at it (not after a breach, which
 *   starts 1 ms later) freezes the remaining 0 and the due time becomes the resume ("while paused
 *   the remaining time is frozen"). A pause still under way leaves later bounds unknown (null).
 * - Deadlines follow the priority and tier in force at the end of observation, unless the clock had
 *   already breached under an earlier limit before a change (then that limit and its due time stay).
 * - Windows of days are local dates in the policy's zone, turned into elapsed time from the start
 *   (opening: the first instant of D+from; due: the last millisecond of D+to), so pauses shift
 *   them like any bound; their `limitMs` runs to the end of D+to (the due time + 1 ms).
 * - Percent warnings are reached when elapsed × 100 ≥ percent × limit (exact integers); the next
 *   one is due at the first millisecond of clock time that reaches it.
 *
 * Readings where the documents are silent (see test/sla/engine-vs-reference.test.ts):
 * - A bound behind a pause still under way at the end of observation (paused now, or stopped,
 *   closed or cancelled while paused) is unknown: `dueAt`/`windowOpensAt` null, for every clock.
 * - A pause that begins after a breach does not move the due time, but its time still counts in
 *   `pausedMs` and not in `elapsedMs` ("pauses excluded").
 */
import type { CaseEvent, CaseEventType } from "kefu/cases";
import type { RefCalendar } from "../../calendar/_reference/reference-calendar";
import {
  businessClock,
  type Clock,
  elapsedClock,
  type LocalDates,
  localDates,
  workingDaysDue,
} from "./clocks";
import type { RefMatrix, RefPolicy, RefPriority, RefSpan, RefTarget } from "./policy";

export type RefState = "pending" | "running" | "paused" | "met" | "breached" | "early" | "not_applicable";

/** The fields of a `TargetResult` the reference computes; instants as epoch ms. */
export interface RefResult {
  readonly targetId: string;
  readonly cycle: number;
  readonly state: RefState;
  readonly startedAt: number | null;
  readonly dueAt: number | null;
  readonly windowOpensAt: number | null;
  readonly stoppedAt: number | null;
  readonly elapsedMs: number;
  readonly pausedMs: number;
  readonly limitMs: number | null;
  readonly warningLevel: number;
  readonly nextChangeAt: number | null;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DEFAULT_WARNINGS = [50, 75, 90] as const;

// ---------------------------------------------------------------- the case: attributes and cycles

interface Attributes {
  readonly priority: RefPriority;
  readonly tier: string | null;
  readonly channel: string;
}

/** The case's priority, tier and channel as they stand at instant t (events at t included). */
function attributesAt(log: readonly CaseEvent[], t: number): Attributes {
  let attributes: Attributes = { priority: "normal", tier: null, channel: "" };
  for (const e of log) {
    if (e.at > t) break;
    if (e.type === "received")
      attributes = { priority: e.priority, tier: e.tier ?? null, channel: e.channel };
    if (e.type === "priority_changed") attributes = { ...attributes, priority: e.priority };
    if (e.type === "classified" && e.priority !== undefined)
      attributes = { ...attributes, priority: e.priority };
    if (e.type === "tier_changed") attributes = { ...attributes, tier: e.tier };
  }
  return attributes;
}

/** Instants in (from, to] at which an event may change the priority or tier. */
function attributeChanges(log: readonly CaseEvent[], from: number, to: number): number[] {
  const kinds: readonly CaseEventType[] = ["priority_changed", "tier_changed", "classified"];
  return log.filter((e) => kinds.includes(e.type) && e.at > from && e.at <= to).map((e) => e.at);
}

function applies(target: RefTarget, a: Attributes): boolean {
  const only = target.appliesTo;
  if (only === undefined) return true;
  if (only.channels !== undefined && !only.channels.includes(a.channel)) return false;
  if (only.priorities !== undefined && !only.priorities.includes(a.priority)) return false;
  if (only.tiers !== undefined && (a.tier === null || !only.tiers.includes(a.tier))) return false;
  return true;
}

interface Cycle {
  readonly number: number;
  readonly events: CaseEvent[];
  /** When the cycle ended (closed, cancelled, or the reopening that opens the next), or null. */
  endAt: number | null;
}

function cyclesOf(log: readonly CaseEvent[]): Cycle[] {
  const cycles: Cycle[] = [];
  for (const e of log) {
    const current = cycles.at(-1);
    if (current === undefined || e.type === "reopened") {
      if (current !== undefined) current.endAt ??= e.at;
      cycles.push({ number: cycles.length + 1, events: [e], endAt: null });
      continue;
    }
    current.events.push(e);
    if ((e.type === "closed" || e.type === "cancelled") && current.endAt === null) current.endAt = e.at;
  }
  return cycles;
}

// ---------------------------------------------------------------- counting clock time around pauses

interface Pause {
  readonly from: number;
  /** The resume, or null for a pause still under way when observation ends. */
  readonly to: number | null;
}

/**
 * The instant at which a clock started at `s` has counted `amount` of its time outside `pauses`.
 * `mode: "reach"`: the earliest such instant (window openings, warnings). `mode: "due"`: the same,
 * except that a pause beginning exactly then keeps the clock from being due until it resumes (the
 * frozen remaining time is 0). null when a pause still under way comes first.
 */
function instantCounted(
  clock: Clock,
  s: number,
  pauses: readonly Pause[],
  amount: number,
  mode: "reach" | "due",
): number | null {
  let counted = 0;
  let runningFrom = s;
  for (const pause of pauses) {
    const at = clock.add(runningFrom, amount - counted);
    if (at < pause.from || (mode === "reach" && at === pause.from)) return at;
    counted += clock.between(runningFrom, pause.from);
    if (pause.to === null) return null;
    runningFrom = pause.to;
  }
  return clock.add(runningFrom, amount - counted);
}

function pausesOf(
  target: RefTarget,
  before: readonly CaseEvent[],
  after: readonly CaseEvent[],
  s: number,
  until: number,
): Pause[] {
  const pause = target.pause ?? [];
  const resume = target.resume ?? [];
  let openSince: number | null = null;
  // The last pause or resume event before the start decides whether the clock starts paused.
  for (const e of before) {
    if (pause.includes(e.type)) openSince = s;
    else if (resume.includes(e.type)) openSince = null;
  }
  const pauses: Pause[] = [];
  for (const e of after) {
    if (e.at > until) break;
    if (openSince === null && pause.includes(e.type)) openSince = e.at;
    else if (openSince !== null && resume.includes(e.type)) {
      pauses.push({ from: openSince, to: e.at });
      openSince = null;
    }
  }
  if (openSince !== null) pauses.push({ from: openSince, to: null });
  return pauses;
}

// ---------------------------------------------------------------- limits

const spanMs = (span: RefSpan) => Math.round((span.hours ?? 0) * HOUR + (span.minutes ?? 0) * MINUTE);
const isMatrix = (d: RefSpan | RefMatrix): d is RefMatrix => "byPriority" in d;

/** The deadline row for the attributes, times the tier factor: ms, or working days (rounded up). */
function deadlineAmount(target: RefTarget, a: Attributes, workingDays: boolean): number {
  const d = target.deadline;
  if (d === undefined) throw new Error("reference: not a deadline");
  const row = isMatrix(d) ? (d.byPriority[a.priority] ?? d.default) : d;
  if (row === undefined) throw new Error(`reference: no row for ${a.priority}`);
  const factor = a.tier === null ? 1 : (target.tierFactors?.[a.tier] ?? 1);
  return workingDays ? Math.ceil((row.days ?? 0) * factor) : Math.round(spanMs(row) * factor);
}

// ---------------------------------------------------------------- one target, one cycle

interface Context {
  readonly policy: RefPolicy;
  readonly log: readonly CaseEvent[];
  readonly now: number;
}

const businessClocks = new WeakMap<RefCalendar, Clock>();
const workingDayDues = new WeakMap<RefCalendar, (t: number, n: number) => number>();
const zones = new Map<string, LocalDates>();

function calendarOf(policy: RefPolicy, name: string): RefCalendar {
  const cal = policy.calendars[name];
  if (cal === undefined) throw new Error(`reference: no calendar ${name}`);
  return cal;
}

function businessOf(cal: RefCalendar): Clock {
  let clock = businessClocks.get(cal);
  if (clock === undefined) {
    clock = businessClock(cal);
    businessClocks.set(cal, clock);
  }
  return clock;
}

function workingDaysOf(cal: RefCalendar): (t: number, n: number) => number {
  let due = workingDayDues.get(cal);
  if (due === undefined) {
    due = workingDaysDue(cal);
    workingDayDues.set(cal, due);
  }
  return due;
}

function datesOf(zone: string): LocalDates {
  let dates = zones.get(zone);
  if (dates === undefined) {
    dates = localDates(zone);
    zones.set(zone, dates);
  }
  return dates;
}

/** The clock's bounds for a started target: its clock, limit, opening and due time. */
interface Bounds {
  readonly clock: Clock;
  readonly limitMs: number;
  readonly opensAt: number | null;
  readonly dueAt: number | null;
  readonly isWindow: boolean;
  /** Pauses the clock honours (none on a working-day clock). */
  readonly pauses: readonly Pause[];
}

function boundsOf(
  ctx: Context,
  target: RefTarget,
  s: number,
  pauses: readonly Pause[],
  until: number,
): Bounds {
  const { clock: spec } = target;
  if (typeof spec === "object" && "workingDays" in spec) {
    const cal = calendarOf(ctx.policy, spec.workingDays);
    const clock = businessOf(cal);
    const dueAfter = workingDaysOf(cal);
    let dueAt = dueAfter(s, deadlineAmount(target, attributesAt(ctx.log, s), true));
    for (const change of attributeChanges(ctx.log, s, until)) {
      if (dueAt < change) break; // breached under the earlier limit: it stays
      dueAt = dueAfter(s, deadlineAmount(target, attributesAt(ctx.log, change), true));
    }
    return { clock, limitMs: clock.between(s, dueAt), opensAt: null, dueAt, isWindow: false, pauses: [] };
  }
  const clock = spec === "calendar" ? elapsedClock : businessOf(calendarOf(ctx.policy, spec.business));
  if (target.window !== undefined) {
    const { from, to } = target.window;
    if (from.days !== undefined || to.days !== undefined) {
      // Local dates in the policy's zone, as elapsed time from the start.
      const dates = datesOf(ctx.policy.timeZone);
      const day = dates.dateOf(s);
      const opening = dates.startOf(day, from.days ?? 0) - s;
      // The window closes at the end of local date D+to: due at its last millisecond. `limitMs` is
      // the elapsed time from the start to that end (so "0–0 days" from midnight is 24 h, not 24 h − 1 ms).
      const close = dates.startOf(day, (to.days ?? 0) + 1) - s;
      return {
        clock,
        limitMs: close,
        // "0 days after" opens at the start of the start's own date, before the clock started.
        opensAt: opening <= 0 ? s + opening : instantCounted(clock, s, pauses, opening, "reach"),
        dueAt: instantCounted(clock, s, pauses, close - 1, "due"),
        isWindow: true,
        pauses,
      };
    }
    return {
      clock,
      limitMs: spanMs(to),
      opensAt: instantCounted(clock, s, pauses, spanMs(from), "reach"),
      dueAt: instantCounted(clock, s, pauses, spanMs(to), "due"),
      isWindow: true,
      pauses,
    };
  }
  let limitMs = deadlineAmount(target, attributesAt(ctx.log, s), false);
  let dueAt = instantCounted(clock, s, pauses, limitMs, "due");
  for (const change of attributeChanges(ctx.log, s, until)) {
    if (dueAt !== null && dueAt < change) break; // breached under the earlier limit: it stays
    limitMs = deadlineAmount(target, attributesAt(ctx.log, change), false);
    dueAt = instantCounted(clock, s, pauses, limitMs, "due");
  }
  return { clock, limitMs, opensAt: null, dueAt, isWindow: false, pauses };
}

const reached = (elapsedMs: number, limitMs: number, percent: number) => elapsedMs * 100 >= percent * limitMs;

function evaluateTarget(ctx: Context, target: RefTarget, cycle: Cycle): RefResult {
  const blank = (state: RefState): RefResult => ({
    targetId: target.id,
    cycle: cycle.number,
    state,
    startedAt: null,
    dueAt: null,
    windowOpensAt: null,
    stoppedAt: null,
    elapsedMs: 0,
    pausedMs: 0,
    limitMs: null,
    warningLevel: 0,
    nextChangeAt: null,
  });
  const startsClock = (e: CaseEvent) =>
    target.start.includes(e.type) || (e.type === "reopened" && target.start.includes("received"));
  const startIndex = cycle.events.findIndex(startsClock);
  const start = cycle.events[startIndex];
  if (start === undefined) return blank(cycle.endAt === null ? "pending" : "not_applicable");

  const s = start.at;
  const before = cycle.events.slice(0, startIndex);
  const after = cycle.events.slice(startIndex + 1);
  const stop = after.find((e) => target.stop.includes(e.type));
  const until = stop?.at ?? cycle.endAt ?? ctx.now; // the end of observation
  const bounds = boundsOf(ctx, target, s, pausesOf(target, before, after, s, until), until);
  const { clock, limitMs, opensAt, dueAt, pauses } = bounds;

  const pausedMs = pauses.reduce((sum, p) => sum + clock.between(p.from, p.to ?? until), 0);
  const elapsedMs = clock.between(s, until) - pausedMs;
  const pausedAtEnd = pauses.at(-1)?.to === null;

  let state: RefState;
  if (dueAt !== null && until > dueAt) state = "breached";
  else if (stop !== undefined)
    state = bounds.isWindow && (opensAt === null || stop.at < opensAt) ? "early" : "met";
  else if (cycle.endAt !== null) state = "not_applicable";
  else if (pausedAtEnd) state = "paused";
  else state = "running";

  const thresholds = target.warnings?.percent ?? DEFAULT_WARNINGS;
  const warningLevel = thresholds.filter((p) => reached(elapsedMs, limitMs, p)).length;

  let nextChangeAt: number | null = null;
  if (state === "running" && dueAt !== null) {
    const candidates = [dueAt + 1];
    if (opensAt !== null && opensAt > ctx.now) candidates.push(opensAt);
    const nextWarning = thresholds.find((p) => !reached(elapsedMs, limitMs, p));
    if (nextWarning !== undefined) {
      // The first whole millisecond of clock time at which the threshold is reached.
      const amount = Math.ceil((nextWarning * limitMs) / 100);
      const at = instantCounted(clock, s, pauses, amount, "reach");
      if (at !== null) candidates.push(at);
    }
    nextChangeAt = Math.min(...candidates);
  }

  return {
    targetId: target.id,
    cycle: cycle.number,
    state,
    startedAt: s,
    dueAt,
    windowOpensAt: opensAt,
    stoppedAt: stop?.at ?? null,
    elapsedMs,
    pausedMs,
    limitMs,
    warningLevel,
    nextChangeAt,
  };
}

/** When a result became final: its stop (met, early), the first instant after its due time (breached). */
function decidedAt(r: RefResult): number | null {
  if (r.state === "met" || r.state === "early") return r.stoppedAt;
  if (r.state === "breached" && r.dueAt !== null) return r.dueAt + 1;
  return null;
}

/**
 * Evaluates every target of the policy against a case's events at `now`: one result per cycle and
 * matching target, in cycle order then policy order. A target matches on the case's attributes at
 * the cycle's last event. A result the case stops matching is kept if it was already final (met or
 * early at its stop, breached from its due time + 1 ms) at some instant at which the target applied
 * (docs: "made final while a target applied … is kept"; read so that a final result once reported
 * stays reported, as "met, breached and early are final" requires).
 */
export function refEvaluateCase(policy: RefPolicy, events: readonly CaseEvent[], now: number): RefResult[] {
  const log = events.filter((e) => e.at <= now).sort((a, b) => a.at - b.at); // stable
  const ctx: Context = { policy, log, now };
  const results: RefResult[] = [];
  for (const cycle of cyclesOf(log)) {
    const lastAt = cycle.events.at(-1)?.at ?? now;
    for (const target of policy.targets) {
      const result = evaluateTarget(ctx, target, cycle);
      if (applies(target, attributesAt(log, lastAt))) results.push(result);
      else {
        // Kept if it was already final at some instant at which the target applied.
        const decided = decidedAt(result);
        if (decided === null || decided > lastAt) continue;
        const instants = [decided, ...attributeChanges(log, decided, lastAt)];
        if (instants.some((t) => applies(target, attributesAt(log, t)))) results.push(result);
      }
    }
  }
  return results;
}
