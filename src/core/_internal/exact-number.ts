import { makeRational, parseRational, type Rational } from "../rational.js";

/** A validated finite number as the exact decimal it prints as: 0.1 → 1/10. */
export function exactNumber(value: number): Rational {
  const exact = parseRational(value);
  if (exact.isErr()) throw new Error("[kefu] a validated number is not a rational");
  return exact.value;
}

/** A validated percentage as an exact fraction of 1: 15 → 3/20. */
export function percentFraction(percent: number): Rational {
  const { num, den } = exactNumber(percent);
  return makeRational(num, den * 100n);
}
