import {
  analyzeImportancePerformance,
  computeOpportunityScores,
  rankActionPriority,
} from "kefu/satisfaction";
import { describe, expect, it } from "vitest";

describe("analyzeImportancePerformance", () => {
  it("places items by the attribute means; a value equal to the crosshair counts as high", () => {
    // Means: importance (0.9 + 0.5 + 0.7 + 0.5 + 0.65)/5 = 0.65, performance (60 + 80 + 70 + 70 + 70)/5 = 70.
    const ipa = analyzeImportancePerformance({
      items: [
        { id: "walls", importance: 0.9, performance: 60 },
        { id: "cabinets", importance: 0.5, performance: 80 },
        { id: "outlets", importance: 0.7, performance: 70 },
        { id: "layout", importance: 0.5, performance: 70 },
        { id: "kitchen", importance: 0.65, performance: 70 },
      ],
    })._unsafeUnwrap();
    expect(ipa.crosshair).toEqual({ importance: 0.65, performance: 70 });
    expect(ipa.items.map((item) => [item.id, item.quadrant])).toEqual([
      ["walls", "concentrate_here"],
      ["cabinets", "possible_overkill"],
      ["outlets", "keep_up_the_good_work"],
      ["layout", "possible_overkill"],
      ["kitchen", "keep_up_the_good_work"],
    ]);
  });

  it("compares with the exact mean: 0.2 is at the mean of 0.1, 0.2, 0.3 (in floats it is 0.20000000000000004)", () => {
    const ipa = analyzeImportancePerformance({
      items: [
        { id: "a", importance: 0.1, performance: 1 },
        { id: "b", importance: 0.2, performance: 1 },
        { id: "c", importance: 0.3, performance: 2 },
      ],
    })._unsafeUnwrap();
    expect(ipa.items[1]?.quadrant).toBe("concentrate_here");
    expect(ipa.items[0]?.quadrant).toBe("low_priority");
  });

  it("accepts a fixed crosshair such as the scale midpoint", () => {
    const ipa = analyzeImportancePerformance({
      items: [{ id: "a", importance: 2, performance: 4 }],
      crosshair: { importance: 3, performance: 3 },
    })._unsafeUnwrap();
    expect(ipa.items[0]?.quadrant).toBe("possible_overkill");
  });

  it("invalid_input: no items, unknown keys, non-numbers", () => {
    expect(analyzeImportancePerformance({ items: [] })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(
      analyzeImportancePerformance({
        items: [{ id: "a", importance: 1, performance: 1, note: "" }],
      })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(
      analyzeImportancePerformance({
        items: [{ id: "a", importance: Number.NaN, performance: 1 }],
      })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
  });
});

describe("rankActionPriority", () => {
  it("ranks inside each area by wᵢ·(1 − Sᵢ/max): walls 0.75·0.4 = 0.3 before plumbing 0.25·0.6 = 0.15", () => {
    const ranked = rankActionPriority({
      items: [
        { id: "walls", area: "engineering_quality", importance: 3, satisfaction: 60 },
        { id: "outlets", area: "planning_design", importance: 1, satisfaction: 50 },
        { id: "plumbing", area: "engineering_quality", importance: 1, satisfaction: 40 },
        { id: "cabinets", area: "planning_design", importance: 1, satisfaction: 50 },
      ],
    })._unsafeUnwrap();
    expect(ranked.map((area) => area.area)).toEqual(["engineering_quality", "planning_design"]);
    expect(
      ranked[0]?.items.map((item) => [item.id, item.rank, item.index, item.importanceShare, item.gap]),
    ).toEqual([
      ["walls", 1, 0.3, 0.75, 0.4],
      ["plumbing", 2, 0.15, 0.25, 0.6],
    ]);
    // A tie (0.5·0.5 each) goes to the larger gap, then to the id.
    expect(ranked[1]?.items.map((item) => item.id)).toEqual(["cabinets", "outlets"]);
    expect(ranked[0]?.items[0]?.exact).toEqual({ num: 3n, den: 10n });
  });

  it("works on any scale: satisfaction 4 of 5 leaves a gap of 0.2", () => {
    const ranked = rankActionPriority({
      items: [{ id: "a", area: "x", importance: 1, satisfaction: 4 }],
      scaleMax: 5,
    })._unsafeUnwrap();
    expect(ranked[0]?.items[0]).toMatchObject({ gap: 0.2, index: 0.2 });
  });

  it("invalid_input: a satisfaction above scaleMax (issue value_out_of_scale), negative importance", () => {
    const error = rankActionPriority({
      items: [{ id: "a", area: "x", importance: 1, satisfaction: 120 }],
    })._unsafeUnwrapErr();
    expect(error.code === "invalid_input" ? error.issues.map((i) => [i.path.join("."), i.code]) : []).toEqual(
      [["items.0.satisfaction", "value_out_of_scale"]],
    );
    expect(
      rankActionPriority({
        items: [{ id: "a", area: "x", importance: -1, satisfaction: 1 }],
      })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
  });

  it("zero_total_importance: an area whose items all have importance 0", () => {
    expect(
      rankActionPriority({
        items: [
          { id: "a", area: "x", importance: 1, satisfaction: 1 },
          { id: "b", area: "y", importance: 0, satisfaction: 1 },
        ],
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: "zero_total_importance", path: ["items", 1, "importance"] });
  });
});

describe("computeOpportunityScores", () => {
  it("importance + max(importance − satisfaction, 0), banded and ranked", () => {
    const scores = computeOpportunityScores({
      items: [
        { id: "outlets", importance: 8.2, satisfaction: 4.1 }, // 8.2 + 4.1 = 12.3 high
        { id: "walls", importance: 9, satisfaction: 2 }, // 9 + 7 = 16 extreme
        { id: "gym", importance: 6, satisfaction: 8 }, // 6 + 0 = 6 overserved
        { id: "parking", importance: 6, satisfaction: 5 }, // 6 + 1 = 7 served
        { id: "lobby", importance: 5.5, satisfaction: 1 }, // 5.5 + 4.5 = 10 solid
      ],
    })._unsafeUnwrap();
    expect(scores.map((s) => [s.id, s.opportunity, s.band, s.rank])).toEqual([
      ["walls", 16, "extreme", 1],
      ["outlets", 12.3, "high", 2],
      ["lobby", 10, "solid", 3],
      ["parking", 7, "served", 4],
      ["gym", 6, "overserved", 5],
    ]);
  });

  it("invalid_input: values outside 0–10", () => {
    expect(
      computeOpportunityScores({ items: [{ id: "a", importance: 11, satisfaction: 1 }] })._unsafeUnwrapErr()
        .code,
    ).toBe("invalid_input");
  });
});
