import { fc, test } from "@fast-check/vitest";
import {
  addMoney,
  allocateMoney,
  CURRENCY_EXPONENTS,
  compareMoney,
  formatMoney,
  type Money,
  money,
  moneyFromDecimal,
  moneyToDecimal,
  multiplyMoney,
  parseMoney,
  parseRational,
  ratio,
  subtractMoney,
} from "kefu/core";
import { describe, expect, it } from "vitest";

const cny = (amount: number): Money => ({ amount, currency: "CNY" });

describe("constructing money", () => {
  it("builds from minor units and from decimals", () => {
    expect(money(900000, "CNY")._unsafeUnwrap()).toEqual(cny(900000));
    expect(moneyFromDecimal("9000.00", "CNY")._unsafeUnwrap()).toEqual(cny(900000));
    expect(moneyFromDecimal("9000.5", "CNY")._unsafeUnwrap()).toEqual(cny(900050));
    expect(moneyFromDecimal("-0.05", "CNY")._unsafeUnwrap()).toEqual(cny(-5));
    expect(moneyFromDecimal("1500", "JPY")._unsafeUnwrap()).toEqual({ amount: 1500, currency: "JPY" });
  });

  it("knows the ISO-4217 exponents", () => {
    expect(CURRENCY_EXPONENTS).toMatchObject({
      CNY: 2,
      USD: 2,
      EUR: 2,
      GBP: 2,
      JPY: 0,
      HKD: 2,
      KRW: 0,
      SGD: 2,
    });
  });

  it("rejects unknown currencies, bad amounts and out-of-range values", () => {
    expect(money(1, "XYZ")._unsafeUnwrapErr().code).toBe("unknown_currency");
    expect(moneyFromDecimal("1", "cny")._unsafeUnwrapErr().code).toBe("unknown_currency");
    expect(money(0.5, "CNY")._unsafeUnwrapErr().code).toBe("amount_out_of_range");
    expect(money(2 ** 53, "CNY")._unsafeUnwrapErr().code).toBe("amount_out_of_range");
    expect(money(Number.NaN, "CNY")._unsafeUnwrapErr().code).toBe("amount_out_of_range");
    expect(moneyFromDecimal("1.005", "CNY")._unsafeUnwrapErr().code).toBe("invalid_amount");
    expect(moneyFromDecimal("1.5", "JPY")._unsafeUnwrapErr().code).toBe("invalid_amount");
    expect(moneyFromDecimal("1,000", "CNY")._unsafeUnwrapErr().code).toBe("invalid_amount");
    expect(moneyFromDecimal("99999999999999999999", "CNY")._unsafeUnwrapErr().code).toBe(
      "amount_out_of_range",
    );
  });

  it("validates untrusted money strictly", () => {
    expect(parseMoney({ amount: 5, currency: "USD" })._unsafeUnwrap()).toEqual({
      amount: 5,
      currency: "USD",
    });
    const error = parseMoney({ amount: 1.5, currency: "CNY", note: "x" })._unsafeUnwrapErr();
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((issue) => issue.code).sort()).toEqual(["invalid_type", "unrecognized_keys"]);
  });

  test.prop([fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })])(
    "decimal text round-trips",
    (amount) => {
      for (const currency of ["CNY", "JPY"] as const) {
        const value = { amount, currency };
        expect(moneyFromDecimal(moneyToDecimal(value), currency)._unsafeUnwrap()).toEqual(value);
      }
    },
  );
});

describe("money arithmetic", () => {
  it("adds, subtracts and compares in one currency", () => {
    expect(addMoney(cny(600000), cny(270000))._unsafeUnwrap()).toEqual(cny(870000));
    expect(subtractMoney(cny(100), cny(250))._unsafeUnwrap()).toEqual(cny(-150));
    expect(compareMoney(cny(1), cny(2))._unsafeUnwrap()).toBe(-1);
    expect(compareMoney(cny(2), cny(2))._unsafeUnwrap()).toBe(0);
  });

  it("refuses to mix currencies", () => {
    const usd: Money = { amount: 1, currency: "USD" };
    expect(addMoney(cny(1), usd)._unsafeUnwrapErr().code).toBe("currency_mismatch");
    expect(subtractMoney(cny(1), usd)._unsafeUnwrapErr().code).toBe("currency_mismatch");
    expect(compareMoney(cny(1), usd)._unsafeUnwrapErr().code).toBe("currency_mismatch");
  });

  it("refuses results that are not safe integers", () => {
    expect(addMoney(cny(Number.MAX_SAFE_INTEGER), cny(1))._unsafeUnwrapErr().code).toBe(
      "amount_out_of_range",
    );
    expect(
      multiplyMoney(cny(Number.MAX_SAFE_INTEGER), ratio(2)._unsafeUnwrap())._unsafeUnwrapErr().code,
    ).toBe("amount_out_of_range");
  });

  it("multiplies by an exact ratio with one rounding", () => {
    const ninety = parseRational("90/100")._unsafeUnwrap();
    expect(multiplyMoney(cny(300000), ninety)._unsafeUnwrap()).toEqual(cny(270000));
    expect(multiplyMoney(cny(5), ratio(1, 2)._unsafeUnwrap())._unsafeUnwrap()).toEqual(cny(3));
    expect(multiplyMoney(cny(5), ratio(1, 2)._unsafeUnwrap(), "halfEven")._unsafeUnwrap()).toEqual(cny(2));
    expect(multiplyMoney(cny(-5), ratio(1, 2)._unsafeUnwrap())._unsafeUnwrap()).toEqual(cny(-3));
    expect(multiplyMoney(cny(-5), ratio(1, 2)._unsafeUnwrap(), "floor")._unsafeUnwrap()).toEqual(cny(-3));
    expect(multiplyMoney(cny(-5), ratio(1, 2)._unsafeUnwrap(), "ceil")._unsafeUnwrap()).toEqual(cny(-2));
  });
});

