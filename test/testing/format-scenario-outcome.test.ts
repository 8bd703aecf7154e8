import { evaluateScenario, formatScenarioOutcome } from "kefu/testing";
import { describe, expect, it } from "vitest";
import { EVE_COMPLAINT, standard } from "./_fixtures";

describe("formatScenarioOutcome", () => {
  it("prints one row per result, wall times in the outcome's zone", () => {
    const outcome = evaluateScenario(standard, EVE_COMPLAINT, "2025-10-02 12:00", {
      caseId: "C-1",
    })._unsafeUnwrap();
    expect(formatScenarioOutcome(outcome).split("\n")).toEqual([
      "case C-1 under policy residential-service-standard at Thu 2025-10-02 12:00 (Asia/Shanghai)",
      "target            cycle  state    due                   stopped               remaining  warning  next change",
      "complaint-plan    1      running  Thu 2025-10-02 17:20  null                  5h20m      2        Thu 2025-10-02 12:32",
      "reply-within-24h  1      met      Wed 2025-10-01 17:20  Wed 2025-10-01 09:00  8h20m      1        null",
    ]);
  });

  it("shows seconds and milliseconds only when they are not zero", () => {
    const call = evaluateScenario(
      standard,
      "received at 2025-11-03 10:00:30 kind=follow_up subtype=after_repair",
      "+1s",
    );
    const text = formatScenarioOutcome(call._unsafeUnwrap());
    expect(text).toContain("at Mon 2025-11-03 10:00:31 (Asia/Shanghai)");
    // 3–5 days after Mon 11-03: due at the last millisecond of Sat 11-08.
    expect(text).toContain("Sat 2025-11-08 23:59:59.999");
  });

  it("says so when no target applies", () => {
    const defect = evaluateScenario(
      standard,
      "received at 2025-11-03 10:00 kind=defect",
      "+1h",
    )._unsafeUnwrap();
    expect(formatScenarioOutcome(defect).split("\n")[1]).toBe("(no target applies)");
  });
});
