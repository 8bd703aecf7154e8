import type { InputIssue, InvalidInputError, KefuErrorShape } from "../core/errors.js";

/**
 * Why `parseSurvey` refused a survey: `invalid_input` (shape), `duplicate_question_id`,
 * `duplicate_area_id`, `duplicate_option_id`, `unknown_area` (a question's area is not declared),
 * `unknown_overall_question` or `overall_not_numeric` (the overall question is a choice without
 * scores). Each conflict carries the `path` of the offending entry.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SurveyDefinitionError =
  | InvalidInputError
  | KefuErrorShape<"duplicate_question_id">
  | KefuErrorShape<"duplicate_area_id">
  | KefuErrorShape<"duplicate_option_id">
  | KefuErrorShape<"unknown_area">
  | KefuErrorShape<"unknown_overall_question">
  | KefuErrorShape<"overall_not_numeric">;

/**
 * The code of one reason a single response was rejected.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type ResponseRejectionCode =
  | "invalid_response"
  | "unknown_question"
  | "value_out_of_scale"
  | "missing_required_answer"
  | "duplicate_response_id"
  | "unknown_area";

/**
 * One reason a response was rejected: `invalid_response` (its shape: not an object, unknown
 * keys, a bad instant …, with the zod `issues`), `unknown_question`, `value_out_of_scale`,
 * `missing_required_answer`, `duplicate_response_id` or `unknown_area` (a cited reason area the
 * survey does not declare). `path` is relative to the response.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type ResponseRejectionReason =
  | (KefuErrorShape<"invalid_response"> & { readonly issues: readonly [InputIssue, ...InputIssue[]] })
  | KefuErrorShape<Exclude<ResponseRejectionCode, "invalid_response">>;

/**
 * Why a batch of responses could not be read at all: `invalid_input` (not an array) or
 * `too_many_responses` (over `SATISFACTION_LIMITS.responses`). Problems with single responses
 * never fail the batch: they are listed in `rejected`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type ResponseBatchError = InvalidInputError | KefuErrorShape<"too_many_responses">;

/**
 * Why a metric function refused its input: `invalid_input` (negative or fractional counts,
 * options out of range) or `empty_sample` (no observation to estimate from).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SatisfactionMetricError = InvalidInputError | KefuErrorShape<"empty_sample">;

/**
 * Why `aggregateSatisfaction` refused its options: `invalid_input` (unknown grouping, a bad time
 * zone, a confidence outside 0.5–0.9999 …) or `missing_period` (grouping by period without
 * `period`).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SatisfactionAggregateError = InvalidInputError | KefuErrorShape<"missing_period">;

/**
 * Why `compareSatisfactionPeriods` refused an aggregate: `not_grouped_by_period`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type PeriodComparisonError = KefuErrorShape<"not_grouped_by_period">;

/**
 * Why a priority analysis refused its items: `invalid_input` (shape, a satisfaction above the
 * scale's maximum) or `zero_total_importance` (an area whose importances are all zero).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type PriorityAnalysisError = InvalidInputError | KefuErrorShape<"zero_total_importance">;

/**
 * Why a key-driver analysis failed: `invalid_input`, `length_mismatch` (a driver's values and
 * the overall scores differ in length), `too_few_rows` (fewer complete rows than drivers + 2),
 * `zero_variance` (a driver or the overall score is constant), and for `analyzeSurveyDrivers`
 * also `no_overall_question`, `unknown_question` and `question_not_numeric`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type KeyDriverError =
  | InvalidInputError
  | KefuErrorShape<"length_mismatch">
  | KefuErrorShape<"too_few_rows">
  | KefuErrorShape<"zero_variance">
  | KefuErrorShape<"no_overall_question">
  | KefuErrorShape<"unknown_question">
  | KefuErrorShape<"question_not_numeric">;

/**
 * Every error a `kefu/satisfaction` function can return.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SatisfactionError =
  | SurveyDefinitionError
  | ResponseBatchError
  | SatisfactionMetricError
  | SatisfactionAggregateError
  | PeriodComparisonError
  | PriorityAnalysisError
  | KeyDriverError;
