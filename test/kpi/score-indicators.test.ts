import { scoreEmployee } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { r, SOURCE_SCHEME, schemeWith, WORKED_RATINGS } from "./_fixtures";

const rating = (group: string, rater: string, points: number) => ({ group, rater, points });
const score = (scheme = SOURCE_SCHEME, extra: Record<string, unknown> = {}) =>
  scoreEmployee(scheme, { id: "li", ratings: WORKED_RATINGS, ...extra });

describe("scoreEmployee: indicators from service results", () => {
  const sla = {
    id: "sla",
    source: "sla_attainment",
    rule: {
      bands: [
        { from: 0, points: -5 },
        { from: 90, points: -2 },
        { from: 95, points: 0 },
      ],
    },
  };
  const late = { id: "late", source: "late_handovers", rule: { linear: { per: -2, min: -10 } } };
  const csat = {
    id: "engineering-csat",
    source: "satisfaction",
    key: "engineering",
    rule: { bands: [{ from: 85, points: 2 }], below: -1 },
  };
  const scheme = schemeWith({ indicators: [sla, late, csat] });
  const at = (serviceResults: Record<string, unknown>) => score(scheme, { serviceResults });

  it.each([
    // SLA % → band points; lower bounds inclusive. Late hand-overs: −2 each, at most −10.
    [96.5, 0, 2, 85, 0 - 4 + 2],
    [95, 0, 0, 90, 0 + 0 + 2],
    [92, 0, 3, 84.9, -2 - 6 - 1],
    [50, 0, 7, 70, -5 - 10 - 1],
  ])(
    "SLA %s%%, %s breaches, %s late, satisfaction %s → %s points",
    (slaValue, breaches, lateHandovers, sat, points) => {
      const result = at({
        slaAttainment: slaValue,
        breaches,
        lateHandovers,
        satisfaction: { engineering: sat },
      })._unsafeUnwrap();
      expect(result.indicatorPoints).toEqual(r(points));
      expect(result.score).toEqual(r(90 + points));
    },
  );

  it("records the band, the value and the points of each indicator", () => {
    const result = at({
      slaAttainment: 92,
      lateHandovers: 1,
      satisfaction: { engineering: 80 },
    })._unsafeUnwrap();
    expect(result.indicators.map((i) => [i.id, i.value, i.points, i.band])).toEqual([
      ["sla", r(92), r(-2), 1],
      ["late", r(1), r(-2), null],
      ["engineering-csat", r(80), r(-1), -1],
    ]);
  });

  it("breaches are counted and ifMissing: skip scores 0", () => {
    const breaches = {
      id: "breaches",
      source: "breaches",
      rule: { linear: { per: -1, min: -5 } },
      ifMissing: "skip",
    };
    const s = schemeWith({ indicators: [breaches] });
    expect(
      scoreEmployee(s, { id: "li", ratings: WORKED_RATINGS, serviceResults: { breaches: 3 } })._unsafeUnwrap()
        .score,
    ).toEqual(r(87));
    const skipped = scoreEmployee(s, { id: "li", ratings: WORKED_RATINGS })._unsafeUnwrap();
    expect(skipped.indicators[0]).toMatchObject({ status: "skipped", value: null, points: r(0) });
  });

  it("missing_indicator", () => {
    expect(at({ slaAttainment: 99 })._unsafeUnwrapErr()).toMatchObject({
      code: "missing_indicator",
      indicatorId: "late",
    });
  });

  it("unknown_indicator: a custom figure nobody reads", () => {
    expect(
      at({
        slaAttainment: 99,
        lateHandovers: 0,
        satisfaction: { engineering: 90 },
        custom: { nsp: 1 },
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "unknown_indicator",
      path: ["serviceResults", "custom", "nsp"],
    });
  });
});

describe("scoreEmployee: errors", () => {
  it("invalid_input: both points and percent, unknown keys, percent above 100", () => {
    const both = [{ group: "supervisor", rater: "chen", points: 45, percent: 90 }];
    expect(score(SOURCE_SCHEME, { ratings: both })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(score(SOURCE_SCHEME, { ratingz: [] })._unsafeUnwrapErr().code).toBe("invalid_input");
    const over = [{ group: "supervisor", rater: "chen", percent: 101 }];
    expect(score(SOURCE_SCHEME, { ratings: over })._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  it("unknown_group", () => {
    expect(score(SOURCE_SCHEME, { ratings: [rating("sales", "x", 1)] })._unsafeUnwrapErr()).toMatchObject({
      code: "unknown_group",
      path: ["ratings", 0, "group"],
    });
  });

  it("rating_out_of_range: 51 of 50 points", () => {
    expect(
      score(SOURCE_SCHEME, { ratings: [rating("supervisor", "chen", 51)] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "rating_out_of_range",
      path: ["ratings", 0, "points"],
    });
  });

  it("duplicate_rater", () => {
    const ratings = [...WORKED_RATINGS, rating("peers", "wang", 9)];
    expect(score(SOURCE_SCHEME, { ratings })._unsafeUnwrapErr()).toMatchObject({
      code: "duplicate_rater",
      path: ["ratings", 4, "rater"],
    });
  });
});
