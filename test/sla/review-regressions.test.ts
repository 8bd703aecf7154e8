import { evaluateCase, evaluateCases, parsePolicy } from "kefu/sla";
import { describe, expect, it } from "vitest";
import { caseOf, ev, OFFICE, policy, received, reply4h, sh } from "./_fixtures";

// Each test pins one behaviour found wrong in review, so it cannot come back.
const inquiry = (local: string, extra: Record<string, unknown> = {}) =>
  received(local, { kind: "inquiry", subtype: "after_sale", ...extra });
const first = (p: ReturnType<typeof policy>, c: ReturnType<typeof caseOf>, local: string) =>
  evaluateCase(p, c, sh(local))._unsafeUnwrap()[0];

describe("SLA review regressions", () => {
  it("a stop during a pause, before an hours window opens, is early", () => {
    const p = policy([{ ...reply4h, deadline: undefined, window: { from: { hours: 2 }, to: { hours: 4 } } }]);
    const c = caseOf([
      inquiry("2025-11-03T10:00"),
      ev("paused", "2025-11-03T10:15", { reason: "x" }),
      ev("first_feedback", "2025-11-03T10:30"),
    ]);
    expect(first(p, c, "2025-11-04T00:00")?.state).toBe("early");
  });

  it("a window before an anchor is not judged until the anchor is known, then final", () => {
    const p = policy([
      {
        ...reply4h,
        pause: undefined,
        resume: undefined,
        deadline: undefined,
        window: { from: { days: 7 }, to: { days: 2 }, before: { event: "service_confirmed", field: "at" } },
      },
    ]);
    const c = caseOf([
      received("2025-11-03T10:00", { kind: "repair", subtype: "warranty" }),
      ev("first_feedback", "2025-11-04T10:00"),
      ev("service_confirmed", "2025-11-05T10:00", { content: "x", scheduledAt: "2025-11-20T10:00+08:00" }),
    ]);
    expect(first(p, c, "2025-11-04T12:00")?.state).toBe("running");
    expect(first(p, c, "2025-11-06T12:00")?.state).toBe("breached");
    expect(first(p, c, "2025-11-30T12:00")?.state).toBe("breached");
  });

  it("a pause that begins after a breach does not move a day window", () => {
    const p = policy([{ ...reply4h, deadline: undefined, window: { from: { days: 2 }, to: { days: 3 } } }]);
    const c = caseOf([inquiry("2025-11-03T10:00"), ev("paused", "2025-11-08T10:00", { reason: "x" })]);
    for (const now of ["2025-11-07T12:00", "2025-11-08T12:00", "2025-11-09T12:00"]) {
      expect(first(p, c, now)?.dueAt?.getTime()).toBe(sh("2025-11-07T00:00") - 1);
    }
  });

  it("a working-day deadline of 0 days is a policy error", () => {
    const error = parsePolicy({
      id: "p",
      timeZone: "Asia/Shanghai",
      calendars: { office: OFFICE },
      targets: [
        {
          ...reply4h,
          pause: undefined,
          resume: undefined,
          clock: { workingDays: "office" },
          deadline: { days: 0 },
        },
      ],
    })._unsafeUnwrapErr();
    expect(error.code).toBe("invalid_limit");
  });

  it("minutes-before warnings and escalations stay reached while paused", () => {
    const p = policy([
      {
        ...reply4h,
        warnings: { minutesBefore: [60] },
        escalations: [{ level: 1, when: { minutesBefore: 30 }, notify: "sup" }],
      },
    ]);
    const running = first(p, caseOf([inquiry("2025-11-03T10:00")]), "2025-11-03T13:45");
    expect([running?.warningLevel, running?.escalationLevel]).toEqual([1, 1]);
    const paused = first(
      p,
      caseOf([inquiry("2025-11-03T10:00"), ev("paused", "2025-11-03T13:50", { reason: "x" })]),
      "2025-11-03T13:55",
    );
    expect([paused?.state, paused?.warningLevel, paused?.escalationLevel, paused?.notify]).toEqual([
      "paused",
      1,
      1,
      ["sup"],
    ]);
  });

  it("re-matching keeps a result already made final", () => {
    const p = policy([{ ...reply4h, appliesTo: { priorities: ["urgent"] }, deadline: { hours: 1 } }]);
    const c = caseOf([
      inquiry("2025-11-03T10:00", { priority: "urgent" }),
      ev("priority_changed", "2025-11-03T12:30", { priority: "normal" }),
    ]);
    expect(
      evaluateCase(p, c, sh("2025-11-03T13:00"))
        ._unsafeUnwrap()
        .map((r) => r.state),
    ).toEqual(["breached"]);
    const notYet = caseOf([
      inquiry("2025-11-03T10:00", { priority: "urgent" }),
      ev("priority_changed", "2025-11-03T10:30", { priority: "normal" }),
    ]);
    expect(evaluateCase(p, notYet, sh("2025-11-03T13:00"))._unsafeUnwrap()).toEqual([]);
  });

  it("a clock that starts while the case is paused starts paused", () => {
    const p = policy([{ ...reply4h, start: ["assigned"], deadline: { hours: 1 } }]);
    const c = caseOf([
      inquiry("2025-11-03T10:00"),
      ev("paused", "2025-11-03T10:05", { reason: "x" }),
      ev("assigned", "2025-11-03T10:10", { assignee: "wang", department: "customer_service" }),
    ]);
    expect(first(p, c, "2025-11-03T12:00")).toMatchObject({ state: "paused", elapsedMs: 0 });
  });

  it("reports group tiers as they stood at now", () => {
    const p = policy([reply4h]);
    const c = caseOf([
      inquiry("2025-11-03T10:00"),
      ev("first_feedback", "2025-11-03T11:00"),
      ev("tier_changed", "2025-11-10T10:00", { tier: "VIP" }),
    ]);
    expect(Object.keys(evaluateCases(p, [c], sh("2025-11-04T00:00"))._unsafeUnwrap().byTier)).toEqual([
      "none",
    ]);
  });

  it("window spans are whole milliseconds", () => {
    const p = policy([
      { ...reply4h, deadline: undefined, window: { from: { minutes: 0 }, to: { minutes: 0.0000001 } } },
    ]);
    expect(first(p, caseOf([inquiry("2025-11-03T10:00")]), "2025-11-03T10:00")?.limitMs).toBe(0);
  });
});
