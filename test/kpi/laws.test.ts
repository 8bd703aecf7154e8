import { fc, test } from "@fast-check/vitest";
import {
  allocateBonusPool,
  computePay,
  computePayroll,
  erlangC,
  parseKpiScheme,
  scoreEmployee,
} from "kefu/kpi";
import { describe, expect } from "vitest";
import { CNY, r, SOURCE_SCHEME, WORKED_RATINGS } from "./_fixtures";
import {
  type RefGroup,
  type RefRating,
  reduce,
  referenceErlangC,
  referencePay,
  referenceScore,
} from "./_reference/pay";

const RATERS = ["li", "a", "b", "c"] as const;

/** 1–5 groups with integer weights summing to 100, points 1–100, minRaters 1–2. */
const arbGroups = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 }).chain((cuts) => {
  const edges = [0, ...[...cuts].sort((x, y) => x - y), 100];
  const weights = edges.slice(1).map((edge, i) => edge - (edges[i] ?? 0));
  return fc.tuple(
    ...weights.map((weight, i) =>
      fc.record({
        id: fc.constant(`g${i}`),
        weight: fc.constant(weight),
        points: fc.integer({ min: 1, max: 100 }),
        minRaters: fc.integer({ min: 1, max: 2 }),
        excludeSelf: fc.boolean(),
      }),
    ),
  );
});

/** Ratings for the groups: each group 0–4 distinct raters, integer points within the group's scale. */
const arbCase = arbGroups.chain((groups) =>
  fc.record({
    groups: fc.constant(groups as RefGroup[]),
    rule: fc.constantFrom("error" as const, "renormalize" as const, "zero" as const),
    ratings: fc
      .tuple(
        ...groups.map((g) =>
          fc
            .subarray([...RATERS])
            .chain((raters) =>
              fc.tuple(
                ...raters.map((rater) =>
                  fc.integer({ min: 0, max: g.points }).map((points) => ({ group: g.id, rater, points })),
                ),
              ),
            ),
        ),
      )
      .map((lists) => lists.flat() as RefRating[]),
    total: fc.integer({ min: 0, max: 10_000_000_00 }),
    mode: fc.constantFrom("halfUp" as const, "halfEven" as const),
  }),
);

const schemeOf = (c: {
  groups: RefGroup[];
  rule: "error" | "renormalize" | "zero";
  mode: "halfUp" | "halfEven";
}) =>
  parseKpiScheme({
    id: "s",
    groups: c.groups,
    missingGroup: c.rule,
    pay: { rounding: c.mode },
  })._unsafeUnwrap();

