import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";

/**
 * Why a care-rules definition was refused by `parseCareRules`: `invalid_input` (shape: unknown
 * keys, a bad zone, date, channel or festival, too many entries), `duplicate_rule_id` (two rules
 * with one id) or `empty_window` (a window whose `from` is after its `to`), each with its `path`.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareRulesError =
  | InvalidInputError
  | KefuErrorShape<"duplicate_rule_id">
  | KefuErrorShape<"empty_window">;

/**
 * Why a lunar date or festival could not be computed: `invalid_input` (not a known festival, not
 * integers), `year_out_of_range` (outside 1901–2099) or `no_such_lunar_date` (a leap month the
 * year does not have, or day 30 of a 29-day month).
 *
 * @category Care
 * @since 0.1.0
 */
export type LunarDateError =
  | InvalidInputError
  | KefuErrorShape<"year_out_of_range">
  | KefuErrorShape<"no_such_lunar_date">;

/**
 * Why `planCare` could not plan: `invalid_input` (range, events, due dates or options of the
 * wrong shape), `range_reversed` (`from` after `to`), `range_too_long` (over 1,100 days),
 * `year_out_of_range` (a range outside 1901–2099, or with a calendar outside 1971–2198),
 * `too_many_customers`, `duplicate_customer_id`, `unknown_customer` or `unknown_unit` (an event
 * or due date naming a customer or unit not in the list), each with its `path` where it applies.
 *
 * @category Care
 * @since 0.1.0
 */
export type CarePlanError =
  | InvalidInputError
  | KefuErrorShape<"range_reversed">
  | KefuErrorShape<"range_too_long">
  | KefuErrorShape<"year_out_of_range">
  | KefuErrorShape<"too_many_customers">
  | KefuErrorShape<"duplicate_customer_id">
  | KefuErrorShape<"unknown_customer">
  | KefuErrorShape<"unknown_unit">;

/**
 * Why `assessCare` could not assess a plan: `invalid_input` (touchpoints or `asOf` of the wrong
 * shape, over 1,000,000 touchpoints, a touchpoint with both or neither of `at` and `on`).
 *
 * @category Care
 * @since 0.1.0
 */
export type CareAssessmentError = InvalidInputError;

/**
 * Every error a `kefu/care` function can return.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareError = CareRulesError | LunarDateError | CarePlanError | CareAssessmentError;
