import { replay } from "kefu/cases";
import { evaluateCase } from "kefu/sla";
import { buildCaseFromScript, evaluateScenario } from "kefu/testing";
import { describe, expect, it } from "vitest";
import { closedPolicy, EVE_COMPLAINT, EVE_COMPLAINT_LOG, sh, standard } from "./_fixtures";

describe("evaluateScenario", () => {
  it("gives exactly what evaluateCase gives for the hand-written log, at a wall time in the policy's zone", () => {
    const outcome = evaluateScenario(standard, EVE_COMPLAINT, "2025-10-02 12:00", {
      caseId: "C-1",
    })._unsafeUnwrap();
    const direct = evaluateCase(
      standard,
      replay(EVE_COMPLAINT_LOG)._unsafeUnwrap(),
      "2025-10-02T12:00+08:00",
    );
    expect(outcome.results).toEqual(direct._unsafeUnwrap());
    expect(outcome).toMatchObject({ kind: "ScenarioOutcome", policy: standard, timeZone: "Asia/Shanghai" });
    expect(outcome.at.getTime()).toBe(sh("2025-10-02 12:00"));
    expect(outcome.case.id).toBe("C-1");
  });

  it("takes a built case, ISO instants, Dates, epoch ms, and `+…` after the case's last event", () => {
    const state = buildCaseFromScript(EVE_COMPLAINT, { timeZone: "Asia/Shanghai" })._unsafeUnwrap();
    const at = (when: unknown) => evaluateScenario(standard, state, when)._unsafeUnwrap().at.getTime();
    // The last event is the plan, Fri 2025-10-03 09:00; + 1 day 1 hour is Sat 10:00.
    expect(at("+1d1h")).toBe(sh("2025-10-04 10:00"));
    expect(at("2025-10-04T02:00Z")).toBe(sh("2025-10-04 10:00"));
    expect(at(new Date(sh("2025-10-04 10:00")))).toBe(sh("2025-10-04 10:00"));
    expect(at(sh("2025-10-04 10:00"))).toBe(sh("2025-10-04 10:00"));
    expect(evaluateScenario(standard, state, "+0ms")._unsafeUnwrap().case).toBe(state);
  });

  it("reads the script and `at` in options.timeZone when given", () => {
    // 04:20 in London (BST, UTC+1) on 09-30 is 11:20 in Shanghai; due 48 h later.
    const outcome = evaluateScenario(
      standard,
      "received at 2025-09-30 10:20 kind=complaint",
      "2025-10-01 04:00",
      {
        timeZone: "Europe/London",
      },
    )._unsafeUnwrap();
    expect(outcome.timeZone).toBe("Europe/London");
    expect(outcome.results[0]?.dueAt?.getTime()).toBe(sh("2025-10-02 17:20"));
  });

  it("invalid_instant: an `at` that is not an instant", () => {
    for (const at of ["tomorrow", "2025-10-02 25:00", {}, Number.NaN, "+1x"]) {
      expect(evaluateScenario(standard, EVE_COMPLAINT, at)._unsafeUnwrapErr()).toMatchObject({
        code: "invalid_instant",
        input: at,
      });
    }
  });

  it("out_of_range: instants outside 1970–2199", () => {
    const error = evaluateScenario(
      standard,
      "received at 2250-10-09 10:00 kind=complaint",
      "2250-10-10 10:00",
    );
    expect(error._unsafeUnwrapErr().code).toBe("out_of_range");
  });

  it("horizon_exceeded: a business clock with no working time", () => {
    const error = evaluateScenario(
      closedPolicy,
      "received at 2025-10-09 10:00 kind=complaint",
      "2025-10-10 10:00",
    );
    expect(error._unsafeUnwrapErr().code).toBe("horizon_exceeded");
  });

  it("invalid_input: unknown options; and the script's own errors", () => {
    expect(
      evaluateScenario(standard, EVE_COMPLAINT, "+1h", { zone: "UTC" } as never)._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(evaluateScenario(standard, "received at soon", "+1h")._unsafeUnwrapErr().code).toBe(
      "invalid_script",
    );
  });
});