describe("allocateMoney (largest remainder)", () => {
  it("splits pay 2/3 : 1/3", () => {
    expect(allocateMoney(cny(900000), [2, 1])._unsafeUnwrap()).toEqual([cny(600000), cny(300000)]);
    expect(allocateMoney(cny(100), [2, 1])._unsafeUnwrap()).toEqual([cny(67), cny(33)]);
  });

  it("gives leftover units to the largest remainders, ties to the earlier part", () => {
    expect(allocateMoney(cny(100), [1, 1, 1])._unsafeUnwrap()).toEqual([cny(34), cny(33), cny(33)]);
    expect(allocateMoney(cny(10), ["0.3", "0.3", "0.4"])._unsafeUnwrap()).toEqual([cny(3), cny(3), cny(4)]);
    expect(allocateMoney(cny(5), [1, 0, 1])._unsafeUnwrap()).toEqual([cny(3), cny(0), cny(2)]);
    expect(allocateMoney(cny(-100), [1, 1, 1])._unsafeUnwrap()).toEqual([cny(-34), cny(-33), cny(-33)]);
  });

  it.each([[[]], [[-1, 2]], [[0, 0]], [[Number.NaN]], [["x"]]])("rejects ratios %j", (ratios) => {
    expect(allocateMoney(cny(100), ratios)._unsafeUnwrapErr().code).toBe("invalid_ratios");
  });

  test.prop([
    fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
    fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 })
      .filter((a) => a.some((x) => x > 0)),
  ])("parts sum to the whole and each is within one unit of its exact share", (amount, ratios) => {
    const parts = allocateMoney(cny(amount), ratios)._unsafeUnwrap();
    expect(parts.reduce((sum, part) => sum + part.amount, 0)).toBe(amount);
    const total = ratios.reduce((sum, x) => sum + x, 0);
    parts.forEach((part, index) => {
      // |part − amount·ratio/total| < 1  ⇔  |part·total − amount·ratio| < total, in exact integers
      const gap = BigInt(part.amount) * BigInt(total) - BigInt(amount) * BigInt(ratios[index] ?? 0);
      expect(gap < 0n ? -gap : gap).toBeLessThan(BigInt(total));
    });
  });
});

describe("formatMoney", () => {
  it("formats zh-CN and en from the exact decimal", () => {
    expect(formatMoney(cny(870000), "zh-CN")._unsafeUnwrap()).toBe("¥8,700.00");
    expect(formatMoney(cny(870000))._unsafeUnwrap()).toBe("¥8,700.00");
    expect(formatMoney(cny(870000), "en")._unsafeUnwrap()).toBe("CN¥8,700.00");
    expect(formatMoney({ amount: 1500, currency: "JPY" }, "en")._unsafeUnwrap()).toBe("¥1,500");
    expect(formatMoney({ amount: 9007199254740991, currency: "USD" }, "en")._unsafeUnwrap()).toBe(
      "$90,071,992,547,409.91",
    );
  });

  it("reports a bad locale", () => {
    expect(formatMoney(cny(1), "not a locale!")._unsafeUnwrapErr().code).toBe("invalid_locale");
  });
});

describe("multiplyMoney with a hand-built factor", () => {
  it("refuses a zero denominator and normalises a negative one", () => {
    expect(multiplyMoney(cny(100), { num: 1n, den: 0n })._unsafeUnwrapErr().code).toBe("invalid_ratios");
    expect(multiplyMoney(cny(100), { num: 1n, den: -2n })._unsafeUnwrap()).toEqual(cny(-50));
  });
});
