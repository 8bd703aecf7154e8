/**
 * The SLA engine against a slow reference written from DESIGN §3.2 and docs/sla.md
 * (test/sla/_reference): generated policies and cases, each evaluated at many instants — every
 * event (and 1 ms either side), between events (inside pauses), and, following the reference's own
 * results, at every due time, window opening and nextChangeAt (and 1 ms either side).
 */
import fc from "fast-check";
import { defineCalendar } from "kefu/calendar";
import { type CaseEventInput, type CaseEventType, type CaseState, replay } from "kefu/cases";
import { evaluateCase, parsePolicy, type SlaPolicy, type TargetResult } from "kefu/sla";
import { describe, expect, it } from "vitest";
import {
  refAddWorkingDays,
  refAddWorkingTime,
  refWorkingTimeBetween,
} from "../calendar/_reference/reference-calendar";
import {
  arbOffset,
  arbScenario,
  CALENDARS,
  local,
  policyOf,
  type Scenario,
  sh,
} from "./_reference/arbitraries";
import { businessClock, workingDaysDue } from "./_reference/clocks";
import type { RefPolicy, RefTarget } from "./_reference/policy";
import { type RefResult, refEvaluateCase } from "./_reference/reference-sla";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const MAX_PROBES = 40;
const COMPILED = {
  office: defineCalendar(CALENDARS.office)._unsafeUnwrap(),
  night: defineCalendar(CALENDARS.night)._unsafeUnwrap(),
};

const wall = (t: number | null) => (t === null ? null : local(t));
/** A result as compared: instants as Shanghai wall times, so a difference reads at a glance. */
const view = (r: RefResult) => ({
  targetId: r.targetId,
  cycle: r.cycle,
  state: r.state,
  startedAt: wall(r.startedAt),
  dueAt: wall(r.dueAt),
  windowOpensAt: wall(r.windowOpensAt),
  stoppedAt: wall(r.stoppedAt),
  elapsedMs: r.elapsedMs,
  pausedMs: r.pausedMs,
  limitMs: r.limitMs,
  warningLevel: r.warningLevel,
  nextChangeAt: wall(r.nextChangeAt),
});
const ms = (d: Date | null) => (d === null ? null : d.getTime());
const fromEngine = (r: TargetResult): RefResult => ({
  targetId: r.targetId,
  cycle: r.cycle,
  state: r.state,
  startedAt: ms(r.startedAt),
  dueAt: ms(r.dueAt),
  windowOpensAt: ms(r.windowOpensAt),
  stoppedAt: ms(r.stoppedAt),
  elapsedMs: r.elapsedMs,
  pausedMs: r.pausedMs,
  limitMs: r.limitMs,
  warningLevel: r.warningLevel,
  nextChangeAt: ms(r.nextChangeAt),
});

// ---------------------------------------------------------------- known differences
//
// Disagreements this comparison found are pinned by the tests at the end of this file
// ("disagreements found by the comparison"). One is still open in src/sla: until it is fixed the
// generated comparison steps around exactly that situation, so that it keeps guarding everything
// else. Set this to false once it is fixed.
const SKIP_KNOWN_DIFFERENCES = false;

/** The open difference: a pause that begins exactly when a pausable window opens. */
function pausesAtWindowOpening(policy: RefPolicy, state: CaseState): boolean {
  return state.events.some(
    (e) =>
      e.type === "paused" &&
      refEvaluateCase(policy, state.events, e.at - 1).some(
        (r) =>
          r.windowOpensAt === e.at &&
          policy.targets.find((t) => t.id === r.targetId)?.pause?.includes("paused") === true,
      ),
  );
}

// ---------------------------------------------------------------- comparison

const engineOf = (policy: RefPolicy): SlaPolicy =>
  // The same calendars, compiled once for the engine (the reference reads their definitions).
  parsePolicy({ ...policy, calendars: {} }, { calendars: COMPILED })._unsafeUnwrap();