describe("KPI laws", () => {
  test.prop([arbCase], { numRuns: 300 })("score and pay equal the slow reference", (c) => {
    const scheme = schemeOf(c);
    const expected = referenceScore(c.groups, c.rule, "li", c.ratings);
    const pay = computePay(scheme, { id: "li", total: CNY(c.total), ratings: c.ratings });
    if (expected === null) {
      expect(pay.isErr() && ["missing_group", "no_ratings"].includes(pay.error.code)).toBe(true);
      return;
    }
    const result = pay._unsafeUnwrap();
    expect(result.score.raterScore).toEqual(reduce(expected));
    const ref = referencePay(c.total, [2, 1], expected, 100, null, c.mode);
    expect([result.base.amount, result.performancePart.amount, result.performancePay.amount]).toEqual([
      Number(ref.base),
      Number(ref.part),
      Number(ref.pay),
    ]);
  });

  test.prop([
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 1, max: 20 }),
    fc.integer({ min: 0, max: 50 }),
  ])(
    "base + performance part = total; net = base + performance paid ≤ total",
    (total, base, performance, points) => {
      const scheme = parseKpiScheme({
        id: "s",
        groups: [{ id: "g", weight: 100 }],
        pay: { split: { base, performance } },
      });
      const pay = computePay(scheme._unsafeUnwrap(), {
        id: "li",
        total: CNY(total),
        ratings: [{ group: "g", rater: "x", points: points * 2 }],
        deductions: [{ reason: "d", amount: CNY(1 + (total % 1000)) }],
      })._unsafeUnwrap();
      expect(pay.base.amount + pay.performancePart.amount).toBe(total);
      expect(pay.net.amount).toBe(pay.base.amount + pay.performancePaid.amount);
      expect(pay.performancePaid.amount).toBeGreaterThanOrEqual(0);
      expect(pay.net.amount).toBeLessThanOrEqual(total);
    },
  );

  test.prop([arbCase, fc.nat(), fc.integer({ min: 1, max: 100 })], { numRuns: 300 })(
    "raising one rater's score never lowers the score or the pay",
    (c, pick, raise) => {
      if (c.ratings.length === 0) return;
      const scheme = schemeOf(c);
      const index = pick % c.ratings.length;
      const target = c.ratings[index];
      const group = c.groups.find((g) => g.id === target?.group);
      if (target === undefined || group === undefined) return;
      const raised = c.ratings.map((x, i) =>
        i === index ? { ...x, points: Math.min(group.points, x.points + raise) } : x,
      );
      const before = computePay(scheme, { id: "li", total: CNY(c.total), ratings: c.ratings });
      const after = computePay(scheme, { id: "li", total: CNY(c.total), ratings: raised });
      if (before.isErr()) return;
      const [b, a] = [before.value, after._unsafeUnwrap()];
      expect(b.score.score.num * a.score.score.den <= a.score.score.num * b.score.score.den).toBe(true);
      expect(a.net.amount).toBeGreaterThanOrEqual(b.net.amount);
    },
  );

  test.prop([arbCase, fc.infiniteStream(fc.nat())], { numRuns: 200 })(
    "results do not depend on the order of the ratings",
    (c, stream) => {
      const scheme = schemeOf(c);
      const keys = new Map(c.ratings.map((x) => [x, stream.next().value as number]));
      const shuffled = [...c.ratings].sort((x, y) => (keys.get(x) ?? 0) - (keys.get(y) ?? 0));
      const one = scoreEmployee(scheme, { id: "li", ratings: c.ratings });
      const two = scoreEmployee(scheme, { id: "li", ratings: shuffled });
      expect(one.isOk()).toBe(two.isOk());
      if (one.isOk() && two.isOk()) {
        expect(two.value.score).toEqual(one.value.score);
        expect(two.value.groups.map((g) => g.mean)).toEqual(one.value.groups.map((g) => g.mean));
      }
    },
  );

  test.prop([
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }),
    fc.integer({ min: 0, max: 1e9 }),
  ])("bonus pool shares add up to the pool", (scores, pool) => {
    const members = scores.map((score, i) => ({ id: `m${i}`, score }));
    const shares = allocateBonusPool({ pool: CNY(pool), members });
    if (scores.every((s) => s === 0))
      return void expect(shares._unsafeUnwrapErr().code).toBe("zero_pool_shares");
    expect(shares._unsafeUnwrap().reduce((sum, s) => sum + s.amount.amount, 0)).toBe(pool);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 20 })])(
    "payroll totals are the sums of the lines",
    (totals) => {
      const employees = totals.map((total, i) => ({
        id: `e${i}`,
        total: CNY(total),
        ratings: WORKED_RATINGS,
      }));
      const payroll = computePayroll(SOURCE_SCHEME, employees)._unsafeUnwrap();
      for (const key of ["total", "base", "performancePart", "performancePay", "net"] as const) {
        expect(payroll.totals[key].amount).toBe(payroll.lines.reduce((sum, l) => sum + l[key].amount, 0));
      }
      expect(payroll.totals.total.amount).toBe(totals.reduce((a, b) => a + b, 0));
      expect(payroll.lines.every((l) => l.score.score.num === r(90).num)).toBe(true);
    },
  );

  test.prop([fc.double({ min: 0.1, max: 25, noNaN: true }), fc.integer({ min: 1, max: 30 })])(
    "Erlang C equals the textbook factorial formula",
    (traffic, extra) => {
      const agents = Math.floor(traffic) + extra;
      const result = erlangC({
        arrivals: traffic,
        intervalSeconds: 1,
        ahtSeconds: 1,
        targetSeconds: 0.5,
        agents,
      });
      const c = referenceErlangC(result._unsafeUnwrap().trafficErlangs, agents);
      expect(result._unsafeUnwrap().probabilityOfWaiting).toBeCloseTo(c, 10);
    },
  );
});
