import { err, ok, type Result } from "neverthrow";
import { gcd } from "../_internal/gcd.js";
import { parseRational, type Rational } from "../rational.js";
import type { Money, MoneyError } from "./money.js";

/** At most this many parts in one allocation. */
const MAX_PARTS = 100_000;

/**
 * Splits an amount by ratios with the largest-remainder (Hamilton) method, so the parts always
 * add up to the whole: each part is its exact share rounded down to the minor unit, and the
 * leftover units go one each to the parts with the largest remainders (ties: the earlier part).
 * Every part differs from its exact share by less than one minor unit. A negative amount is
 * split as its absolute value, then negated.
 *
 * @param value - the amount to split.
 * @param ratios - 1 to 100,000 non-negative ratios, not all zero: numbers (taken as the decimal
 *   they print as), decimal or fraction strings, or rationals. `[2, 1]` is the 2/3 : 1/3 pay split.
 * @returns `Ok` with one part per ratio, or `Err` with code `invalid_ratios`.
 * @example
 * ```ts
 * allocateMoney({ amount: 100, currency: "CNY" }, [1, 1, 1]); // 34, 33, 33 fen
 * ```
 * @category Money
 * @since 0.1.0
 */
export function allocateMoney(
  value: Money,
  ratios: readonly (number | string | Rational)[],
): Result<Money[], MoneyError> {
  const fail = (message: string) => err<never, MoneyError>({ code: "invalid_ratios", message });
  if (ratios.length === 0 || ratios.length > MAX_PARTS) return fail(`expected 1 to ${MAX_PARTS} ratios`);
  const exact: Rational[] = [];
  for (const [index, input] of ratios.entries()) {
    const parsed = parseRational(input);
    if (parsed.isErr()) return fail(`ratio ${index} is not a number: ${parsed.error.message}`);
    if (parsed.value.num < 0n) return fail(`ratio ${index} is negative`);
    exact.push(parsed.value);
  }
  // Scale every ratio to a common denominator, so shares are integer quotients.
  const common = exact.reduce((acc, r) => (acc * r.den) / gcd(acc, r.den), 1n);
  const weights = exact.map((r) => (r.num * common) / r.den);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0n);
  if (totalWeight === 0n) return fail("the ratios are all zero");
  const whole = BigInt(Math.abs(value.amount));
  const floors = weights.map((w) => (whole * w) / totalWeight);
  let leftover = whole - floors.reduce((sum, f) => sum + f, 0n);
  const byRemainder = weights
    .map((w, index) => ({ index, remainder: (whole * w) % totalWeight }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  const sign = value.amount < 0 ? -1 : 1;
  return ok(parts.map((part) => ({ amount: sign * Number(part) + 0, currency: value.currency })));
}