const fastAt = (engine: SlaPolicy, state: CaseState, now: number): RefResult[] =>
  evaluateCase(engine, state, now, { trace: false })._unsafeUnwrap().map(fromEngine);

/** Evaluates both at `now`, expects the same results, and returns the reference's. */
function compareAt(engine: SlaPolicy, policy: RefPolicy, state: CaseState, now: number): RefResult[] {
  const ref = refEvaluateCase(policy, state.events, now);
  const fast = fastAt(engine, state, now);
  // A cheap check first; on a difference, the readable one (instants as wall times).
  if (JSON.stringify(fast) !== JSON.stringify(ref))
    expect(fast.map(view), `evaluated at ${local(now)}`).toEqual(ref.map(view));
  return ref;
}

/**
 * Compares a scenario at up to MAX_PROBES instants: a random one, just before the case, each event
 * and 1 ms either side, the middle of each gap between events (inside pauses, among others), and
 * then every due time, window opening and nextChangeAt the reference reports (and 1 ms either side).
 */
function compareScenario({ targets, timeZone, events }: Scenario, offset: number): void {
  const policy = policyOf(targets, timeZone);
  const engine = engineOf(policy);
  const state = replay(events)._unsafeUnwrap();
  if (SKIP_KNOWN_DIFFERENCES && pausesAtWindowOpening(policy, state)) return;
  const times = state.events.map((e) => e.at);
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? first;
  const [lo, hi] = [first - HOUR, last + 3 * DAY];
  const queue: number[] = [first + offset, first - 1, hi];
  times.forEach((t, i) => {
    queue.push(t - 1, t, t + 1);
    const next = times[i + 1];
    if (next !== undefined) queue.push(Math.floor((t + next) / 2));
  });
  const seen = new Set<number>();
  for (let now = queue.shift(); now !== undefined && seen.size < MAX_PROBES; now = queue.shift()) {
    if (seen.has(now) || now < lo || now > hi) continue;
    seen.add(now);
    for (const r of compareAt(engine, policy, state, now))
      for (const t of [r.dueAt, r.windowOpensAt, r.nextChangeAt]) if (t !== null) queue.push(t - 1, t, t + 1);
  }
}

describe("the SLA engine agrees with the reference", () => {
  it("on generated policies and cases", () => {
    fc.assert(
      fc.property(arbScenario, arbOffset, (scenario, offset) => compareScenario(scenario, offset)),
      { numRuns: 200 },
    );
  });
});

describe("the reference's clocks", () => {
  it("agree with the calendar reference's own functions", () => {
    const from = Date.parse("2025-09-26T00:00:00+08:00");
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(CALENDARS)),
        fc.integer({ min: 0, max: 20 * DAY }),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.integer({ min: 1, max: 4 }),
        (cal, a, d, n) => {
          const clock = businessClock(cal);
          const t = from + a;
          expect(clock.between(t, t + d)).toBe(refWorkingTimeBetween(cal, t, t + d));
          expect(clock.add(t, d % (30 * HOUR))).toBe(refAddWorkingTime(cal, t, d % (30 * HOUR)));
          expect(workingDaysDue(cal)(t, n)).toBe(refAddWorkingDays(cal, t, n));
        },
      ),
      { numRuns: 50 },
    );
  });
});

// ---------------------------------------------------------------- hand-written scenarios

let handId = 0;
const ev = (type: CaseEventType, wall: string, extra: Record<string, unknown> = {}): CaseEventInput =>
  ({ type, id: `h${++handId}`, caseId: "C", at: `${wall}:00+08:00`, ...extra }) as CaseEventInput;
const received = (wall: string, extra: Record<string, unknown> = {}) =>
  ev("received", wall, {
    channel: "phone",
    kind: "inquiry",
    subtype: "after_sale",
    by: "agent-li",
    ...extra,
  });
const paused = (wall: string) => ev("paused", wall, { reason: "waiting for the contract" });

