import { err, ok, type Result } from "neverthrow";
import { gcd } from "./_internal/gcd.js";
import type { KefuErrorShape } from "./errors.js";
import { type RoundingMode, roundQuotient } from "./rounding.js";

/**
 * An exact rational number `num / den` in lowest terms with `den > 0`. Scores and ratios that
 * feed money stay rational until one final rounding, so no floating-point drift reaches a payslip.
 *
 * @category Numbers
 * @since 0.1.0
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Errors of the rational constructors and division.
 *
 * @category Errors
 * @since 0.1.0
 */
export type RationalError =
  | (KefuErrorShape<"invalid_rational"> & { readonly input: unknown })
  | KefuErrorShape<"division_by_zero">;

/** What {@link parseRational} accepts. */
export type RationalInput = Rational | bigint | number | string;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;
const MAX_TEXT = 100;
const MAX_EXPONENT = 400;

/**
 * Normalises num/den to lowest terms with a positive denominator. A zero denominator can only
 * come from a hand-built value that skipped `ratio`/`parseRational`: a programming error.
 */
export function makeRational(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new Error("[kefu] rational with a zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num < 0n ? -num : num, den < 0n ? -den : den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/**
 * Zero, as a rational.
 *
 * @category Numbers
 * @since 0.1.0
 */
export const ZERO: Rational = { num: 0n, den: 1n };

/**
 * One, as a rational.
 *
 * @category Numbers
 * @since 0.1.0
 */
export const ONE: Rational = { num: 1n, den: 1n };

/**
 * Builds an exact rational from untrusted input: a `Rational`, a `bigint`, a finite `number`
 * (taken as the decimal it prints as, so `0.1` is exactly 1/10), a decimal string (`"12.5"`,
 * `"-3e2"`) or a fraction string (`"2/3"`).
 *
 * @param input - the value; strings are at most 100 characters, exponents at most ±400.
 * @returns `Ok` with the value in lowest terms, or `Err` with code `invalid_rational`
 *   (NaN, Infinity, malformed text, wrong type) or `division_by_zero` (`"1/0"`, den 0).
 * @example
 * ```ts
 * parseRational("45/50"); // Ok({ num: 9n, den: 10n })
 * parseRational(0.1);     // Ok({ num: 1n, den: 10n })
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function parseRational(input: unknown): Result<Rational, RationalError> {
  const fail = (reason: string) =>
    err<never, RationalError>({ code: "invalid_rational", message: `Invalid rational: ${reason}`, input });
  if (typeof input === "bigint") return ok({ num: input, den: 1n });
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("not a finite number");
    return parseText(String(input), fail);
  }
  if (typeof input === "string") return parseText(input.trim(), fail);
  if (isRationalShape(input)) return ratio(input.num, input.den);
  return fail("expected a number, bigint, decimal or fraction string, or { num, den }");
}

function isRationalShape(input: unknown): input is Rational {
  return (
    typeof input === "object" &&
    input !== null &&
    typeof (input as Rational).num === "bigint" &&
    typeof (input as Rational).den === "bigint"
  );
}

function parseText(
  text: string,
  fail: (reason: string) => Result<never, RationalError>,
): Result<Rational, RationalError> {
  if (text.length > MAX_TEXT) return fail(`longer than ${MAX_TEXT} characters`);
  const fraction = FRACTION.exec(text);
  if (fraction !== null) return ratio(BigInt(fraction[1] ?? "0"), BigInt(fraction[2] ?? "1"));
  const decimal = DECIMAL.exec(text);
  if (decimal === null) return fail(`"${text.slice(0, 40)}" is not a decimal or a fraction`);
  const [, sign, whole = "0", fractionDigits = "", exponentText = "0"] = decimal;
  const exponent = Number(exponentText) - fractionDigits.length;
  if (Math.abs(exponent) > MAX_EXPONENT) return fail(`exponent beyond ±${MAX_EXPONENT}`);
  const digits = BigInt(`${sign === "-" ? "-" : ""}${whole}${fractionDigits}`);
  const scale = 10n ** BigInt(Math.abs(exponent));
  return ok(exponent >= 0 ? makeRational(digits * scale, 1n) : makeRational(digits, scale));
}

/**
 * The rational `num / den` from integers.
 *
 * @param num - numerator: a bigint or a safe integer.
 * @param den - denominator (default 1): a bigint or a safe integer, not zero.
 * @returns `Ok` in lowest terms, or `Err` with code `division_by_zero` or `invalid_rational`
 *   (a number that is not a safe integer).
 * @example
 * ```ts
 * ratio(2, 3); // Ok({ num: 2n, den: 3n })
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function ratio(num: bigint | number, den: bigint | number = 1n): Result<Rational, RationalError> {
  for (const part of [num, den]) {
    if (typeof part === "number" && !Number.isSafeInteger(part)) {
      return err({
        code: "invalid_rational",
        message: `Invalid rational: ${part} is not a safe integer`,
        input: part,
      });
    }
  }
  const d = BigInt(den);
  if (d === 0n)
    return err({ code: "division_by_zero", message: "A rational cannot have a zero denominator" });
  return ok(makeRational(BigInt(num), d));
}

/**
 * `a + b`, exactly.
 *
 * @param a - left operand.
 * @param b - right operand.
 * @returns the sum in lowest terms.
 * @example
 * ```ts
 * addRational(ONE, ONE); // { num: 2n, den: 1n }
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function addRational(a: Rational, b: Rational): Rational {
  return makeRational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * `a − b`, exactly.
 *
 * @param a - left operand.
 * @param b - right operand.
 * @returns the difference in lowest terms.
 * @example
 * ```ts
 * subtractRational(ONE, ONE); // ZERO
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function subtractRational(a: Rational, b: Rational): Rational {
  return makeRational(a.num * b.den - b.num * a.den, a.den * b.den);
}

/**
 * `a × b`, exactly.
 *
 * @param a - left operand.
 * @param b - right operand.
 * @returns the product in lowest terms.
 * @example
 * ```ts
 * multiplyRational(half, half); // 1/4
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function multiplyRational(a: Rational, b: Rational): Rational {
  return makeRational(a.num * b.num, a.den * b.den);
}

/**
 * `a ÷ b`, exactly.
 *
 * @param a - dividend.
 * @param b - divisor.
 * @returns `Ok` with the quotient, or `Err` with code `division_by_zero` when `b` is zero.
 * @example
 * ```ts
 * divideRational(ONE, two); // Ok(1/2)
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function divideRational(a: Rational, b: Rational): Result<Rational, RationalError> {
  if (b.num === 0n) return err({ code: "division_by_zero", message: "Division by zero" });
  return ok(makeRational(a.num * b.den, a.den * b.num));
}

/**
 * `−a`.
 *
 * @param a - the value.
 * @returns its negation.
 * @example
 * ```ts
 * negateRational(ONE); // -1
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function negateRational(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/**
 * Compares two rationals.
 *
 * @param a - left operand.
 * @param b - right operand.
 * @returns `-1` if `a < b`, `0` if equal, `1` if `a > b`.
 * @example
 * ```ts
 * compareRational(ZERO, ONE); // -1
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
  const [x, y] = [makeRational(a.num, a.den), makeRational(b.num, b.den)];
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Rounds a rational to an integer: the one final rounding of a calculation.
 *
 * @param value - the exact value.
 * @param mode - the rounding mode (default `"halfUp"`).
 * @returns the rounded integer as a bigint.
 * @example
 * ```ts
 * roundRational(parseRational("2.5")._unsafeUnwrap(), "halfEven"); // 2n
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function roundRational(value: Rational, mode: RoundingMode = "halfUp"): bigint {
  const { num, den } = makeRational(value.num, value.den);
  return roundQuotient(num, den, mode);
}

/**
 * Writes a rational as a decimal string with a fixed number of places.
 *
 * @param value - the exact value.
 * @param places - digits after the point, 0–20.
 * @param mode - the rounding mode for the last digit (default `"halfUp"`).
 * @returns e.g. `"66.67"` for 200/3 at 2 places.
 * @example
 * ```ts
 * formatRational(twoThirds, 4); // "0.6667"
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function formatRational(value: Rational, places: number, mode: RoundingMode = "halfUp"): string {
  const digits = Math.min(20, Math.max(0, Math.trunc(places) || 0));
  const { num, den } = makeRational(value.num, value.den);
  const scaled = roundQuotient(num * 10n ** BigInt(digits), den, mode);
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/**
 * The nearest `number` to a rational, for display and charts, never for money.
 *
 * @param value - the exact value.
 * @returns a finite number (clamped to ±`Number.MAX_VALUE`; 20 decimal places at most).
 * @example
 * ```ts
 * rationalToNumber(twoThirds); // 0.6666666666666666
 * ```
 * @category Numbers
 * @since 0.1.0
 */
export function rationalToNumber(value: Rational): number {
  const nearest = Number(formatRational(value, 20));
  return Number.isFinite(nearest) ? nearest : Math.sign(nearest) * Number.MAX_VALUE;
}
