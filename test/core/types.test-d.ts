import {
  type CoreError,
  type InvalidInputError,
  type Money,
  type MoneyError,
  parseInstant,
  parseLocalDate,
  parseMoney,
  parseRational,
  type Rational,
  type RoundingMode,
} from "kefu/core";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

describe("core types", () => {
  it("parse functions take unknown and return typed Results", () => {
    expectTypeOf(parseInstant).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseInstant(0)).toEqualTypeOf<Result<number, import("kefu/core").InvalidInstantError>>();
    expectTypeOf(parseLocalDate("x")).toEqualTypeOf<
      Result<string, import("kefu/core").InvalidLocalDateError>
    >();
    expectTypeOf(parseMoney({})).toEqualTypeOf<Result<Money, InvalidInputError>>();
    expectTypeOf(parseRational(1)).toMatchTypeOf<
      Result<Rational, { code: "invalid_rational" | "division_by_zero" }>
    >();
  });

  it("error codes are literal unions", () => {
    expectTypeOf<MoneyError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "unknown_currency"
      | "currency_mismatch"
      | "amount_out_of_range"
      | "invalid_amount"
      | "invalid_ratios"
      | "invalid_locale"
    >();
    expectTypeOf<CoreError["code"]>().toExtend<string>();
    expectTypeOf<RoundingMode>().toEqualTypeOf<"halfUp" | "halfEven" | "floor" | "ceil">();
  });

  it("values are readonly", () => {
    expectTypeOf<Money>().toEqualTypeOf<{ readonly amount: number; readonly currency: Money["currency"] }>();
    expectTypeOf<Rational["num"]>().toEqualTypeOf<bigint>();
  });
});
