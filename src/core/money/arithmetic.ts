import { err, type Result } from "neverthrow";
import { type Rational, roundRational } from "../rational.js";
import type { RoundingMode } from "../rounding.js";
import { checkedAmount, type Money, type MoneyError, sameCurrency } from "./money.js";

/**
 * `a + b` in the same currency.
 *
 * @param a - left amount.
 * @param b - right amount.
 * @returns `Ok` with the sum, or `Err` with code `currency_mismatch` or `amount_out_of_range`.
 * @example
 * ```ts
 * addMoney(base, performance); // Ok(¥8,700.00)
 * ```
 * @category Money
 * @since 0.1.0
 */
export function addMoney(a: Money, b: Money): Result<Money, MoneyError> {
  return sameCurrency(a, b).andThen((currency) => checkedAmount(a.amount + b.amount, currency));
}

/**
 * `a − b` in the same currency (the result may be negative).
 *
 * @param a - left amount.
 * @param b - right amount.
 * @returns `Ok` with the difference, or `Err` with code `currency_mismatch` or `amount_out_of_range`.
 * @example
 * ```ts
 * subtractMoney(total, deduction);
 * ```
 * @category Money
 * @since 0.1.0
 */
export function subtractMoney(a: Money, b: Money): Result<Money, MoneyError> {
  return sameCurrency(a, b).andThen((currency) => checkedAmount(a.amount - b.amount, currency));
}

/**
 * `value × factor`, exact until one rounding to the minor unit.
 *
 * @param value - the amount.
 * @param factor - an exact ratio, e.g. a score of 9/10.
 * @param mode - rounding to the minor unit (default `"halfUp"`).
 * @returns `Ok` with the product, or `Err` with code `amount_out_of_range` or `invalid_ratios`
 *   (a hand-built factor with a zero denominator).
 * @example
 * ```ts
 * multiplyMoney(performancePart, { num: 9n, den: 10n }); // 90% of it
 * ```
 * @category Money
 * @since 0.1.0
 */
export function multiplyMoney(
  value: Money,
  factor: Rational,
  mode: RoundingMode = "halfUp",
): Result<Money, MoneyError> {
  if (factor.den === 0n) return err({ code: "invalid_ratios", message: "The factor has a zero denominator" });
  const product = roundRational({ num: BigInt(value.amount) * factor.num, den: factor.den }, mode);
  return checkedAmount(product, value.currency);
}

/**
 * Compares two amounts of the same currency.
 *
 * @param a - left amount.
 * @param b - right amount.
 * @returns `Ok(-1 | 0 | 1)`, or `Err` with code `currency_mismatch`.
 * @example
 * ```ts
 * compareMoney(a, b); // Ok(-1) when a < b
 * ```
 * @category Money
 * @since 0.1.0
 */
export function compareMoney(a: Money, b: Money): Result<-1 | 0 | 1, MoneyError> {
  return sameCurrency(a, b).map(() => (a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0));
}
