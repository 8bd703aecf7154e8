import { comparePolicies, evaluateCases, parsePolicy, residentialServiceStandard } from "kefu/sla";
import { describe, expect, it } from "vitest";
import { caseOf, ev, policy, received, reply4h, sh } from "./_fixtures";

const cases = [
  caseOf([
    received("2025-10-09T09:00", {}, "A"),
    ev("assigned", "2025-10-09T09:05", { assignee: "wang", department: "customer_service" }, "A"),
    ev("first_feedback", "2025-10-09T10:00", {}, "A"),
  ]),
  caseOf([
    received("2025-10-09T09:00", { tier: "VIP" }, "B"),
    ev("assigned", "2025-10-09T09:05", { assignee: "zhao", department: "production_engineering" }, "B"),
  ]),
  caseOf([received("2025-10-09T11:00", {}, "C")]),
  caseOf([received("2025-10-09T12:30", {}, "D")]),
];

describe("evaluateCases", () => {
  const p = policy([reply4h]);
  const report = evaluateCases(p, cases, sh("2025-10-09T14:00"))._unsafeUnwrap();

  it("counts states and attainment per target, department, agent and tier", () => {
    expect(report.counts).toMatchObject({ met: 1, breached: 1, running: 2 });
    expect(report.byTarget.reply).toEqual({ met: 1, breached: 1, early: 0, attainment: 0.5 });
    expect(report.byDepartment).toEqual({
      customer_service: { met: 1, breached: 0, early: 0, attainment: 1 },
      production_engineering: { met: 0, breached: 1, early: 0, attainment: 0 },
    });
    expect(Object.keys(report.byAgent).sort()).toEqual(["wang", "zhao"]);
    expect(report.byTier.VIP?.attainment).toBe(0);
  });

  it("lists breaches and cases at risk by time to breach, and the earliest next change", () => {
    expect(report.breaches.map((r) => r.caseId)).toEqual(["B"]);
    // C is 75% through its 4 hours; D only 37.5%, before the first warning.
    expect(report.atRisk.map((r) => r.caseId)).toEqual(["C"]);
    expect(report.nextChangeAt?.getTime()).toBe(sh("2025-10-09T14:30")); // D's 50% warning
  });

  it("rejects a bad now", () => {
    expect(evaluateCases(p, cases, "2025-10-09T14:00")._unsafeUnwrapErr().code).toBe("invalid_instant");
  });
});

describe("comparePolicies (what-if)", () => {
  it("a policy compared with itself changes nothing", () => {
    const preset = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
    const whatIf = comparePolicies(preset, preset, cases, sh("2025-10-09T14:00"))._unsafeUnwrap();
    expect(whatIf.changes).toEqual([]);
    expect(whatIf.attainment.every((row) => row.change === null || row.change === 0)).toBe(true);
  });

  it("a stricter limit shows the cases and attainment it changes", () => {
    const strict = policy([{ ...reply4h, deadline: { hours: 0.5 } }]);
    const whatIf = comparePolicies(policy([reply4h]), strict, cases, sh("2025-10-09T14:00"))._unsafeUnwrap();
    expect(whatIf.changes.map((c) => [c.caseId, c.before?.state, c.after?.state])).toEqual([
      ["A", "met", "breached"],
      ["B", "breached", "breached"], // still breached, but due earlier
      ["C", "running", "breached"],
      ["D", "running", "breached"],
    ]);
    expect(whatIf.attainment).toEqual([{ targetId: "reply", before: 0.5, after: 0, change: -0.5 }]);
  });
});
