import { evaluateScenario } from "kefu/testing";
import { slaMatchers } from "kefu/testing/vitest";
import { describe, expect, it } from "vitest";
import { EVE_COMPLAINT, standard } from "./_fixtures";

expect.extend(slaMatchers);

const at = (now: string) => evaluateScenario(standard, EVE_COMPLAINT, now, { caseId: "C-1" });
const noon = at("2025-10-02 12:00");
const friday = at("2025-10-03 10:00");

describe("vitest matchers", () => {
  it("toHaveSlaTarget: passes on a match, fails with the account of the mismatch", () => {
    expect(noon).toHaveSlaTarget("complaint-plan", {
      state: "running",
      dueAt: "2025-10-02 17:20",
      warningLevel: 2,
    });
    expect(noon).toHaveSlaTarget("complaint-plan");
    expect(() => expect(noon).toHaveSlaTarget("complaint-plan", { dueAt: "2025-10-02 17:00" })).toThrow(
      "dueAt: expected Thu 2025-10-02 17:00, actual Thu 2025-10-02 17:20",
    );
  });

  it("takes the outcome itself as well as the Result", () => {
    expect(noon._unsafeUnwrap()).toMeetSlaTarget("reply-within-24h", { elapsedMs: "15h40m" });
  });

  it(".not: a target that does not apply, or a result that does not match", () => {
    expect(noon).not.toHaveSlaTarget("inquiry-feedback");
    expect(noon).not.toHaveSlaTarget("complaint-plan", { state: "met" });
    expect(() => expect(noon).not.toHaveSlaTarget("complaint-plan", { state: "running" })).toThrow(
      'Expected SLA target "complaint-plan" not to match, but it does.',
    );
  });

  it("toMeetSlaTarget and toBreachSlaTarget fix the state", () => {
    expect(friday).toMeetSlaTarget("reply-within-24h", {
      attribution: { agent: "agent-wang", department: "customer_service" },
    });
    expect(friday).toBreachSlaTarget("complaint-plan", {
      remainingMs: "-15h40m",
      attribution: { agent: "agent-chen", department: "production_engineering" },
    });
    expect(friday).not.toMeetSlaTarget("complaint-plan");
    expect(() => expect(friday).toMeetSlaTarget("complaint-plan")).toThrow(
      'state: expected "met", actual "breached"',
    );
  });

  it("toHaveNoSlaBreaches", () => {
    expect(noon).toHaveNoSlaBreaches();
    expect(friday).not.toHaveNoSlaBreaches();
    expect(() => expect(friday).toHaveNoSlaBreaches()).toThrow("1 SLA target is breached or early");
    expect(() => expect(noon).not.toHaveNoSlaBreaches()).toThrow(
      "Expected some SLA target to be breached or early.",
    );
  });

  it("an unknown target, a bad expectation or a scenario in error fails, even under .not", () => {
    expect(() => expect(noon).not.toHaveSlaTarget("complaint-plna")).toThrow(
      'has no target "complaint-plna"',
    );
    expect(() => expect(noon).not.toHaveSlaTarget("complaint-plan", { dueAt: "soon" })).toThrow(
      "Invalid input at dueAt",
    );
    expect(() => expect(at("whenever")).not.toHaveNoSlaBreaches()).toThrow("Invalid instant");
    expect(() => expect(42).toHaveSlaTarget("complaint-plan")).toThrow(
      "expected an outcome of evaluateScenario",
    );
  });

  it("works as an asymmetric matcher", () => {
    expect({ outcome: noon }).toEqual({
      outcome: expect.toHaveSlaTarget("complaint-plan", { state: "running" }),
    });
    expect({ outcome: noon }).not.toEqual({ outcome: expect.toMeetSlaTarget("complaint-plan") });
  });
});
