import { scoreEmployee } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { r, SOURCE_GROUPS, SOURCE_SCHEME, schemeWith, WORKED_RATINGS } from "./_fixtures";

const rating = (group: string, rater: string, points: number) => ({ group, rater, points });
const withoutPeers = WORKED_RATINGS.filter((x) => x.group !== "peers");
const score = (scheme = SOURCE_SCHEME, extra: Record<string, unknown> = {}) =>
  scoreEmployee(scheme, { id: "li", ratings: WORKED_RATINGS, ...extra });

describe("scoreEmployee: raters and groups", () => {
  it("averages several raters per group", () => {
    // marketing (18 + 16) / 2 = 17; peers (10 + 8 + 9) / 3 = 9 → 45 + 17 + 17 + 9 = 88.
    const ratings = [
      rating("supervisor", "chen", 45),
      rating("marketing", "zhou", 18),
      rating("marketing", "qian", 16),
      rating("production", "wu", 17),
      rating("peers", "wang", 10),
      rating("peers", "zhao", 8),
      rating("peers", "sun", 9),
    ];
    const result = score(SOURCE_SCHEME, { ratings })._unsafeUnwrap();
    expect(result.groups.map((g) => [g.counted, g.mean, g.contribution])).toEqual([
      [1, r(45), r(45)],
      [2, r(17), r(17)],
      [1, r(17), r(17)],
      [3, r(9), r(9)],
    ]);
    expect(result.raterScore).toEqual(r(88));
  });

  it("keeps means exact: peers 10, 9, 9 → 28/3", () => {
    // (10 + 9 + 9) / 3 = 28/3 of 10 points, weight 10 → contribution 28/3; total 80 + 28/3 = 268/3.
    const ratings = [
      ...withoutPeers,
      rating("peers", "a", 10),
      rating("peers", "b", 9),
      rating("peers", "c", 9),
    ];
    expect(score(SOURCE_SCHEME, { ratings })._unsafeUnwrap().score).toEqual(r(268, 3));
  });

  it("accepts percentage ratings: 90% of a 50-point group is 45 points", () => {
    const ratings = WORKED_RATINGS.map((x) =>
      x.group === "supervisor" ? { group: "supervisor", rater: "chen", percent: 90 } : x,
    );
    const result = score(SOURCE_SCHEME, { ratings })._unsafeUnwrap();
    expect(result.groups[0]?.raters[0]).toMatchObject({
      points: r(45),
      fraction: r(9, 10),
      givenAsPercent: true,
    });
    expect(result.score).toEqual(r(90));
  });

  it("groups scored on their own points: supervisor rates out of 100 with weight 50", () => {
    // 90 of 100 points × weight 50 = 45.
    const scheme = schemeWith({
      groups: [{ id: "supervisor", weight: 50, points: 100 }, ...SOURCE_GROUPS.slice(1)],
    });
    const ratings = WORKED_RATINGS.map((x) => (x.group === "supervisor" ? { ...x, points: 90 } : x));
    expect(score(scheme, { ratings })._unsafeUnwrap().score).toEqual(r(90));
  });

  it("leaves out self-ratings where the group says so", () => {
    // li's own 10 is not counted; zhao's 8 is → peers 8 → 45 + 18 + 17 + 8 = 88.
    const scheme = schemeWith({
      groups: [...SOURCE_GROUPS.slice(0, 3), { id: "peers", weight: 10, excludeSelf: true }],
    });
    const ratings = [...withoutPeers, rating("peers", "li", 10), rating("peers", "zhao", 8)];
    const result = score(scheme, { ratings })._unsafeUnwrap();
    expect(result.groups[3]?.raters.map((x) => x.excluded)).toEqual(["self", null]);
    expect(result.score).toEqual(r(88));
    // Without excludeSelf the self-rating counts: (10 + 8) / 2 = 9 → 89.
    expect(score(SOURCE_SCHEME, { ratings })._unsafeUnwrap().score).toEqual(r(89));
  });
});

