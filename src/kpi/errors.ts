import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";

/**
 * Why a KPI scheme was refused by `parseKpiScheme`: malformed data (`invalid_input`), group weights
 * that do not add up to exactly 100 (`weights_not_100`), two groups or indicators with one id
 * (`duplicate_group_id`, `duplicate_indicator_id`), indicator bands not in strictly ascending order
 * (`bands_out_of_order`), or a score floor above the cap (`score_bounds_reversed`). Each carries
 * the `path` into the scheme.
 *
 * @category KPI
 * @since 0.1.0
 */
export type KpiSchemeError =
  | InvalidInputError
  | KefuErrorShape<"weights_not_100">
  | KefuErrorShape<"duplicate_group_id">
  | KefuErrorShape<"duplicate_indicator_id">
  | KefuErrorShape<"bands_out_of_order">
  | KefuErrorShape<"score_bounds_reversed">;

/**
 * Why one employee could not be scored or paid: malformed data (`invalid_input`), a rating for a
 * group the scheme does not have (`unknown_group`), a score above the group's points or above 100%
 * (`rating_out_of_range`), one rater twice in a group (`duplicate_rater`), a group with fewer raters
 * than it needs under the `error` rule (`missing_group`), no rated group at all under `renormalize`
 * (`no_ratings`), an indicator value the scheme needs but the input lacks (`missing_indicator`), a
 * custom value no indicator reads (`unknown_indicator`), money in another currency than the total
 * (`currency_mismatch`), proration days beyond the period (`proration_out_of_range`), or an amount
 * beyond the safe-integer range (`amount_out_of_range`). Each carries the `path` into the input.
 *
 * @category KPI
 * @since 0.1.0
 */
export type KpiEmployeeError =
  | InvalidInputError
  | KefuErrorShape<"unknown_group">
  | KefuErrorShape<"rating_out_of_range">
  | KefuErrorShape<"duplicate_rater">
  | (KefuErrorShape<"missing_group"> & {
      readonly groupId: string;
      readonly raters: number;
      readonly minRaters: number;
    })
  | KefuErrorShape<"no_ratings">
  | (KefuErrorShape<"missing_indicator"> & { readonly indicatorId: string })
  | KefuErrorShape<"unknown_indicator">
  | KefuErrorShape<"currency_mismatch">
  | KefuErrorShape<"proration_out_of_range">
  | KefuErrorShape<"amount_out_of_range">;

/**
 * Why a payroll batch was refused: not a non-empty array (`invalid_input`), more than 100,000
 * employees (`too_many_employees`), any {@link KpiEmployeeError} of one employee (its `path`
 * prefixed with the employee's index), two employees with one id (`duplicate_employee_id`),
 * employees paid in different currencies (`currency_mismatch`), or totals beyond the safe-integer
 * range (`amount_out_of_range`).
 *
 * @category KPI
 * @since 0.1.0
 */
export type PayrollError =
  | KpiEmployeeError
  | KefuErrorShape<"too_many_employees">
  | KefuErrorShape<"duplicate_employee_id">;

/**
 * Why a bonus pool could not be allocated: malformed data (`invalid_input`) or no member with a
 * positive share (`zero_pool_shares`).
 *
 * @category KPI
 * @since 0.1.0
 */
export type BonusPoolError = InvalidInputError | KefuErrorShape<"zero_pool_shares">;

/**
 * Why a contact-centre or staffing figure could not be computed: malformed data (`invalid_input`)
 * or no agent count up to 100,000 that meets the target (`staffing_out_of_range`).
 *
 * @category KPI
 * @since 0.1.0
 */
export type ContactCentreError = InvalidInputError | KefuErrorShape<"staffing_out_of_range">;

/**
 * Every error a `kefu/kpi` function can return.
 *
 * @category KPI
 * @since 0.1.0
 */
export type KpiError = KpiSchemeError | PayrollError | BonusPoolError | ContactCentreError;
