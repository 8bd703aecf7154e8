import { analyzeImpressionChange } from "kefu/satisfaction";
import { describe, expect, it } from "vitest";
import { accept, answer, survey } from "./_fixtures";

describe("analyzeImpressionChange", () => {
  // 7 owners whose impression worsened: 3 cite engineering quality (3/7 = 42.9%, as in the
  // source survey's "43% of dissatisfied owners"), 2 planning & design, 1 both, 1 nothing.
  const worsened = (id: string, reasons: string[]) =>
    answer(id, 5, { ltr: 3 }, { impression: "worsened", reasons });
  const responses = accept([
    worsened("w1", ["engineering_quality"]),
    worsened("w2", ["engineering_quality", "planning_design"]),
    worsened("w3", ["engineering_quality"]),
    worsened("w4", ["planning_design"]),
    worsened("w5", ["sales_service"]),
    worsened("w6", []),
    worsened("w7", ["property_management"]),
    answer("i1", 5, { ltr: 10 }, { impression: "improved", reasons: ["property_management"] }),
    answer("u1", 5, { ltr: 8 }, { impression: "unchanged" }),
    answer("n1", 5, { ltr: 8 }),
  ]);

  it("shares by area among owners whose impression worsened, with Wilson intervals", () => {
    const result = analyzeImpressionChange(survey, responses)._unsafeUnwrap();
    expect(result.worsened.owners).toBe(7);
    const [top, second] = result.worsened.areas;
    expect(top).toMatchObject({ area: "engineering_quality", count: 3, total: 7 });
    expect(top?.share).toBeCloseTo(3 / 7, 15);
    // Python: wilson(3, 7) = (0.158220, 0.749542)
    expect(top?.lower).toBeCloseTo(0.1582198552514697, 12);
    expect(top?.upper).toBeCloseTo(0.7495416354723426, 12);
    expect(second).toMatchObject({ area: "planning_design", count: 2 });
    expect(result.worsened.areas.map((a) => a.area)).toHaveLength(survey.areas.length);
    expect(result.improved.owners).toBe(1);
    expect(result.improved.areas[0]).toMatchObject({ area: "property_management", share: 1 });
    expect([result.unchanged, result.notReported]).toEqual([1, 1]);
  });

  it("a direction nobody reported has no areas", () => {
    const result = analyzeImpressionChange(survey, accept([answer("x", 1, { ltr: 9 })]))._unsafeUnwrap();
    expect(result.worsened).toEqual({ owners: 0, areas: [] });
  });

  it("invalid_input: a bad confidence", () => {
    expect(analyzeImpressionChange(survey, [], { confidence: 2 })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});
