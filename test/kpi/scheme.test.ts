import { kpiSchemeJsonSchema, parseKpiScheme } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { r, SOURCE_GROUPS, sourceSchemeInput } from "./_fixtures";

const errorOf = (extra: Record<string, unknown>) =>
  parseKpiScheme({ ...sourceSchemeInput, ...extra })._unsafeUnwrapErr();

describe("parseKpiScheme", () => {
  it("defaults: points = weight, error rule, floor 0, cap 100, 2 : 1 split, half up", () => {
    const scheme = parseKpiScheme(sourceSchemeInput)._unsafeUnwrap();
    expect(scheme.groups.map((g) => [g.id, g.points, g.minRaters, g.excludeSelf])).toEqual([
      ["supervisor", r(50), 1, false],
      ["marketing", r(20), 1, false],
      ["production", r(20), 1, false],
      ["peers", r(10), 1, false],
    ]);
    expect(scheme).toMatchObject({
      missingGroup: "error",
      floor: r(0),
      cap: r(100),
      gate: null,
      multiplier: r(1),
      split: { base: r(2), performance: r(1) },
      rounding: "halfUp",
      indicators: [],
    });
  });

  it("takes exact weights as fraction strings: three groups of 100/3", () => {
    const scheme = parseKpiScheme({
      id: "thirds",
      groups: ["a", "b", "c"].map((id) => ({ id, weight: "100/3" })),
    })._unsafeUnwrap();
    expect(scheme.groups[0]?.weight).toEqual(r(100, 3));
  });

  it("compiles indicators: keys default to overall / the id", () => {
    const scheme = parseKpiScheme({
      ...sourceSchemeInput,
      indicators: [
        { id: "csat", source: "satisfaction", rule: { bands: [{ from: 80, points: 0 }], below: -5 } },
        { id: "nps", source: "custom", rule: { linear: { per: 0.1 } } },
      ],
    })._unsafeUnwrap();
    expect(scheme.indicators.map((i) => i.key)).toEqual(["overall", "nps"]);
    expect(scheme.indicators[1]?.rule).toEqual({
      kind: "linear",
      per: r(1, 10),
      origin: r(0),
      min: null,
      max: null,
    });
  });

  it("exports a JSON Schema of the input", () => {
    const schema = kpiSchemeJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toContain("groups");
  });

  it("invalid_input: unknown keys, bad numbers, empty groups, bad rule", () => {
    expect(errorOf({ groupz: [] }).code).toBe("invalid_input");
    expect(errorOf({ groups: [] }).code).toBe("invalid_input");
    expect(errorOf({ groups: [{ id: "a", weight: 0 }] }).code).toBe("invalid_input");
    expect(errorOf({ groups: [{ id: "a", weight: "1/0" }] }).code).toBe("invalid_input");
    expect(errorOf({ groups: [{ id: "a", weight: Number.NaN }] }).code).toBe("invalid_input");
    expect(errorOf({ missingGroup: "skip" }).code).toBe("invalid_input");
    const huge = { id: "a", weight: { num: 1n, den: 10n ** 61n } };
    const tooLong = errorOf({ groups: [huge] });
    expect(tooLong.code === "invalid_input" && tooLong.issues[0].code).toBe("number_out_of_range");
    const issue = errorOf({ groups: [{ id: "a", weight: 120 }] });
    expect(issue.code === "invalid_input" && issue.issues[0].code).toBe("number_out_of_range");
  });

  it("weights_not_100", () => {
    expect(errorOf({ groups: SOURCE_GROUPS.slice(0, 3) })).toMatchObject({
      code: "weights_not_100",
      path: ["groups"],
    });
    // 33.33 × 3 = 99.99: decimals are exact, so this is refused (use "100/3").
    expect(errorOf({ groups: ["a", "b", "c"].map((id) => ({ id, weight: 33.33 })) }).code).toBe(
      "weights_not_100",
    );
  });

  it("duplicate_group_id", () => {
    const groups = [
      { id: "a", weight: 50 },
      { id: "a", weight: 50 },
    ];
    expect(errorOf({ groups })).toMatchObject({ code: "duplicate_group_id", path: ["groups", 1, "id"] });
  });

  it("duplicate_indicator_id", () => {
    const one = { id: "x", source: "breaches", rule: { linear: { per: -1 } } };
    expect(errorOf({ indicators: [one, one] })).toMatchObject({
      code: "duplicate_indicator_id",
      path: ["indicators", 1, "id"],
    });
  });

  it("bands_out_of_order", () => {
    const rule = {
      bands: [
        { from: 90, points: 0 },
        { from: 90, points: 2 },
      ],
    };
    expect(errorOf({ indicators: [{ id: "sla", source: "sla_attainment", rule }] })).toMatchObject({
      code: "bands_out_of_order",
      path: ["indicators", 0, "rule", "bands", 1, "from"],
    });
  });

  it("score_bounds_reversed: score floor above cap, linear min above max", () => {
    expect(errorOf({ score: { floor: 60, cap: 50 } })).toMatchObject({
      code: "score_bounds_reversed",
      path: ["score"],
    });
    const rule = { linear: { per: -2, min: 0, max: -10 } };
    expect(errorOf({ indicators: [{ id: "late", source: "late_handovers", rule }] })).toMatchObject({
      code: "score_bounds_reversed",
      path: ["indicators", 0, "rule", "linear"],
    });
  });
});
