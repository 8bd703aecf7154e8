import { computePay, prorateTotal } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { CNY, r, SOURCE_SCHEME, schemeWith, WORKED_RATINGS } from "./_fixtures";

const at = (points: number) => [{ group: "supervisor", rater: "chen", points }, ...WORKED_RATINGS.slice(1)];
const pay = (extra: Record<string, unknown>, scheme = SOURCE_SCHEME) =>
  computePay(scheme, { id: "li", total: CNY(900_000), ratings: WORKED_RATINGS, ...extra });
const amounts = (p: ReturnType<typeof pay>) => {
  const v = p._unsafeUnwrap();
  return [v.base.amount, v.performancePart.amount, v.performancePay.amount, v.net.amount];
};

describe("computePay: the split", () => {
  it.each([
    // Largest remainder by hand: 900001 × 2/3 = 600000.67, × 1/3 = 300000.33 → the leftover fen to base.
    [900_001, 600_001, 300_000],
    // 900002 × 2/3 = 600001.33, × 1/3 = 300000.67 → the leftover fen to the performance part.
    [900_002, 600_001, 300_001],
    [900_000, 600_000, 300_000],
    [1, 1, 0],
    [2, 1, 1],
  ])("total %s fen → base %s + performance part %s", (total, base, part) => {
    const [b, p] = amounts(pay({ total: CNY(total) }));
    expect([b, p]).toEqual([base, part]);
  });

  it("another split: 7 : 3 of 8,000.00 → 5,600.00 + 2,400.00 → 90% = 2,160.00", () => {
    const scheme = schemeWith({ pay: { split: { base: 7, performance: 3 } } });
    expect(amounts(pay({ total: CNY(800_000) }, scheme))).toEqual([560_000, 240_000, 216_000, 776_000]);
  });
});

describe("computePay: the one final rounding", () => {
  // 9,000.03 → 6,000.02 + 3,000.01; at 50 points: 300001 × 0.5 = 150000.5 fen exactly.
  // 5 + 18 + 17 + 10 = 50 points.
  const half = at(5);

  it("x.5 fen rounds half up by default: 150000.5 → 150001", () => {
    const result = pay({ total: CNY(900_003), ratings: half })._unsafeUnwrap();
    expect(result.score.score).toEqual(r(50));
    expect(result.performanceExact).toEqual(r(300_001, 2));
    expect(result.performancePay).toEqual(CNY(150_001));
  });

  it("x.5 fen rounds half even when asked: 150000.5 → 150000, 270004.5 → 270004", () => {
    const even = schemeWith({ pay: { rounding: "halfEven" } });
    expect(pay({ total: CNY(900_003), ratings: half }, even)._unsafeUnwrap().performancePay).toEqual(
      CNY(150_000),
    );
    // 9,000.15 → 300005 performance part; × 90% = 270004.5.
    expect(pay({ total: CNY(900_015) }, even)._unsafeUnwrap().performancePay).toEqual(CNY(270_004));
    expect(pay({ total: CNY(900_015) })._unsafeUnwrap().performancePay).toEqual(CNY(270_005));
  });

  it("the score is never rounded before pay: 268/3 points of 3,000.00 → 2,680.00", () => {
    // peers (10 + 9 + 9) / 3 → score 268/3; 300000 × 268/300 = 268000 fen exactly.
    const ratings = [
      ...WORKED_RATINGS.slice(0, 3),
      { group: "peers", rater: "a", points: 10 },
      { group: "peers", rater: "b", points: 9 },
      { group: "peers", rater: "c", points: 9 },
    ];
    expect(pay({ ratings })._unsafeUnwrap().performancePay).toEqual(CNY(268_000));
  });

  it("below the gate: base only", () => {
    const gated = schemeWith({ score: { gate: 60 } });
    expect(amounts(pay({ ratings: at(14) }, gated))).toEqual([600_000, 300_000, 0, 600_000]);
  });
});

