import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { exactNumber, percentFraction } from "../../core/_internal/exact-number.js";
import { checkedAmount, type Money, MoneySchema } from "../../core/money/money.js";
import {
  addRational,
  divideRational,
  makeRational,
  multiplyRational,
  ONE,
  type Rational,
  roundRational,
  subtractRational,
} from "../../core/rational.js";
import { parseWithSchema } from "../../core/result.js";
import type { DeepReadonly } from "../../core/types.js";
import { PercentSchema } from "./_internal/fields.js";
import type { RetentionEconomicsError } from "./errors.js";

/**
 * The retention figures the source documents quote (a CRM training of a residential developer):
 * winning a new customer costs 8 times keeping one; a sale to a new customer succeeds 15% of the
 * time, to an existing one 50%; keeping 5% more customers adds 25% or more profit.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const RETENTION_FACTS = {
  acquisitionCostMultiple: 8,
  newCustomerSaleSuccessPercent: 15,
  existingCustomerSaleSuccessPercent: 50,
  retentionUpliftPercent: 5,
  profitUpliftPercent: 25,
} as const;

/**
 * zod schema of {@link compareRetentionEconomics}' input, strict; the rates default to
 * {@link RETENTION_FACTS}.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const RetentionComparisonInputSchema = z.strictObject({
  customers: z.int().min(0).max(1_000_000_000),
  retentionCost: MoneySchema,
  acquisitionCostMultiple: z.number().gt(0).max(1_000).default(RETENTION_FACTS.acquisitionCostMultiple),
  newSaleSuccess: PercentSchema.gt(0).default(RETENTION_FACTS.newCustomerSaleSuccessPercent),
  existingSaleSuccess: PercentSchema.gt(0).default(RETENTION_FACTS.existingCustomerSaleSuccessPercent),
});

/**
 * Input of {@link compareRetentionEconomics} as a host writes it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type RetentionComparisonInput = DeepReadonly<z.input<typeof RetentionComparisonInputSchema>>;

/**
 * Keeping `customers` existing customers versus winning as many new ones.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface RetentionComparison {
  /** `customers × retentionCost`. */
  readonly keepCost: Money;
  /** `customers × retentionCost × acquisitionCostMultiple`. */
  readonly winCost: Money;
  /** Expected sales from offering to the existing customers: `customers × existingSaleSuccess`. */
  readonly existingSales: Rational;
  /** Expected sales from offering to the new ones: `customers × newSaleSuccess`. */
  readonly newSales: Rational;
  /** `keepCost / existingSales`, rounded half-up (`null` with no customers). */
  readonly costPerExistingSale: Money | null;
  /** `winCost / newSales`, rounded half-up (`null` with no customers). */
  readonly costPerNewSale: Money | null;
}

const moneyOf = (exact: Rational, currency: Money["currency"]) =>
  checkedAmount(roundRational(exact), currency).mapErr(
    (e): RetentionEconomicsError => e as RetentionEconomicsError,
  );

