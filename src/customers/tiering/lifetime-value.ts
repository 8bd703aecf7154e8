import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { percentFraction } from "../../core/_internal/exact-number.js";
import { multiplyMoney, subtractMoney } from "../../core/money/arithmetic.js";
import { type Money, MoneySchema, sameCurrency } from "../../core/money/money.js";
import {
  addRational,
  divideRational,
  makeRational,
  multiplyRational,
  ONE,
  type Rational,
  subtractRational,
} from "../../core/rational.js";
import { parseWithSchema } from "../../core/result.js";
import { ROUNDING_MODES } from "../../core/rounding.js";
import type { DeepReadonly } from "../../core/types.js";
import { PercentSchema } from "./_internal/fields.js";
import type { RetentionEconomicsError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";

/**
 * zod schema of the lifetime-value input, strict: the margin a customer brings per period, the
 * retention rate and discount rate per period in percent, the horizon (`periods`; omit for an
 * unlimited horizon), an optional acquisition cost, and the rounding of the one final rounding.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const LifetimeValueInputSchema = z.strictObject({
  margin: MoneySchema,
  retention: PercentSchema,
  discountRate: z.number().min(0).max(1_000).default(0),
  periods: z.int().min(1).max(TIERING_LIMITS.lifetimePeriods).optional(),
  acquisitionCost: MoneySchema.optional(),
  rounding: z.enum(ROUNDING_MODES).default("halfUp"),
});

/**
 * Lifetime-value input as a host writes it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type LifetimeValueInput = DeepReadonly<z.input<typeof LifetimeValueInputSchema>>;

/**
 * A customer lifetime value: rounded money, the exact value, and the multiple of one period's margin.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface LifetimeValue {
  /** The lifetime value, rounded once to the minor unit. */
  readonly value: Money;
  /** The exact value in minor units. */
  readonly exact: Rational;
  /** `value / margin`: the expected number of discounted periods, Σ (r / (1 + d))^t. */
  readonly multiple: Rational;
  /** `value − acquisitionCost` when a cost was given, else `null`. */
  readonly net: Money | null;
}

/** Σ_{t=0}^{T−1} q^t, or 1 / (1 − q) for an unlimited horizon (q < 1 checked by the caller). */
function discountedPeriods(q: Rational, periods: number | undefined): Rational {
  if (periods === undefined) return divideRational(ONE, subtractRational(ONE, q))._unsafeUnwrap();
  if (q.num === q.den) return makeRational(BigInt(periods), 1n);
  const qT = makeRational(q.num ** BigInt(periods), q.den ** BigInt(periods));
  return divideRational(subtractRational(ONE, qT), subtractRational(ONE, q))._unsafeUnwrap();
}

/**
 * The customer lifetime value (CLV) of a margin `m` earned at the start of every period the
 * customer stays, with retention `r` and discount rate `d` per period:
 * `CLV = m · Σ_{t=0}^{T−1} (r / (1+d))^t`, and for an unlimited horizon `m · (1+d) / (1+d−r)`.
 * Exact rationals until one final rounding.
 *
 * @param input - a {@link LifetimeValueInput}.
 * @returns `Ok` with the {@link LifetimeValue}, or `Err` with code `invalid_input`,
 *   `lifetime_value_diverges` (unlimited horizon with r ≥ 1 + d), `currency_mismatch` (margin and
 *   acquisition cost) or `amount_out_of_range`.
 * @example
 * ```ts
 * const clv = computeLifetimeValue({
 *   margin: { amount: 300_000, currency: "CNY" }, retention: 80, discountRate: 10,
 * })._unsafeUnwrap();
 * clv.value; // { amount: 1_100_000, currency: "CNY" }  (3000 × 1.1 / 0.3 = 11,000 yuan)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function computeLifetimeValue(input: unknown): Result<LifetimeValue, RetentionEconomicsError> {
  return parseWithSchema(LifetimeValueInputSchema, input)
    .mapErr((error): RetentionEconomicsError => error)
    .andThen(
      ({
        margin,
        retention,
        discountRate,
        periods,
        acquisitionCost,
        rounding,
      }): Result<LifetimeValue, RetentionEconomicsError> => {
        const growth = addRational(ONE, percentFraction(discountRate));
        const q = divideRational(percentFraction(retention), growth)._unsafeUnwrap();
        if (periods === undefined && q.num >= q.den) {
          return err({
            code: "lifetime_value_diverges",
            message: `Retention ${retention}% is not below 1 + the discount rate (${discountRate}%): an unlimited horizon has no finite value`,
          });
        }
        if (acquisitionCost !== undefined) {
          const mismatch = sameCurrency(margin, acquisitionCost);
          if (mismatch.isErr()) return err(mismatch.error as RetentionEconomicsError);
        }
        const multiple = discountedPeriods(q, periods);
        const exact = multiplyRational(makeRational(BigInt(margin.amount), 1n), multiple);
        return multiplyMoney(margin, multiple, rounding)
          .andThen((value) =>
            acquisitionCost === undefined
              ? ok({ value, exact, multiple, net: null })
              : subtractMoney(value, acquisitionCost).map((net) => ({ value, exact, multiple, net })),
          )
          .mapErr((error): RetentionEconomicsError => error as RetentionEconomicsError);
      },
    );
}
