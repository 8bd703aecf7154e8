import { allocateBonusPool, computePayroll } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { CNY, r, SOURCE_SCHEME, WORKED_RATINGS } from "./_fixtures";

const employee = (id: string, total: number, supervisor = 45) => ({
  id,
  total: CNY(total),
  ratings: [{ group: "supervisor", rater: "chen", points: supervisor }, ...WORKED_RATINGS.slice(1)],
});

describe("computePayroll", () => {
  it("pays each employee and sums every column exactly", () => {
    // li: 9,000.00 at 90 → 6,000.00 + 2,700.00 = 8,700.00.
    // wang: 9,000.01 at 86 → 6,000.01 + 3,000.00 × 86% = 2,580.00 → 8,580.01.
    // zhao: 8,500.02 at 95 → 5,666.68 + 2,833.34 × 95% = 2,691.673 → 2,691.67 → 8,358.35.
    const payroll = computePayroll(SOURCE_SCHEME, [
      employee("li", 900_000),
      employee("wang", 900_001, 41),
      employee("zhao", 850_002, 50),
    ])._unsafeUnwrap();
    expect(
      payroll.lines.map((l) => [l.employeeId, l.base.amount, l.performancePay.amount, l.net.amount]),
    ).toEqual([
      ["li", 600_000, 270_000, 870_000],
      ["wang", 600_001, 258_000, 858_001],
      ["zhao", 566_668, 269_167, 835_835],
    ]);
    expect(payroll.totals.total).toEqual(CNY(2_650_003));
    expect(payroll.totals.base.amount + payroll.totals.performancePart.amount).toBe(2_650_003);
    expect(payroll.totals.net).toEqual(CNY(870_000 + 858_001 + 835_835));
    expect(payroll.lines[2]?.score.score).toEqual(r(95));
  });

  it("invalid_input: not an array, empty, a malformed employee (path prefixed with the index)", () => {
    expect(computePayroll(SOURCE_SCHEME, {})._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(computePayroll(SOURCE_SCHEME, [])._unsafeUnwrapErr().code).toBe("invalid_input");
    const error = computePayroll(SOURCE_SCHEME, [employee("li", 1), { id: "x" }])._unsafeUnwrapErr();
    expect(error.code === "invalid_input" && error.issues[0].path[0]).toBe(1);
  });

  it("employee errors keep their code with the index in front of the path", () => {
    const bad = { ...employee("li", 1), ratings: [{ group: "sales", rater: "x", points: 1 }] };
    expect(computePayroll(SOURCE_SCHEME, [bad])._unsafeUnwrapErr()).toMatchObject({
      code: "unknown_group",
      path: [0, "ratings", 0, "group"],
    });
  });

  it("too_many_employees", () => {
    expect(computePayroll(SOURCE_SCHEME, new Array(100_001).fill(null))._unsafeUnwrapErr().code).toBe(
      "too_many_employees",
    );
  });

  it("duplicate_employee_id", () => {
    expect(
      computePayroll(SOURCE_SCHEME, [employee("li", 1), employee("li", 2)])._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "duplicate_employee_id",
      path: [1, "id"],
    });
  });

  it("currency_mismatch", () => {
    const usd = { ...employee("sam", 1), total: { amount: 1, currency: "USD" } };
    expect(computePayroll(SOURCE_SCHEME, [employee("li", 1), usd])._unsafeUnwrapErr()).toMatchObject({
      code: "currency_mismatch",
      path: [1, "total", "currency"],
    });
  });

  it("amount_out_of_range: column sums past 2^53", () => {
    const big = Math.floor(Number.MAX_SAFE_INTEGER / 2) + 1;
    expect(
      computePayroll(SOURCE_SCHEME, [employee("a", big), employee("b", big)])._unsafeUnwrapErr().code,
    ).toBe("amount_out_of_range");
  });
});

describe("allocateBonusPool", () => {
  it("splits by score with largest remainders: 1,000.00 by 90 : 80 : 70", () => {
    // 100000 × 90/240 = 37500; × 80/240 = 33333.33; × 70/240 = 29166.67 → leftover fen to the last.
    const shares = allocateBonusPool({
      pool: CNY(100_000),
      members: [
        { id: "li", score: 90 },
        { id: "wang", score: 80 },
        { id: "zhao", score: 70 },
      ],
    })._unsafeUnwrap();
    expect(shares.map((s) => [s.id, s.basis, s.amount.amount])).toEqual([
      ["li", r(90), 37_500],
      ["wang", r(80), 33_333],
      ["zhao", r(70), 29_167],
    ]);
  });

  it("weights (e.g. days worked) multiply the score; members below minScore get nothing", () => {
    // bases: 90 × 20 = 1800, 80 × 10 = 800, 55 → below 60 → 0; 1000.00 × 1800/2600 = 692.307… → 69231.
    const shares = allocateBonusPool({
      pool: CNY(100_000),
      minScore: 60,
      members: [
        { id: "li", score: 90, weight: 20 },
        { id: "wang", score: 80, weight: 10 },
        { id: "zhao", score: 55, weight: 20 },
      ],
    })._unsafeUnwrap();
    expect(shares.map((s) => s.amount.amount)).toEqual([69_231, 30_769, 0]);
  });

  it("invalid_input: duplicate ids, negative pool, no members", () => {
    const member = { id: "li", score: 1 };
    expect(allocateBonusPool({ pool: CNY(1), members: [member, member] })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(allocateBonusPool({ pool: CNY(-1), members: [member] })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(allocateBonusPool({ pool: CNY(1), members: [] })._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  it("zero_pool_shares", () => {
    const members = [{ id: "li", score: 0 }];
    expect(allocateBonusPool({ pool: CNY(1), members })._unsafeUnwrapErr().code).toBe("zero_pool_shares");
  });
});

describe("allocateBonusPool with exact scores", () => {
  it("takes a KpiScore's rational score as it is: 268/3 and 80 → 1,000.00 split 67 : 60", () => {
    // 268/3 : 80 = 268 : 240 = 67 : 60 → 100000 × 67/127 = 52755.9 → 52756; 47244.09 → 47244.
    const shares = allocateBonusPool({
      pool: CNY(100_000),
      members: [
        { id: "li", score: r(268, 3) },
        { id: "wang", score: 80 },
      ],
    })._unsafeUnwrap();
    expect(shares.map((s) => s.amount.amount)).toEqual([52_756, 47_244]);
  });
});
