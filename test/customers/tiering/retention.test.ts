import {
  compareRetentionEconomics,
  computeLifetimeValue,
  estimateRetentionUplift,
  RETENTION_FACTS,
} from "kefu/customers";
import { describe, expect, it } from "vitest";

const CNY = (amount: number) => ({ amount, currency: "CNY" as const });

describe("computeLifetimeValue", () => {
  it("unlimited horizon: m · (1+d) / (1+d−r)", () => {
    // 3,000 yuan × 1.1 / (1.1 − 0.8) = 11,000 yuan; the multiple is 11/3.
    const clv = computeLifetimeValue({
      margin: CNY(300_000),
      retention: 80,
      discountRate: 10,
    })._unsafeUnwrap();
    expect(clv.value).toEqual(CNY(1_100_000));
    expect(clv.multiple).toEqual({ num: 11n, den: 3n });
    expect(clv.net).toBeNull();
    // r = 100% with d = 10%: q = 10/11, multiple 11.
    expect(
      computeLifetimeValue({ margin: CNY(100), retention: 100, discountRate: 10 })._unsafeUnwrap().value,
    ).toEqual(CNY(1_100));
  });

  it("finite horizon: m · Σ_{t<T} q^t, one final rounding", () => {
    // q = 0.8 / 1.1 = 8/11; 1 + 8/11 + 64/121 = 273/121; 300,000 × 273/121 = 676,859.504… → 676,860.
    const three = computeLifetimeValue({ margin: CNY(300_000), retention: 80, discountRate: 10, periods: 3 });
    expect(three._unsafeUnwrap().value).toEqual(CNY(676_860));
    expect(three._unsafeUnwrap().exact).toEqual({ num: 81_900_000n, den: 121n });
    const floor = computeLifetimeValue({
      margin: CNY(300_000),
      retention: 80,
      discountRate: 10,
      periods: 3,
      rounding: "floor",
    });
    expect(floor._unsafeUnwrap().value).toEqual(CNY(676_859));
    // q = 1: T periods of margin.
    expect(
      computeLifetimeValue({ margin: CNY(300_000), retention: 100, periods: 5 })._unsafeUnwrap().value,
    ).toEqual(CNY(1_500_000));
  });

  it("net of an acquisition cost", () => {
    const clv = computeLifetimeValue({
      margin: CNY(300_000),
      retention: 80,
      discountRate: 10,
      acquisitionCost: CNY(400_000),
    });
    expect(clv._unsafeUnwrap().net).toEqual(CNY(700_000));
  });

  it("errors", () => {
    expect(computeLifetimeValue({ margin: CNY(1), retention: 101 })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(computeLifetimeValue({ margin: CNY(1), retention: 100 })._unsafeUnwrapErr().code).toBe(
      "lifetime_value_diverges",
    );
    expect(
      computeLifetimeValue({
        margin: CNY(1),
        retention: 50,
        acquisitionCost: { amount: 1, currency: "USD" },
      })._unsafeUnwrapErr().code,
    ).toBe("currency_mismatch");
    expect(
      computeLifetimeValue({ margin: CNY(Number.MAX_SAFE_INTEGER), retention: 99 })._unsafeUnwrapErr().code,
    ).toBe("amount_out_of_range");
    expect(
      computeLifetimeValue({
        margin: CNY(1),
        retention: 0,
        acquisitionCost: CNY(Number.MIN_SAFE_INTEGER),
      })._unsafeUnwrapErr().code,
    ).toBe("amount_out_of_range");
  });
});

describe("compareRetentionEconomics", () => {
  it("the sources' figures: 8× the cost, 15% vs 50% success", () => {
    // Keep 100 customers at 500 yuan: 50,000 yuan; win 100 new: 400,000 yuan.
    // Sales: 50 from existing, 15 from new → 1,000 yuan vs 26,666.67 yuan per sale.
    const c = compareRetentionEconomics({ customers: 100, retentionCost: CNY(50_000) })._unsafeUnwrap();
    expect(c).toEqual({
      keepCost: CNY(5_000_000),
      winCost: CNY(40_000_000),
      existingSales: { num: 50n, den: 1n },
      newSales: { num: 15n, den: 1n },
      costPerExistingSale: CNY(100_000),
      costPerNewSale: CNY(2_666_667),
    });
    expect(RETENTION_FACTS.acquisitionCostMultiple).toBe(8);
  });

  it("host figures, no customers, errors", () => {
    const own = compareRetentionEconomics({
      customers: 10,
      retentionCost: CNY(100),
      acquisitionCostMultiple: 5.5,
      newSaleSuccess: 20,
      existingSaleSuccess: 40,
    })._unsafeUnwrap();
    // win = 10 × 100 × 5.5 = 5,500; new sales 2 → 2,750 per sale; existing 4 → 250.
    expect([own.winCost.amount, own.costPerNewSale?.amount, own.costPerExistingSale?.amount]).toEqual([
      5_500, 2_750, 250,
    ]);
    const none = compareRetentionEconomics({ customers: 0, retentionCost: CNY(100) })._unsafeUnwrap();
    expect([none.costPerExistingSale, none.costPerNewSale]).toEqual([null, null]);
    expect(compareRetentionEconomics({ customers: -1, retentionCost: CNY(1) })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(
      compareRetentionEconomics({
        customers: 1_000_000_000,
        retentionCost: CNY(Number.MAX_SAFE_INTEGER),
      })._unsafeUnwrapErr().code,
    ).toBe("amount_out_of_range");
  });
});

describe("estimateRetentionUplift", () => {
  it("+5 points of retention at 85% and a 10% discount rate: exactly +25% lifetime profit", () => {
    // before 1.1 / 0.25 = 22/5; after 1.1 / 0.20 = 11/2; 5.5 / 4.4 − 1 = 1/4.
    expect(estimateRetentionUplift({ retention: 85, discountRate: 10 })._unsafeUnwrap()).toEqual({
      before: { num: 22n, den: 5n },
      after: { num: 11n, den: 2n },
      profitChange: { num: 1n, den: 4n },
    });
    // At 80%: 0.30 / 0.25 − 1 = 1/5.
    expect(estimateRetentionUplift({ retention: 80, discountRate: 10 })._unsafeUnwrap().profitChange).toEqual(
      {
        num: 1n,
        den: 5n,
      },
    );
  });

  it("errors", () => {
    expect(estimateRetentionUplift({ retention: 95 })._unsafeUnwrapErr().code).toBe(
      "lifetime_value_diverges",
    );
    expect(estimateRetentionUplift({ retention: 50, uplift: 0 })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});