/** Both implementations on a hand-written case, at a Shanghai wall time or epoch ms: they must agree. */
function both(targets: RefTarget[], events: CaseEventInput[], now: string | number): RefResult[] {
  const policy = policyOf(targets);
  const state = replay(events)._unsafeUnwrap();
  return compareAt(engineOf(policy), policy, state, typeof now === "number" ? now : sh(now));
}
const only = (results: RefResult[]): RefResult => {
  expect(results).toHaveLength(1);
  return results[0] as RefResult;
};

const reply24: RefTarget = {
  id: "reply",
  label: "Reply within 24 hours",
  start: ["received"],
  stop: ["first_feedback"],
  pause: ["paused"],
  resume: ["resumed"],
  clock: "calendar",
  deadline: { hours: 24 },
};
const reply4Business: RefTarget = { ...reply24, clock: { business: "office" }, deadline: { hours: 4 } };
const call2to3Days: RefTarget = {
  id: "call",
  label: "Call 2–3 days after",
  start: ["received"],
  stop: ["resolved"],
  clock: "calendar",
  window: { from: { days: 2 }, to: { days: 3 } },
};

describe("hand-written scenarios through both implementations (docs/sla.md)", () => {
  it("a paused case: due time null while paused, moved by the pause after it (worked example 4)", () => {
    const log = [
      received("2025-11-03T10:00", { channel: "wechat" }),
      paused("2025-11-03T11:00"),
      ev("resumed", "2025-11-04T09:00"),
      ev("first_feedback", "2025-11-04T15:00"),
    ];
    expect(only(both([reply24], log, "2025-11-03T18:00"))).toMatchObject({
      state: "paused",
      dueAt: null,
      elapsedMs: HOUR,
      pausedMs: 7 * HOUR,
      nextChangeAt: null,
    });
    expect(only(both([reply24], log, "2025-11-04T09:30"))).toMatchObject({
      state: "running",
      dueAt: sh("2025-11-05T08:00"),
      elapsedMs: 1.5 * HOUR,
      pausedMs: 22 * HOUR,
      nextChangeAt: sh("2025-11-04T20:00"),
    });
    expect(only(both([reply24], log, "2025-11-04T16:00"))).toMatchObject({
      state: "met",
      dueAt: sh("2025-11-05T08:00"),
      elapsedMs: 7 * HOUR,
    });
  });

  it("a business clock: breach is decided by instants; a limit that uses up Friday is due Friday 18:00", () => {
    const late = [received("2025-11-07T13:00"), ev("first_feedback", "2025-11-08T10:00")];
    expect(only(both([reply4Business], late, "2025-11-08T12:00"))).toMatchObject({
      state: "breached",
      dueAt: sh("2025-11-07T17:00"),
      elapsedMs: 5 * HOUR,
    });
    const open = [received("2025-11-07T14:00")];
    expect(only(both([reply4Business], open, sh("2025-11-07T18:00")))).toMatchObject({
      state: "running",
      dueAt: sh("2025-11-07T18:00"),
      nextChangeAt: sh("2025-11-07T18:00") + 1,
    });
    expect(only(both([reply4Business], open, sh("2025-11-07T18:00") + 1)).state).toBe("breached");
    const monday = [...open, ev("first_feedback", "2025-11-10T09:00")];
    expect(only(both([reply4Business], monday, "2025-11-10T10:00"))).toMatchObject({
      state: "breached",
      elapsedMs: 4 * HOUR,
      limitMs: 4 * HOUR,
    });
  });

  it("paused time on a business clock is business time; a closure is not working time", () => {
    const log = [received("2025-10-09T17:00"), paused("2025-10-09T17:30"), ev("resumed", "2025-10-10T10:00")];
    expect(only(both([reply4Business], log, "2025-10-10T10:00"))).toMatchObject({
      pausedMs: 1.5 * HOUR,
      elapsedMs: 0.5 * HOUR,
      dueAt: sh("2025-10-10T13:30"),
    });
    // Wed 2025-10-15 is closed 12:00–15:00: 11:00 + 4 business hours is 18:00.
    expect(only(both([reply4Business], [received("2025-10-15T11:00")], "2025-10-15T11:30")).dueAt).toBe(
      sh("2025-10-15T18:00"),
    );
  });

  it("working days across a make-up Sunday (worked example 2)", () => {
    const docs: RefTarget = {
      id: "docs",
      label: "Documents within 2 working days",
      start: ["received"],
      stop: ["registered"],
      clock: { workingDays: "office" },
      deadline: { days: 2 },
    };
    const log = [received("2025-09-26T15:00")];
    expect(only(both([docs], log, "2025-09-27T12:00"))).toMatchObject({
      state: "running",
      dueAt: sh("2025-09-29T18:00"),
      limitMs: 21 * HOUR,
      nextChangeAt: sh("2025-09-28T16:30"),
    });
    expect(only(both([docs], log, "2025-09-28T17:00"))).toMatchObject({
      warningLevel: 1,
      nextChangeAt: sh("2025-09-29T12:45"),
    });
    expect(only(both([docs], log, sh("2025-09-29T18:00"))).nextChangeAt).toBe(sh("2025-09-29T18:00") + 1);
    expect(only(both([docs], log, sh("2025-09-29T18:00") + 1)).state).toBe("breached");
  });

  it("an overnight shift across a holiday", () => {
    const night: RefTarget = { ...reply24, clock: { business: "night" }, deadline: { hours: 10 } };
    // Tue 09-30 22:00–Wed 06:00 gives 8 h; the holiday Wed 10-01 owns no night; Thu 22:00 + 2 h.
    expect(only(both([night], [received("2025-09-30T21:00")], "2025-10-02T12:00"))).toMatchObject({
      state: "running",
      dueAt: sh("2025-10-03T00:00"),
      elapsedMs: 8 * HOUR,
    });
  });

  it("a window of days: running before it opens, then early, met or breached (worked example 3)", () => {
    const sheet = received("2025-11-03T10:00", { kind: "follow_up", subtype: "after_installation" });
    expect(only(both([call2to3Days], [sheet], "2025-11-04T12:00"))).toMatchObject({
      state: "running",
      windowOpensAt: sh("2025-11-05T00:00"),
      dueAt: sh("2025-11-07T00:00") - 1,
      nextChangeAt: sh("2025-11-05T00:00"),
    });
    const calledAt = (at: string) => [sheet, { ...ev("resolved", "2025-11-03T10:00"), at }];
    const stateIfCalled = (at: string) => only(both([call2to3Days], calledAt(at), "2025-11-10T00:00")).state;
    expect(stateIfCalled("2025-11-04T16:00+08:00")).toBe("early");
    expect(stateIfCalled("2025-11-05T09:30+08:00")).toBe("met");
    expect(stateIfCalled("2025-11-06T23:59:59.999+08:00")).toBe("met");
    expect(stateIfCalled("2025-11-07T10:00+08:00")).toBe("breached");
    expect(only(both([call2to3Days], [sheet], "2025-11-07T00:00")).state).toBe("breached");
  });

  it("a pause shifts a window of days by the paused elapsed time", () => {
    const pausable = { ...call2to3Days, pause: ["paused"], resume: ["resumed"] } as const;
    const log = [received("2025-11-03T10:00"), paused("2025-11-03T20:00"), ev("resumed", "2025-11-04T01:00")];
    expect(only(both([pausable], log, "2025-11-04T12:00"))).toMatchObject({
      windowOpensAt: sh("2025-11-05T05:00"),
      dueAt: sh("2025-11-07T05:00") - 1,
      pausedMs: 5 * HOUR,
    });
  });

  it("priority changes recompute the limit from the original start; a breach under the earlier limit stays", () => {
    const matrix: RefTarget = {
      ...reply24,
      deadline: { byPriority: { urgent: { hours: 1 }, high: { hours: 2 } }, default: { hours: 8 } },
    };
    const raised = [
      received("2025-11-03T09:00"),
      ev("priority_changed", "2025-11-03T09:30", { priority: "urgent" }),
    ];
    expect(only(both([matrix], raised, "2025-11-03T09:45"))).toMatchObject({
      state: "running",
      startedAt: sh("2025-11-03T09:00"),
      dueAt: sh("2025-11-03T10:00"),
    });
    const lowered = [
      received("2025-11-03T09:00", { priority: "high" }),
      ev("priority_changed", "2025-11-03T12:00", { priority: "low" }),
    ];
    expect(only(both([matrix], lowered, "2025-11-03T13:00"))).toMatchObject({
      state: "breached",
      dueAt: sh("2025-11-03T11:00"),
    });
    const raisedLate = [
      received("2025-11-03T09:00"),
      ev("priority_changed", "2025-11-03T11:00", { priority: "urgent" }),
    ];
    expect(only(both([matrix], raisedLate, "2025-11-03T11:00"))).toMatchObject({
      state: "breached",
      dueAt: sh("2025-11-03T10:00"),
    });
  });

  it("reopening starts a new cycle whose clock starts at the reopening", () => {
    const log = [
      received("2025-11-03T09:00"),
      ev("first_feedback", "2025-11-03T10:00"),
      ev("resolved", "2025-11-03T11:00"),
      ev("reopened", "2025-11-04T09:00", { reason: "again" }),
    ];
    const results = both([{ ...reply24, deadline: { hours: 4 } }], log, "2025-11-04T14:00");
    expect(results.map((r) => [r.cycle, r.state, r.startedAt])).toEqual([
      [1, "met", sh("2025-11-03T09:00")],
      [2, "breached", sh("2025-11-04T09:00")],
    ]);
  });

  it("a stop during a pause: a deadline is met with no due time, an hours window not yet open is early", () => {
    const { deadline: _deadline, ...rest } = reply24;
    const hours: RefTarget = { ...rest, id: "hours", window: { from: { hours: 2 }, to: { hours: 4 } } };
    const log = [
      received("2025-11-03T10:00"),
      paused("2025-11-03T10:15"),
      ev("first_feedback", "2025-11-03T10:30"),
    ];
    const [deadline, window] = both([reply24, hours], log, "2025-11-04T00:00");
    expect(deadline).toMatchObject({
      state: "met",
      dueAt: null,
      elapsedMs: 15 * MINUTE,
      pausedMs: 15 * MINUTE,
    });
    expect(window).toMatchObject({ state: "early", windowOpensAt: null });
  });
});

