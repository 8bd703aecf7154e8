import { checkSlaTarget, evaluateScenario } from "kefu/testing";
import { ok } from "neverthrow";
import { describe, expect, it } from "vitest";
import { EVE_COMPLAINT, H, MIN, sh, standard } from "./_fixtures";

// The eve-of-National-Day complaint at Thu 2025-10-02 12:00 (hand-checked):
// - complaint-plan: received Tue 09-30 17:20, 48 elapsed hours → due Thu 10-02 17:20; at 12:00
//   42h40m are used, 5h20m remain; 75% (36 h, Thu 05:20) is passed, 90% (43h12m) is Thu 12:32.
// - reply-within-24h: fed back Wed 10-01 09:00, 15h40m after receipt: met, 8h20m to spare; the
//   case was assigned to agent-wang (customer_service) at 17:25, so the result is theirs.
const outcome = evaluateScenario(standard, EVE_COMPLAINT, "2025-10-02 12:00", {
  caseId: "C-1",
})._unsafeUnwrap();
const check = (targetId: string, expectation?: Parameters<typeof checkSlaTarget>[2]) =>
  checkSlaTarget(outcome, targetId, expectation)._unsafeUnwrap();

describe("checkSlaTarget", () => {
  it("passes when every given field matches, in any notation of instants and durations", () => {
    const plan = check("complaint-plan", {
      state: "running",
      cycle: 1,
      startedAt: "2025-09-30 17:20",
      dueAt: "2025-10-02T09:20Z",
      windowOpensAt: null,
      stoppedAt: null,
      nextChangeAt: new Date(sh("2025-10-02 12:32")),
      limitMs: "48h",
      elapsedMs: "1d18h40m",
      remainingMs: 5 * H + 20 * MIN,
      pausedMs: 0,
      fractionConsumed: (42 * 60 + 40) / (48 * 60),
      warningLevel: 2,
      escalationLevel: 0,
      notify: [],
      attribution: null,
    });
    expect(plan).toMatchObject({ pass: true, targetId: "complaint-plan", mismatches: [] });
    expect(plan.result?.targetId).toBe("complaint-plan");
    expect(plan.message).toContain("matches the expectation");
    expect(
      check("reply-within-24h", {
        state: "met",
        stoppedAt: "2025-10-01 09:00",
        elapsedMs: "15h40m",
        remainingMs: "8h20m",
        // Key order does not matter.
        attribution: { department: "customer_service", agent: "agent-wang" },
      }).pass,
    ).toBe(true);
  });

  it("with no expectation, passes when the target applies", () => {
    expect(check("complaint-plan").pass).toBe(true);
  });

  it("fails on a mismatch and says which target, expected against actual, and the trace", () => {
    const failed = check("complaint-plan", { state: "met", dueAt: "2025-10-02 17:00", remainingMs: "-1h" });
    expect(failed.pass).toBe(false);
    expect(failed.mismatches).toEqual([
      { field: "state", expected: '"met"', actual: '"running"' },
      { field: "dueAt", expected: "Thu 2025-10-02 17:00", actual: "Thu 2025-10-02 17:20" },
      { field: "remainingMs", expected: "-1h (-3600000 ms)", actual: "5h20m (19200000 ms)" },
    ]);
    const lines = failed.message.split("\n");
    expect(lines[0]).toBe('SLA target "complaint-plan" — Complaint: handling plan fed back within 48 hours');
    expect(lines[1]).toBe(
      "  for case C-1 under policy residential-service-standard at Thu 2025-10-02 12:00 (Asia/Shanghai)",
    );
    expect(lines[2]).toBe('  state: expected "met", actual "running"');
    expect(lines[3]).toBe("  dueAt: expected Thu 2025-10-02 17:00, actual Thu 2025-10-02 17:20");
    expect(failed.message).toContain(
      "Actual: running · started Tue 2025-09-30 17:20 · due Thu 2025-10-02 17:20 · elapsed 42h40m · remaining 5h20m",
    );
    expect(failed.message).toContain("Trace:\n  Tue 2025-09-30 17:20");
    expect(failed.message).toMatch(/limit\s+2880 minutes on the calendar clock/);
  });

  it("compares each kind of field: levels, notify, attribution, fractions, nulls", () => {
    const failed = check("reply-within-24h", {
      warningLevel: 3,
      escalationLevel: 1,
      notify: ["supervisor"],
      attribution: { agent: "agent-chen", department: "production_engineering" },
      fractionConsumed: 0.5,
      stoppedAt: null,
      pausedMs: null,
    });
    expect(failed.mismatches.map((m) => m.field)).toEqual([
      "stoppedAt",
      "pausedMs",
      "warningLevel",
      "escalationLevel",
      "notify",
      "attribution",
      "fractionConsumed",
    ]);
    expect(failed.mismatches[0]).toEqual({
      field: "stoppedAt",
      expected: "null",
      actual: "Wed 2025-10-01 09:00",
    });
    // 15h40m of 24 h = 0.6527…, matched to 1e-9.
    expect(check("reply-within-24h", { fractionConsumed: 940 / 1440 }).pass).toBe(true);
    expect(check("reply-within-24h", { fractionConsumed: 940 / 1440 + 1e-6 }).pass).toBe(false);
  });

  it("fails, saying why, when the target does not apply to the case", () => {
    const failed = check("inquiry-feedback", { state: "met" });
    expect(failed).toMatchObject({ pass: false, result: null, mismatches: [] });
    expect(failed.message).toBe(
      'SLA target "inquiry-feedback" has no result for case C-1 under policy residential-service-standard at Thu 2025-10-02 12:00 (Asia/Shanghai): it does not apply to this case (kind complaint, no subtype, channel hotline, priority normal, no tier).\nResults: complaint-plan (running), reply-within-24h (met)',
    );
  });

  describe("reopened cases", () => {
    const reopened = evaluateScenario(
      standard,
      `received at 2025-10-09 10:00 kind=inquiry subtype=after_sale channel=wechat
       first feedback at +1h, resolved at +1h
       reopened at 2025-10-10 10:00, first feedback at +30h`,
      "2025-10-12 00:00",
    );

    it("picks the cycle asked for", () => {
      expect(
        checkSlaTarget(reopened, "inquiry-feedback", { cycle: 1, state: "met" })._unsafeUnwrap().pass,
      ).toBe(true);
      // Reopened Fri 10:00, fed back Sat 16:00: 30 h > 24 h.
      const second = checkSlaTarget(reopened, "inquiry-feedback", {
        cycle: 2,
        state: "breached",
      })._unsafeUnwrap();
      expect(second.pass).toBe(true);
      expect(second.message).toContain('SLA target "inquiry-feedback" (cycle 2)');
      const third = checkSlaTarget(reopened, "inquiry-feedback", { cycle: 3 })._unsafeUnwrap();
      expect(third.message).toContain("it has results only in cycles 1, 2");
    });

    it("ambiguous_cycle: several cycles and no cycle given", () => {
      expect(checkSlaTarget(reopened, "inquiry-feedback", { state: "met" })._unsafeUnwrapErr()).toMatchObject(
        {
          code: "ambiguous_cycle",
          targetId: "inquiry-feedback",
          cycles: [1, 2],
        },
      );
    });
  });

  it("unknown_target: a target id the policy does not have (a typo), with the known ids", () => {
    const error = checkSlaTarget(outcome, "complaint-plna", { state: "met" })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "unknown_target", targetId: "complaint-plna" });
    expect(error.code === "unknown_target" && error.known.length).toBe(9);
    expect(error.message).toContain("its targets: inquiry-feedback, complaint-plan");
  });

  it("invalid_input: an expectation with an unknown field, a bad time or a bad duration", () => {
    const misspelt = checkSlaTarget(outcome, "complaint-plan", { dueAT: "2025-10-02 17:20" } as never);
    expect(misspelt._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      issues: [{ code: "unrecognized_keys" }],
    });
    const badTime = checkSlaTarget(outcome, "complaint-plan", { dueAt: "Thursday" })._unsafeUnwrapErr();
    expect(badTime).toMatchObject({
      code: "invalid_input",
      issues: [{ path: ["dueAt"], code: "invalid_value" }],
    });
    const badDuration = checkSlaTarget(outcome, "complaint-plan", { remainingMs: "5 hours", elapsedMs: "x" });
    expect(badDuration._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_input",
      issues: [{ path: ["elapsedMs"] }, { path: ["remainingMs"] }],
    });
    expect(
      checkSlaTarget(outcome, "complaint-plan", { state: "late" } as never)._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
  });

  it("invalid_input: something that is not an outcome; an Err outcome is passed on", () => {
    expect(checkSlaTarget({} as never, "complaint-plan")._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(checkSlaTarget(ok(42) as never, "complaint-plan")._unsafeUnwrapErr().code).toBe("invalid_input");
    const broken = evaluateScenario(standard, "received at soon", "+1h");
    expect(checkSlaTarget(broken, "complaint-plan")._unsafeUnwrapErr().code).toBe("invalid_script");
    expect(checkSlaTarget(ok(outcome), "complaint-plan")._unsafeUnwrap().pass).toBe(true);
  });
});
