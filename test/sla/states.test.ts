import { evaluateCase, type TargetResult } from "kefu/sla";
import { describe, expect, it } from "vitest";
import { caseOf, ev, H, MIN, policy, received, reply4h, sh } from "./_fixtures";

const one = (results: readonly TargetResult[]) => {
  expect(results).toHaveLength(1);
  return results[0] as TargetResult;
};
const at = (p: ReturnType<typeof policy>, c: ReturnType<typeof caseOf>, local: string | number) =>
  one(evaluateCase(p, c, typeof local === "number" ? local : sh(local))._unsafeUnwrap());

describe("deadline states (DESIGN §3.2)", () => {
  const p = policy([reply4h]);

  it("pending before the start event; running with warnings and nextChangeAt", () => {
    const c = caseOf([received("2025-10-09T09:00")]);
    const fromAssignment = policy([{ ...reply4h, start: ["assigned"] }]);
    expect(at(fromAssignment, c, "2025-10-09T10:00")).toMatchObject({
      state: "pending",
      startedAt: null,
      nextChangeAt: null,
    });
    expect(evaluateCase(p, c, sh("2025-10-09T08:00"))._unsafeUnwrap()).toEqual([]); // before the case existed
    const r = at(p, c, "2025-10-09T11:00");
    expect(r).toMatchObject({
      state: "running",
      warningLevel: 1,
      elapsedMs: 2 * H,
      remainingMs: 2 * H,
      fractionConsumed: 0.5,
    });
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-09T13:00"));
    expect(r.nextChangeAt?.getTime()).toBe(sh("2025-10-09T12:00")); // the 75% warning
    expect(at(p, c, "2025-10-09T12:40").nextChangeAt?.getTime()).toBe(sh("2025-10-09T13:00") + 1); // the breach
  });

  it("limits are inclusive: a stop exactly at dueAt is met; breached from dueAt + 1 ms", () => {
    const met = caseOf([received("2025-10-09T09:00"), ev("first_feedback", "2025-10-09T13:00")]);
    expect(at(p, met, "2025-10-10T00:00")).toMatchObject({ state: "met", nextChangeAt: null });
    const open = caseOf([received("2025-10-09T09:00")]);
    expect(at(p, open, sh("2025-10-09T13:00")).state).toBe("running");
    expect(at(p, open, sh("2025-10-09T13:00") + 1).state).toBe("breached");
    const late = caseOf([received("2025-10-09T09:00"), ev("first_feedback", "2025-10-09T13:01")]);
    const r = at(p, late, "2025-10-10T00:00");
    expect(r).toMatchObject({ state: "breached", remainingMs: -MIN });
    expect(r.attribution).toEqual({ agent: "agent-li", department: null });
  });

  it("paused: dueAt null, remaining frozen, cannot breach; resuming shifts the due time", () => {
    const c = caseOf([
      received("2025-10-09T09:00"),
      ev("paused", "2025-10-09T10:00", { reason: "waiting on customer" }),
    ]);
    const r = at(p, c, "2025-10-10T09:00");
    expect(r).toMatchObject({
      state: "paused",
      dueAt: null,
      remainingMs: 3 * H,
      nextChangeAt: null,
      pausedMs: 23 * H,
    });
    const resumed = caseOf([
      received("2025-10-09T09:00"),
      ev("paused", "2025-10-09T10:00", { reason: "waiting" }),
      ev("resumed", "2025-10-09T12:00"),
    ]);
    expect(at(p, resumed, "2025-10-09T12:00").dueAt?.getTime()).toBe(sh("2025-10-09T15:00"));
  });

  it("a pause that begins after a breach does not undo it", () => {
    const c = caseOf([
      received("2025-10-09T09:00"),
      ev("paused", "2025-10-09T14:00", { reason: "late pause" }),
    ]);
    expect(at(p, c, "2025-10-09T15:00")).toMatchObject({ state: "breached" });
    expect(at(p, c, "2025-10-09T15:00").dueAt?.getTime()).toBe(sh("2025-10-09T13:00"));
  });

  it("not_applicable when the cycle ends before the clock is judged; reopening starts a new cycle", () => {
    const cancelled = caseOf([
      received("2025-10-09T09:00"),
      ev("cancelled", "2025-10-09T10:00", { reason: "withdrawn" }),
    ]);
    expect(at(p, cancelled, "2025-10-10T09:00").state).toBe("not_applicable");
    const reopened = caseOf([
      received("2025-10-09T09:00"),
      ev("complaint_reviewed", "2025-10-09T09:30", { valid: true, reason: "ok" }),
      ev("first_feedback", "2025-10-09T10:00"),
      ev("resolved", "2025-10-09T11:00"),
      ev("reopened", "2025-10-10T09:00", { reason: "again" }),
    ]);
    const results = evaluateCase(p, reopened, sh("2025-10-10T14:00"))._unsafeUnwrap();
    expect(results.map((r) => [r.cycle, r.state])).toEqual([
      [1, "met"],
      [2, "breached"],
    ]);
    expect(results[1]?.startedAt?.getTime()).toBe(sh("2025-10-10T09:00"));
  });

  it("only events at or before now count", () => {
    const c = caseOf([received("2025-10-09T09:00"), ev("first_feedback", "2025-10-09T10:00")]);
    expect(at(p, c, "2025-10-09T09:30").state).toBe("running");
  });
});

