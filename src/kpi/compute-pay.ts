import type { Result } from "neverthrow";
import { parseWithSchema } from "../core/result.js";
import { payValidated } from "./_internal/pay.js";
import { EmployeePeriodSchema } from "./employee-schema.js";
import type { KpiEmployeeError } from "./errors.js";
import type { KpiScheme } from "./scheme.js";
import type { PayResult } from "./trace.js";

/**
 * One employee's pay for the period (绩效薪资): the total (prorated when asked) is split base :
 * performance (2 : 1 by default) by largest remainder in minor units; performance pay =
 * performance part × score% × multiplier, exact until one final rounding; money deductions come
 * off the performance pay, never below zero; net = base + what is left.
 *
 * @param scheme - a scheme from {@link parseKpiScheme}.
 * @param input - an {@link EmployeePeriodInput}-shaped value.
 * @returns `Ok` with the {@link PayResult} and its trace, or `Err` with code `invalid_input`,
 *   `unknown_group`, `duplicate_rater`, `rating_out_of_range`, `missing_group`, `no_ratings`,
 *   `missing_indicator`, `unknown_indicator`, `currency_mismatch`, `proration_out_of_range` or
 *   `amount_out_of_range`.
 * @example
 * ```ts
 * const pay = computePay(scheme, {
 *   id: "li-na",
 *   total: { amount: 900000, currency: "CNY" },
 *   ratings: [
 *     { group: "supervisor", rater: "chen", points: 45 },
 *     { group: "marketing", rater: "zhou", points: 18 },
 *     { group: "production", rater: "wu", points: 17 },
 *     { group: "peers", rater: "wang", points: 10 },
 *   ],
 * })._unsafeUnwrap();
 * pay.performancePay; // { amount: 270000, currency: "CNY" }
 * pay.net;            // { amount: 870000, currency: "CNY" }
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function computePay(scheme: KpiScheme, input: unknown): Result<PayResult, KpiEmployeeError> {
  return parseWithSchema(EmployeePeriodSchema, input)
    .mapErr((error): KpiEmployeeError => error)
    .andThen((employee) => payValidated(scheme, employee));
}
