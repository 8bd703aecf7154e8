import { assertNoSlaBreaches, assertSlaTarget, checkNoSlaBreaches, evaluateScenario } from "kefu/testing";
import { describe, expect, it } from "vitest";
import { EVE_COMPLAINT, standard } from "./_fixtures";

const at = (now: string) => evaluateScenario(standard, EVE_COMPLAINT, now, { caseId: "C-1" });
/** Runs `run` and returns what it threw. */
function thrown(run: () => unknown): Error & { error?: { code: string } } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("assertSlaTarget", () => {
  it("returns the result when it matches", () => {
    const plan = assertSlaTarget(at("2025-10-03 10:00"), "complaint-plan", {
      state: "breached",
      remainingMs: "-15h40m",
    });
    expect(plan.stoppedAt?.toISOString()).toBe("2025-10-03T01:00:00.000Z");
  });

  it("throws an SlaAssertionError with the account of the mismatch", () => {
    const error = thrown(() => assertSlaTarget(at("2025-10-03 10:00"), "complaint-plan", { state: "met" }));
    expect(error.name).toBe("SlaAssertionError");
    expect(error.message).toContain('state: expected "met", actual "breached"');
    expect(error.message).toContain("Trace:");
  });

  it("throws when the target does not apply, is unknown, or the scenario is in error", () => {
    expect(thrown(() => assertSlaTarget(at("2025-10-03 10:00"), "inquiry-feedback")).message).toContain(
      "does not apply",
    );
    expect(thrown(() => assertSlaTarget(at("2025-10-03 10:00"), "nope")).error?.code).toBe("unknown_target");
    expect(thrown(() => assertSlaTarget(at("whenever"), "complaint-plan")).error?.code).toBe(
      "invalid_instant",
    );
  });
});

describe("checkNoSlaBreaches and assertNoSlaBreaches", () => {
  it("pass while nothing is breached or early", () => {
    const early = at("2025-10-02 12:00");
    expect(checkNoSlaBreaches(early)._unsafeUnwrap()).toMatchObject({ pass: true, failures: [] });
    expect(() => assertNoSlaBreaches(early)).not.toThrow();
  });

  it("fail from the first millisecond after the plan's due time, listing the failures", () => {
    expect(checkNoSlaBreaches(at("2025-10-02 17:20"))._unsafeUnwrap().pass).toBe(true);
    const late = checkNoSlaBreaches(at("2025-10-02 17:20:00.001"))._unsafeUnwrap();
    expect(late.pass).toBe(false);
    expect(late.failures.map((r) => r.targetId)).toEqual(["complaint-plan"]);
    expect(late.message).toContain("1 SLA target is breached or early for case C-1");
    expect(thrown(() => assertNoSlaBreaches(at("2025-10-03 10:00"))).message).toContain(
      "complaint-plan (cycle 1)",
    );
  });

  it("count an early follow-up call as a failure", () => {
    const call = evaluateScenario(
      standard,
      "received at 2025-11-03 10:00 kind=follow_up subtype=after_installation, registered at +30m, resolved at 2025-11-04 16:00",
      "2025-11-10 00:00",
    );
    expect(
      checkNoSlaBreaches(call)
        ._unsafeUnwrap()
        .failures.map((r) => r.state),
    ).toEqual(["early"]);
  });

  it("pass on the scenario's own error", () => {
    expect(checkNoSlaBreaches(at("whenever"))._unsafeUnwrapErr().code).toBe("invalid_instant");
    expect(checkNoSlaBreaches("outcome" as never)._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(thrown(() => assertNoSlaBreaches(at("whenever"))).error?.code).toBe("invalid_instant");
  });
});