describe("business clock: breach is decided by instants", () => {
  const p = policy([{ ...reply4h, clock: { business: "office" } }]);

  it("a reply on Saturday to a limit due Friday is late", () => {
    const c = caseOf([received("2025-10-10T15:00"), ev("first_feedback", "2025-10-11T09:00")]);
    // Fri 15:00 + 4 business hours: 3 h on Friday, then Saturday 11 October is a make-up working day.
    expect(at(p, c, "2025-10-11T09:00").dueAt?.getTime()).toBe(sh("2025-10-11T10:00"));
    const c2 = caseOf([received("2025-10-09T15:00"), ev("first_feedback", "2025-10-11T09:00")]);
    const r = at(p, c2, "2025-10-12T09:00");
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-10T10:00"));
    expect(r.state).toBe("breached");
  });

  it("paused time is measured on the target's own clock", () => {
    const c = caseOf([
      received("2025-10-09T17:00"),
      ev("paused", "2025-10-09T17:30", { reason: "x" }),
      ev("resumed", "2025-10-10T10:00"),
    ]);
    const r = at(p, c, "2025-10-10T10:00");
    expect(r.pausedMs).toBe(1.5 * H); // 17:30–18:00 and 09:00–10:00
    expect(r.elapsedMs).toBe(30 * MIN);
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-10T13:30"));
  });
});

describe("priority matrices and tier factors", () => {
  const p = policy([
    {
      ...reply4h,
      deadline: { byPriority: { urgent: { hours: 1 }, high: { hours: 2 } }, default: { hours: 8 } },
      tierFactors: { VIP: 0.5 },
    },
  ]);

  it("the limit follows priority and tier", () => {
    expect(at(p, caseOf([received("2025-10-09T09:00")]), "2025-10-09T09:00").limitMs).toBe(8 * H);
    expect(
      at(p, caseOf([received("2025-10-09T09:00", { priority: "high" })]), "2025-10-09T09:00").limitMs,
    ).toBe(2 * H);
    expect(
      at(p, caseOf([received("2025-10-09T09:00", { priority: "high", tier: "VIP" })]), "2025-10-09T09:00")
        .limitMs,
    ).toBe(H);
  });

  it("a priority change recomputes the limit from the original start", () => {
    const c = caseOf([
      received("2025-10-09T09:00"),
      ev("priority_changed", "2025-10-09T09:30", { priority: "urgent" }),
    ]);
    const r = at(p, c, "2025-10-09T09:45");
    expect([r.state, r.startedAt?.getTime(), r.dueAt?.getTime()]).toEqual([
      "running",
      sh("2025-10-09T09:00"),
      sh("2025-10-09T10:00"),
    ]);
  });

  it("a breach under the earlier limit stays a breach", () => {
    const c = caseOf([
      received("2025-10-09T09:00", { priority: "high" }),
      ev("priority_changed", "2025-10-09T12:00", { priority: "low" }),
    ]);
    const r = at(p, c, "2025-10-09T13:00");
    expect(r.state).toBe("breached");
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-09T11:00"));
    expect(r.trace.filter((s) => s.step === "breached_before_change").map((s) => s.at?.getTime())).toEqual([
      sh("2025-10-09T11:00"),
    ]);
  });

  it("an event that changes no attribute is not a change: the trace names none", () => {
    const c = caseOf([
      received("2025-10-09T09:00", { priority: "high", tier: "B" }),
      ev("priority_changed", "2025-10-09T12:00", { priority: "high" }),
      ev("tier_changed", "2025-10-09T12:30", { tier: "B" }),
    ]);
    const r = at(p, c, "2025-10-09T13:00");
    expect([r.state, r.dueAt?.getTime(), r.limitMs]).toEqual(["breached", sh("2025-10-09T11:00"), 2 * H]);
    expect(r.trace.map((s) => s.step)).not.toContain("breached_before_change");
  });
});