/**
 * Compares keeping existing customers with winning new ones, using the source documents' rule of
 * thumb (cost 8×, sale success 15% vs 50%) or the host's own figures.
 *
 * @param input - a {@link RetentionComparisonInput}.
 * @returns `Ok` with the {@link RetentionComparison}, or `Err` with code `invalid_input` or
 *   `amount_out_of_range`.
 * @example
 * ```ts
 * const c = compareRetentionEconomics({ customers: 100, retentionCost: { amount: 50_000, currency: "CNY" } })._unsafeUnwrap();
 * c.costPerExistingSale; // { amount: 100_000, currency: "CNY" }  (100 × 500 / 50 = 1,000 yuan)
 * c.costPerNewSale;      // { amount: 2_666_667, currency: "CNY" } (100 × 4,000 / 15 = 26,666.67)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function compareRetentionEconomics(
  input: unknown,
): Result<RetentionComparison, RetentionEconomicsError> {
  return parseWithSchema(RetentionComparisonInputSchema, input)
    .mapErr((error): RetentionEconomicsError => error)
    .andThen((i) => {
      const n = makeRational(BigInt(i.customers), 1n);
      const keep = multiplyRational(n, makeRational(BigInt(i.retentionCost.amount), 1n));
      const win = multiplyRational(keep, exactNumber(i.acquisitionCostMultiple));
      const existingSales = multiplyRational(n, percentFraction(i.existingSaleSuccess));
      const newSales = multiplyRational(n, percentFraction(i.newSaleSuccess));
      const perSale = (cost: Rational, sales: Rational): Result<Money | null, RetentionEconomicsError> =>
        sales.num === 0n
          ? ok(null)
          : moneyOf(divideRational(cost, sales)._unsafeUnwrap(), i.retentionCost.currency);
      const currency = i.retentionCost.currency;
      return moneyOf(keep, currency).andThen((keepCost) =>
        moneyOf(win, currency).andThen((winCost) =>
          perSale(keep, existingSales).andThen((costPerExistingSale) =>
            perSale(win, newSales).map((costPerNewSale) => ({
              keepCost,
              winCost,
              existingSales,
              newSales,
              costPerExistingSale,
              costPerNewSale,
            })),
          ),
        ),
      );
    });
}

/**
 * zod schema of {@link estimateRetentionUplift}' input, strict: retention and discount rate per
 * period in percent, and the uplift in percentage points (default 5).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const RetentionUpliftInputSchema = z.strictObject({
  retention: PercentSchema,
  uplift: z.number().gt(0).max(100).default(RETENTION_FACTS.retentionUpliftPercent),
  discountRate: z.number().min(0).max(1_000).default(0),
});

/**
 * What a retention uplift is worth, per unit of margin per period.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface RetentionUplift {
  /** Lifetime value per unit of margin before: `(1+d) / (1+d−r)`. */
  readonly before: Rational;
  /** The same after the uplift: `(1+d) / (1+d−r−u)`. */
  readonly after: Rational;
  /** `after / before − 1`: the relative gain in lifetime profit. */
  readonly profitChange: Rational;
}

/**
 * The relative gain in lifetime profit from keeping more customers, on the unlimited-horizon
 * lifetime value `(1+d)/(1+d−r)`: `profitChange = (1+d−r) / (1+d−r−u) − 1`. With retention 85%,
 * a 10% discount rate and 5 more points of retention it is exactly +25% — the sources' figure.
 *
 * @param input - `{ retention, uplift?, discountRate? }` in percent.
 * @returns `Ok` with the {@link RetentionUplift}, or `Err` with code `invalid_input` or
 *   `lifetime_value_diverges` (retention after the uplift not below 1 + d).
 * @example
 * ```ts
 * const u = estimateRetentionUplift({ retention: 85, discountRate: 10 })._unsafeUnwrap();
 * u.profitChange; // { num: 1n, den: 4n }  (0.25 / 0.20 − 1)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function estimateRetentionUplift(input: unknown): Result<RetentionUplift, RetentionEconomicsError> {
  return parseWithSchema(RetentionUpliftInputSchema, input)
    .mapErr((error): RetentionEconomicsError => error)
    .andThen(({ retention, uplift, discountRate }): Result<RetentionUplift, RetentionEconomicsError> => {
      const growth = addRational(ONE, percentFraction(discountRate));
      const gapBefore = subtractRational(growth, percentFraction(retention));
      const gapAfter = subtractRational(gapBefore, percentFraction(uplift));
      if (gapAfter.num <= 0n) {
        return err({
          code: "lifetime_value_diverges",
          message: `Retention ${retention}% + ${uplift} points is not below 1 + the discount rate (${discountRate}%)`,
        });
      }
      const before = divideRational(growth, gapBefore)._unsafeUnwrap();
      const after = divideRational(growth, gapAfter)._unsafeUnwrap();
      return ok({
        before,
        after,
        profitChange: subtractRational(divideRational(after, before)._unsafeUnwrap(), ONE),
      });
    });
}