describe("scoreEmployee: the missing-group rules", () => {
  it("error (default): missing_group with the group, its raters and the minimum", () => {
    expect(score(SOURCE_SCHEME, { ratings: withoutPeers })._unsafeUnwrapErr()).toMatchObject({
      code: "missing_group",
      groupId: "peers",
      raters: 0,
      minRaters: 1,
      path: ["ratings"],
    });
  });

  it("zero: the missing group scores 0 → 45 + 18 + 17 = 80", () => {
    const result = score(schemeWith({ missingGroup: "zero" }), { ratings: withoutPeers })._unsafeUnwrap();
    expect(result.groups[3]).toMatchObject({ status: "missing_zero", mean: null, contribution: r(0) });
    expect(result.score).toEqual(r(80));
  });

  it("renormalize: 80 of the 90 weight present → 80 × 100 / 90 = 800/9", () => {
    const result = score(schemeWith({ missingGroup: "renormalize" }), {
      ratings: withoutPeers,
    })._unsafeUnwrap();
    expect(result.renormalizedOver).toEqual(r(90));
    expect(result.groups[0]?.effectiveWeight).toEqual(r(500, 9)); // 50 × 100/90
    expect(result.groups[3]).toMatchObject({ status: "missing_renormalized", effectiveWeight: r(0) });
    expect(result.score).toEqual(r(800, 9));
  });

  it("renormalize with every group present changes nothing", () => {
    const result = score(schemeWith({ missingGroup: "renormalize" }))._unsafeUnwrap();
    expect([result.renormalizedOver, result.score]).toEqual([null, r(90)]);
  });

  it("minRaters: one peer is not enough when two are needed", () => {
    const groups = [...SOURCE_GROUPS.slice(0, 3), { id: "peers", weight: 10, minRaters: 2 }];
    expect(score(schemeWith({ groups }))._unsafeUnwrapErr()).toMatchObject({
      code: "missing_group",
      raters: 1,
      minRaters: 2,
    });
    const zero = score(schemeWith({ groups, missingGroup: "zero" }))._unsafeUnwrap();
    expect(zero.score).toEqual(r(80));
  });

  it("zero with no ratings at all scores 0", () => {
    expect(score(schemeWith({ missingGroup: "zero" }), { ratings: [] })._unsafeUnwrap().score).toEqual(r(0));
  });

  it("no_ratings: renormalize over nothing", () => {
    expect(
      score(schemeWith({ missingGroup: "renormalize" }), { ratings: [] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "no_ratings",
    });
  });
});

describe("scoreEmployee: gate, bounds, multipliers, deductions", () => {
  const gate60 = schemeWith({ score: { gate: 60 } });
  const at = (points: number) => [rating("supervisor", "chen", points), ...WORKED_RATINGS.slice(1)];

  it("a score below the gate pays no performance pay; at the gate it does", () => {
    // 14 + 18 + 17 + 10 = 59 < 60; 15 + 45 = 60.
    const below = score(gate60, { ratings: at(14) })._unsafeUnwrap();
    expect([below.score, below.gatePassed, below.payFactor]).toEqual([r(59), false, r(0)]);
    const on = score(gate60, { ratings: at(15) })._unsafeUnwrap();
    expect([on.gatePassed, on.payFactor]).toEqual([true, r(3, 5)]);
  });

  it("point deductions come off after scoring; the floor holds", () => {
    // 90 − 2 − 3 = 85.
    const deductions = [
      { reason: "late hand-over", points: 2 },
      { reason: "complaint upheld", points: 3 },
    ];
    const result = score(SOURCE_SCHEME, { deductions })._unsafeUnwrap();
    expect([result.deductionPoints, result.score, result.bounded]).toEqual([r(5), r(85), null]);
    const floored = score(SOURCE_SCHEME, { deductions: [{ reason: "x", points: 95 }] })._unsafeUnwrap();
    expect([floored.unbounded, floored.score, floored.bounded]).toEqual([r(-5), r(0), "floor"]);
  });

  it("the cap holds: 90 + 15 bonus points → 100 (or 105 under a cap of 120)", () => {
    const bonus = { id: "bonus", source: "custom", rule: { linear: { per: 1 } } };
    const serviceResults = { custom: { bonus: 15 } };
    const capped = score(schemeWith({ indicators: [bonus] }), { serviceResults })._unsafeUnwrap();
    expect([capped.unbounded, capped.score, capped.bounded]).toEqual([r(105), r(100), "cap"]);
    const higher = score(schemeWith({ indicators: [bonus], score: { cap: 120 } }), {
      serviceResults,
    })._unsafeUnwrap();
    expect([higher.score, higher.payFactor]).toEqual([r(105), r(21, 20)]);
  });

  it("multipliers: scheme 1.2 × employee 0.5 → 90% × 0.6 = 54%", () => {
    const result = score(schemeWith({ score: { multiplier: 1.2 } }), { multiplier: 0.5 })._unsafeUnwrap();
    expect([result.multiplier, result.payFactor]).toEqual([r(3, 5), r(27, 50)]);
  });
});
