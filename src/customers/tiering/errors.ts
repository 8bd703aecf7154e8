import type { InvalidInputError, KefuErrorShape } from "../../core/errors.js";
import type { MoneyError } from "../../core/money/money.js";

/**
 * Problems with the customer records given to a tiering function: `too_many_customers` (over
 * 1,000,000) and `duplicate_customer_id` (with the `path` of the second record's id). A record of
 * the wrong shape is an `invalid_input` error listing the records at fault.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TieringRecordError =
  | InvalidInputError
  | KefuErrorShape<"too_many_customers">
  | KefuErrorShape<"duplicate_customer_id">;

/**
 * Why `classifyPareto` failed: a record problem, `negative_value` (a value below zero, `path` to
 * it), `value_total_too_large` (the values sum past `Number.MAX_SAFE_INTEGER`),
 * `class_count_mismatch` (classes ≠ cut-offs + 1), `cutoffs_not_increasing` or `duplicate_class`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type ParetoError =
  | TieringRecordError
  | KefuErrorShape<"negative_value">
  | KefuErrorShape<"value_total_too_large">
  | KefuErrorShape<"class_count_mismatch">
  | KefuErrorShape<"cutoffs_not_increasing">
  | KefuErrorShape<"duplicate_class">;

/**
 * Why `scoreRfm` failed: a record problem, or `invalid_score_range` (a segment rule's range with
 * `min > max` or beyond the number of bins; `path` to it).
 *
 * @category Tiering
 * @since 0.1.0
 */
export type RfmError = TieringRecordError | KefuErrorShape<"invalid_score_range">;

/**
 * Why `parseTierRules` refused a rule set: `invalid_input` (shape), `duplicate_rule_id`,
 * `unknown_tier` (a rule's tier is not among the declared `tiers`), `unknown_field` (a condition
 * on an undeclared field), `field_type_mismatch` (an operator or value that does not fit the
 * field's declared type), `unreachable_rule` (a rule after one without conditions) or
 * `rules_too_complex` (conditions nested deeper than 8 or more than 2,000 nodes). Each has a `path`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierRulesError =
  | InvalidInputError
  | KefuErrorShape<"duplicate_rule_id">
  | KefuErrorShape<"unknown_tier">
  | KefuErrorShape<"unknown_field">
  | KefuErrorShape<"field_type_mismatch">
  | KefuErrorShape<"unreachable_rule">
  | KefuErrorShape<"rules_too_complex">;

/**
 * Why a migration policy or a score series was refused: `invalid_input` (shape),
 * `duplicate_tier`, `thresholds_not_descending` (entry thresholds must fall from the first tier to
 * the last), `exit_above_entry` (a tier's exit threshold above its entry threshold), `unknown_tier`
 * (an initial tier the policy does not define) or `periods_out_of_order` (dates not strictly
 * increasing). Each has a `path`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierMigrationError =
  | InvalidInputError
  | KefuErrorShape<"duplicate_tier">
  | KefuErrorShape<"thresholds_not_descending">
  | KefuErrorShape<"exit_above_entry">
  | KefuErrorShape<"unknown_tier">
  | KefuErrorShape<"periods_out_of_order">;

/**
 * Why an entitlement table or look-up failed: `invalid_input` (shape) or `unknown_tier` (a tier
 * without entitlements and no `default`).
 *
 * @category Tiering
 * @since 0.1.0
 */
export type EntitlementError = InvalidInputError | KefuErrorShape<"unknown_tier">;

/**
 * Why a lifetime-value or retention-economics helper failed: `invalid_input` (shape, rates out of
 * range), `lifetime_value_diverges` (an unlimited horizon with retention ≥ 1 + discount rate),
 * `currency_mismatch` or `amount_out_of_range` (a result beyond a safe integer of minor units).
 *
 * @category Tiering
 * @since 0.1.0
 */
export type RetentionEconomicsError =
  | InvalidInputError
  | KefuErrorShape<"lifetime_value_diverges">
  | Extract<MoneyError, { readonly code: "currency_mismatch" | "amount_out_of_range" }>;

/**
 * Every error a tiering function of `kefu/customers` can return.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TieringError =
  | ParetoError
  | RfmError
  | TierRulesError
  | TierMigrationError
  | EntitlementError
  | RetentionEconomicsError;
