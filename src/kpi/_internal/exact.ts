import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { schemaFromParser } from "../../core/_internal/refine.js";
import type { KefuErrorShape } from "../../core/errors.js";
import { makeRational, parseRational, type Rational } from "../../core/rational.js";

/** A rational from a bigint-free literal (internal constants only). */
export function q(num: number | bigint, den: number | bigint = 1): Rational {
  return makeRational(BigInt(num), BigInt(den));
}

/**
 * Compares two rationals built by kefu (positive denominators): one cross-multiplication, no
 * normalisation — the hot path of scoring.
 */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smaller of two rationals. */
export function minRational(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}

/** The larger of two rationals. */
export function maxRational(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}

/** Whether `a < b`. */
export function isLess(a: Rational, b: Rational): boolean {
  return cmp(a, b) < 0;
}

/** Rationals passed in as objects are limited like strings (60 digits), so no input can make arithmetic run away. */
const DIGIT_LIMIT = 10n ** 60n;

/** An exact value from untrusted input; safe integers take a fast path. */
function toRational(value: unknown): Result<Rational, KefuErrorShape> {
  if (typeof value === "number" && Number.isSafeInteger(value)) return ok({ num: BigInt(value), den: 1n });
  return parseRational(value).andThen((exact) =>
    exact.den < DIGIT_LIMIT && exact.num < DIGIT_LIMIT && -exact.num < DIGIT_LIMIT
      ? ok(exact)
      : err({ code: "number_out_of_range", message: "A rational with more than 60 digits" }),
  );
}

interface Bounds {
  readonly min: number;
  readonly max: number;
  /** When true, the minimum itself is not allowed. */
  readonly minExclusive?: boolean;
}

/**
 * An exact number in a schema: a finite `number` (taken as the decimal it prints as), a
 * decimal / fraction string such as `"12.5"` or `"100/3"`, or a {@link Rational} (a score), checked against bounds and output as
 * a {@link Rational}. A failure keeps its kefu code (`invalid_rational`, `number_out_of_range`).
 */
export function exactNumber(bounds: Bounds) {
  const low = parseRational(bounds.min)._unsafeUnwrap();
  const high = parseRational(bounds.max)._unsafeUnwrap();
  const lowText = `${bounds.minExclusive === true ? "greater than" : "at least"} ${bounds.min}`;
  return schemaFromParser(
    z.union([z.number(), z.string().max(60), z.strictObject({ num: z.bigint(), den: z.bigint() })]),
    (value) =>
      toRational(value).andThen((exact): Result<Rational, KefuErrorShape> => {
        const below = bounds.minExclusive === true ? !isLess(low, exact) : isLess(exact, low);
        if (!below && !isLess(high, exact)) return ok(exact);
        return err({
          code: "number_out_of_range",
          message: `Expected a number ${lowText} and at most ${bounds.max}`,
        });
      }),
  );
}