// ---------------------------------------------------------------- disagreements found

/** The engine's results on a hand-written case (no comparison), at a Shanghai wall time or epoch ms. */
function engineResults(targets: RefTarget[], events: CaseEventInput[], now: string | number): RefResult[] {
  return fastAt(
    engineOf(policyOf(targets)),
    replay(events)._unsafeUnwrap(),
    typeof now === "number" ? now : sh(now),
  );
}
function referenceResults(targets: RefTarget[], events: CaseEventInput[], now: string | number): RefResult[] {
  const state = replay(events)._unsafeUnwrap();
  return refEvaluateCase(policyOf(targets), state.events, typeof now === "number" ? now : sh(now));
}

// Minimal cases of the disagreements the generated comparison found, checked by hand against
// docs/sla.md. The first two were fixed in src/sla while this file was written and stay as
// regression tests; the third still fails against src/sla (see SKIP_KNOWN_DIFFERENCES above).
describe("disagreements found by the comparison", () => {
  it("a pause that begins exactly at dueAt freezes the clock: it cannot breach while paused", () => {
    // Reply within 4 hours: received 09:00, due 13:00; paused at 13:00 (not after a breach, which
    // starts at 13:00:00.001), resumed 15:00. While paused nothing can change (nextChangeAt null);
    // resuming moves the due time by the 2 paused hours, to 15:00. (The engine was breached from
    // 13:00:00.001, during the pause, with dueAt 13:00.)
    const reply4h = { ...reply24, deadline: { hours: 4 } };
    const log = [received("2025-11-03T09:00"), paused("2025-11-03T13:00"), ev("resumed", "2025-11-03T15:00")];
    for (const results of [referenceResults, engineResults]) {
      const at = (now: string | number) => only(results([reply4h], log, now));
      expect(at("2025-11-03T13:00")).toMatchObject({ state: "paused", dueAt: null, nextChangeAt: null });
      expect(at(sh("2025-11-03T13:00") + 1)).toMatchObject({ state: "paused", dueAt: null });
      expect(at("2025-11-03T14:00")).toMatchObject({ state: "paused", dueAt: null, pausedMs: HOUR });
      expect(at("2025-11-03T15:00")).toMatchObject({
        state: "running",
        dueAt: sh("2025-11-03T15:00"),
        nextChangeAt: sh("2025-11-03T15:00") + 1,
      });
      expect(at(sh("2025-11-03T15:00") + 1)).toMatchObject({
        state: "breached",
        dueAt: sh("2025-11-03T15:00"),
      });
    }
  });

  it("a window of days reports bounds behind a pause under way as an hours window does", () => {
    // Both windows are paused before they open. While a pause is under way the bounds it will
    // shift are unknown: the engine reported null for the hours window (as for dueAt of any clock
    // while paused) but, for the window of days, the bounds as if the case resumed at now (a
    // windowOpensAt that moved with now) or at the stop or the cycle's end.
    const pausable = { pause: ["paused"], resume: ["resumed"] } as const;
    const days: RefTarget = { ...call2to3Days, ...pausable, id: "days", stop: ["first_feedback"] };
    const hours: RefTarget = { ...days, id: "hours", window: { from: { hours: 2 }, to: { hours: 4 } } };
    const start = [received("2025-11-03T10:00"), paused("2025-11-03T10:30")];
    const cases = {
      "paused now": start,
      "stopped while paused": [...start, ev("first_feedback", "2025-11-03T11:00")],
      "cancelled while paused": [...start, ev("cancelled", "2025-11-03T11:00", { reason: "withdrawn" })],
    };
    for (const [name, log] of Object.entries(cases)) {
      for (const results of [referenceResults, engineResults]) {
        const [d, h] = results([days, hours], log, "2025-11-03T12:00");
        expect([d?.state, d?.windowOpensAt, d?.dueAt], name).toEqual([h?.state, h?.windowOpensAt, h?.dueAt]);
      }
    }
  });

  it("a window that opens exactly as a pause begins is open: a stop during that pause is met", () => {
    // Received Mon 10:00; "1–2 days after" opens Tue 00:00, the instant the case is paused; the call
    // comes during the pause. The opening was reached (the clock ran up to it), so the call is not
    // early ("early is only the outcome of a stop made before windowOpensAt"). Same for an hours window.
    const pausable = { pause: ["paused"], resume: ["resumed"] } as const;
    const days: RefTarget = {
      ...call2to3Days,
      ...pausable,
      id: "days",
      stop: ["first_feedback"],
      window: { from: { days: 1 }, to: { days: 2 } },
    };
    const hours: RefTarget = { ...days, id: "hours", window: { from: { hours: 2 }, to: { hours: 4 } } };
    const daysLog = [
      received("2025-11-03T10:00"),
      paused("2025-11-04T00:00"),
      ev("first_feedback", "2025-11-04T01:00"),
    ];
    const hoursLog = [
      received("2025-11-03T10:00"),
      paused("2025-11-03T12:00"),
      ev("first_feedback", "2025-11-03T12:30"),
    ];
    for (const results of [referenceResults, engineResults]) {
      expect(results([days], daysLog, "2025-11-06T00:00")[0]).toMatchObject({
        state: "met",
        windowOpensAt: sh("2025-11-04T00:00"),
      });
      expect(results([days], daysLog.slice(0, 2), "2025-11-04T00:30")[0]).toMatchObject({
        state: "paused",
        windowOpensAt: sh("2025-11-04T00:00"),
      });
      expect(results([hours], hoursLog, "2025-11-06T00:00")[0]).toMatchObject({
        state: "met",
        windowOpensAt: sh("2025-11-03T12:00"),
      });
    }
  });
});