describe("windows", () => {
  const call = {
    id: "call",
    label: "Call 2–3 days after",
    start: ["received"],
    stop: ["resolved"],
    clock: "calendar",
    window: { from: { days: 2 }, to: { days: 3 } },
  } as const;
  const p = policy([call]);
  const followUp = (extra: ReturnType<typeof ev>[] = []) =>
    caseOf([received("2025-10-09T16:00", { kind: "follow_up", subtype: "after_installation" }), ...extra]);

  it("a window of days is local dates: opens at the start of D+2, due at the last ms of D+3", () => {
    const r = at(p, followUp(), "2025-10-10T12:00");
    expect(r.state).toBe("running");
    expect(r.windowOpensAt?.getTime()).toBe(sh("2025-10-11T00:00"));
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-13T00:00") - 1);
    expect(r.nextChangeAt?.getTime()).toBe(sh("2025-10-11T00:00"));
  });

  it("early, met and breached", () => {
    expect(at(p, followUp([ev("resolved", "2025-10-10T23:59")]), "2025-10-20T00:00").state).toBe("early");
    expect(at(p, followUp([ev("resolved", "2025-10-11T00:00")]), "2025-10-20T00:00").state).toBe("met");
    expect(at(p, followUp([ev("resolved", "2025-10-12T23:59")]), "2025-10-20T00:00").state).toBe("met");
    expect(at(p, followUp([ev("resolved", "2025-10-13T00:00")]), "2025-10-20T00:00").state).toBe("breached");
    expect(at(p, followUp(), sh("2025-10-13T00:00")).state).toBe("breached");
  });

  it("windows in hours on the business clock open and close by business time", () => {
    const hours = policy([
      { ...call, clock: { business: "office" }, window: { from: { hours: 2 }, to: { hours: 4 } } },
    ]);
    const r = at(hours, followUp(), "2025-10-09T16:30");
    expect(r.windowOpensAt?.getTime()).toBe(sh("2025-10-09T18:00"));
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-10T11:00"));
  });

  it("a window before an anchor: 2–7 days before the scheduled visit", () => {
    const before = policy([
      {
        id: "remind",
        label: "Remind 7–2 days before",
        start: ["received"],
        stop: ["first_feedback"],
        clock: "calendar",
        window: {
          from: { days: 7 },
          to: { days: 2 },
          before: { event: "service_confirmed", field: "scheduledAt" },
        },
      },
    ]);
    const c = caseOf([
      received("2025-10-09T09:00", { kind: "repair", subtype: "warranty" }),
      ev("service_confirmed", "2025-10-09T10:00", {
        content: "inspection",
        scheduledAt: "2025-10-20T10:00+08:00",
      }),
      ev("first_feedback", "2025-10-14T10:00"),
    ]);
    const r = at(before, c, "2025-10-30T00:00");
    expect(r.windowOpensAt?.getTime()).toBe(sh("2025-10-13T00:00"));
    expect(r.dueAt?.getTime()).toBe(sh("2025-10-19T00:00") - 1);
    expect(r.state).toBe("met");
  });
});

describe("escalations and trace", () => {
  it("escalation levels and roles, including after due; nextChangeAt continues while breached", () => {
    const p = policy([
      {
        ...reply4h,
        escalations: [
          { level: 1, when: { percent: 75 }, notify: "supervisor" },
          { level: 2, when: { minutesAfterDue: 60 }, notify: "manager" },
        ],
      },
    ]);
    const c = caseOf([received("2025-10-09T09:00")]);
    expect(at(p, c, "2025-10-09T12:30")).toMatchObject({ escalationLevel: 1, notify: ["supervisor"] });
    const late = at(p, c, "2025-10-09T13:30");
    expect(late).toMatchObject({ state: "breached", escalationLevel: 1 });
    expect(late.nextChangeAt?.getTime()).toBe(sh("2025-10-09T14:00"));
    expect(at(p, c, "2025-10-09T14:00")).toMatchObject({
      escalationLevel: 2,
      notify: ["supervisor", "manager"],
      nextChangeAt: null,
    });
  });

  it("warnings N minutes before due", () => {
    const p = policy([{ ...reply4h, warnings: { minutesBefore: [60, 15] } }]);
    const c = caseOf([received("2025-10-09T09:00")]);
    expect(at(p, c, "2025-10-09T11:59").warningLevel).toBe(0);
    expect(at(p, c, "2025-10-09T12:00").warningLevel).toBe(1);
    expect(at(p, c, "2025-10-09T12:45").warningLevel).toBe(2);
  });

  it("every result explains itself", () => {
    const p = policy([reply4h]);
    const r = at(
      p,
      caseOf([received("2025-10-09T09:00"), ev("first_feedback", "2025-10-09T10:00")]),
      "2025-10-10T00:00",
    );
    expect(r.trace.map((step) => step.step)).toEqual(["started", "limit", "due", "stopped"]);
  });
});
