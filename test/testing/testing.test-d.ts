import type { CaseEventInput, CaseState } from "kefu/cases";
import type { SlaState, TargetResult } from "kefu/sla";
import {
  assertNoSlaBreaches,
  assertSlaTarget,
  buildCaseFromScript,
  checkSlaTarget,
  evaluateScenario,
  parseCaseScript,
  type ScenarioOutcome,
  type SlaTargetCheck,
  type SlaTargetExpectation,
  type TestingError,
} from "kefu/testing";
import "kefu/testing/vitest";
import type { Result } from "neverthrow";
import { describe, expect, expectTypeOf, it } from "vitest";
import { standard } from "./_fixtures";

describe("testing types", () => {
  it("returns Results with the module's error union", () => {
    expectTypeOf(parseCaseScript).returns.toEqualTypeOf<Result<readonly CaseEventInput[], TestingError>>();
    expectTypeOf(buildCaseFromScript).returns.toEqualTypeOf<Result<CaseState, TestingError>>();
    expectTypeOf(evaluateScenario).returns.toEqualTypeOf<Result<ScenarioOutcome, TestingError>>();
    expectTypeOf(checkSlaTarget).returns.toEqualTypeOf<Result<SlaTargetCheck, TestingError>>();
    expectTypeOf(assertSlaTarget).returns.toEqualTypeOf<TargetResult>();
    expectTypeOf(assertNoSlaBreaches).returns.toEqualTypeOf<void>();
    expectTypeOf<TestingError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "invalid_script"
      | "too_many_steps"
      | "case_rejected"
      | "invalid_instant"
      | "out_of_range"
      | "horizon_exceeded"
      | "too_many_cases"
      | "unknown_target"
      | "ambiguous_cycle"
    >();
  });

  it("types expectations", () => {
    expectTypeOf<NonNullable<SlaTargetExpectation["state"]>>().toEqualTypeOf<SlaState>();
    // @ts-expect-error: a misspelt field
    checkSlaTarget(evaluateScenario(standard, "", "+1h"), "x", { dueAT: "2025-10-02 17:20" });
    // @ts-expect-error: the options need a zone
    buildCaseFromScript("received at 2025-10-09 10:00", {});
  });

  it("adds the matchers to vitest's expect", () => {
    const outcome = evaluateScenario(standard, "", "+1h");
    expectTypeOf(expect(outcome).toHaveSlaTarget).toBeCallableWith("complaint-plan", { state: "met" });
    expectTypeOf(expect(outcome).toHaveSlaTarget)
      .parameter(1)
      .toEqualTypeOf<SlaTargetExpectation | undefined>();
    expectTypeOf(expect(outcome).toMeetSlaTarget).toBeFunction();
    expectTypeOf(expect(outcome).not.toBreachSlaTarget).toBeFunction();
    expectTypeOf(expect(outcome).toHaveNoSlaBreaches).toBeCallableWith();
    expectTypeOf(expect.toHaveSlaTarget).toBeFunction();
    // @ts-expect-error: toMeetSlaTarget fixes the state itself
    expect(outcome).toMeetSlaTarget("x", { state: "met" });
  });
});
