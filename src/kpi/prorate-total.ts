import type { Result } from "neverthrow";
import { z } from "zod";
import { type Money, MoneySchema } from "../core/money/money.js";
import type { Rational } from "../core/rational.js";
import { parseWithSchema } from "../core/result.js";
import { prorated, prorationFactor } from "./_internal/proration.js";
import { ProrationSchema } from "./employee-schema.js";
import type { KpiEmployeeError } from "./errors.js";

const InputSchema = z.strictObject({
  total: MoneySchema.refine((m) => m.amount >= 0, "The monthly total cannot be negative"),
  proration: ProrationSchema,
  rounding: z.enum(["halfUp", "halfEven"]).default("halfUp"),
});

/**
 * Prorates a monthly total for a partial period, rounding once to the minor unit. `cn_21_75`
 * pays `min(1, paidDays / 21.75)` of the month (21.75 = (365 − 104) / 12, the mainland-China paid
 * days per month); `calendar_days` pays `days / daysInPeriod`.
 *
 * @param input - `{ total, proration, rounding? }`: the monthly total, a proration and the
 *   rounding mode (`"halfUp"` default, or `"halfEven"`).
 * @returns `Ok` with the prorated total and the exact factor, or `Err` with code `invalid_input`
 *   or `proration_out_of_range` (more days worked than the period has).
 * @example
 * ```ts
 * prorateTotal({
 *   total: { amount: 900000, currency: "CNY" },
 *   proration: { method: "cn_21_75", paidDays: 10 },
 * })._unsafeUnwrap().total; // { amount: 413793, currency: "CNY" } — 9000 × 10 / 21.75
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function prorateTotal(input: unknown): Result<{ total: Money; factor: Rational }, KpiEmployeeError> {
  return parseWithSchema(InputSchema, input)
    .mapErr((error): KpiEmployeeError => error)
    .andThen(({ total, proration, rounding }) =>
      prorationFactor(proration).map((factor) => ({ total: prorated(total, factor, rounding), factor })),
    );
}