describe("computePay: money deductions", () => {
  it("come off the performance pay: 2,700.00 − 50.00 − 30.00 → net 8,620.00", () => {
    const deductions = [
      { reason: "late hand-over", amount: CNY(5_000) },
      { reason: "missing follow-up", amount: CNY(3_000) },
    ];
    const result = pay({ deductions })._unsafeUnwrap();
    expect([result.moneyDeducted, result.performancePaid, result.net]).toEqual([
      CNY(8_000),
      CNY(262_000),
      CNY(862_000),
    ]);
  });

  it("never below zero: a 3,000.00 deduction against 2,700.00 leaves base only", () => {
    const result = pay({ deductions: [{ reason: "x", amount: CNY(300_000) }] })._unsafeUnwrap();
    expect([result.moneyDeducted, result.performancePaid, result.net]).toEqual([
      CNY(270_000),
      CNY(0),
      CNY(600_000),
    ]);
  });

  it("currency_mismatch", () => {
    expect(
      pay({ deductions: [{ reason: "x", amount: { amount: 1, currency: "USD" } }] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "currency_mismatch",
      path: ["deductions", 0, "amount", "currency"],
    });
  });

  it("amount_out_of_range: deductions adding up past 2^53", () => {
    const big = { reason: "x", amount: CNY(Number.MAX_SAFE_INTEGER) };
    expect(pay({ deductions: [big, big] })._unsafeUnwrapErr()).toMatchObject({
      code: "amount_out_of_range",
      path: ["deductions", 1, "amount"],
    });
  });

  it("amount_out_of_range: performance pay past 2^53 under a large multiplier", () => {
    const scheme = schemeWith({ score: { multiplier: 10, cap: 1000 } });
    expect(pay({ total: CNY(Number.MAX_SAFE_INTEGER) }, scheme)._unsafeUnwrapErr().code).toBe(
      "amount_out_of_range",
    );
  });
});

describe("proration", () => {
  it("21.75-day convention: 10 paid days of 9,000.00 → 4,137.93, then split and scored", () => {
    // 900000 × 10 / 21.75 = 413793.10 → 413793; 413793 = 3 × 137931 → 275862 + 137931;
    // 137931 × 90% = 124137.9 → 124138; net 400000.
    const result = pay({ proration: { method: "cn_21_75", paidDays: 10 } })._unsafeUnwrap();
    expect(result.proration).toEqual({ method: "cn_21_75", factor: r(40, 87) });
    expect([
      result.total.amount,
      ...amounts(pay({ proration: { method: "cn_21_75", paidDays: 10 } })),
    ]).toEqual([413_793, 275_862, 137_931, 124_138, 400_000]);
  });

  it("21.75-day convention is capped at the full month", () => {
    expect(pay({ proration: { method: "cn_21_75", paidDays: 23 } })._unsafeUnwrap().total).toEqual(
      CNY(900_000),
    );
  });

  it("calendar days: 15 of 31 → 900000 × 15/31 = 435483.87 → 4,354.84", () => {
    const result = prorateTotal({
      total: CNY(900_000),
      proration: { method: "calendar_days", days: 15, daysInPeriod: 31 },
    });
    expect(result._unsafeUnwrap()).toEqual({ total: CNY(435_484), factor: r(15, 31) });
  });

  it("prorateTotal rounds half even when asked: 1 fen × 1/2", () => {
    const input = { total: CNY(1), proration: { method: "calendar_days", days: 1, daysInPeriod: 2 } };
    expect(prorateTotal(input)._unsafeUnwrap().total).toEqual(CNY(1));
    expect(prorateTotal({ ...input, rounding: "halfEven" })._unsafeUnwrap().total).toEqual(CNY(0));
  });

  it("proration_out_of_range and invalid_input", () => {
    const bad = { method: "calendar_days", days: 31, daysInPeriod: 30 };
    expect(pay({ proration: bad })._unsafeUnwrapErr()).toMatchObject({
      code: "proration_out_of_range",
      path: ["proration", "days"],
    });
    expect(prorateTotal({ total: CNY(1), proration: bad })._unsafeUnwrapErr().code).toBe(
      "proration_out_of_range",
    );
    expect(prorateTotal({ total: CNY(1), proration: { method: "weeks" } })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});

describe("computePay: errors", () => {
  it("invalid_input: missing total, negative total, unknown currency", () => {
    expect(computePay(SOURCE_SCHEME, { id: "li", ratings: WORKED_RATINGS })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(pay({ total: CNY(-1) })._unsafeUnwrapErr().code).toBe("invalid_input");
    // "ZZZ" is no ISO-4217 code kefu knows.
    expect(pay({ total: { amount: 1, currency: "ZZZ" } })._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  it("passes on scoring errors", () => {
    expect(pay({ ratings: [] })._unsafeUnwrapErr().code).toBe("missing_group");
  });
});
