import type { Rational } from "../core/rational.js";
import type { QuestionMetrics } from "./metric-types.js";

/**
 * A weighted composite score on 0–100: the overall index, one area or one department.
 * `value` = Σ wᵢ·Sᵢ / Σ wᵢ over its numeric questions with answers (Sᵢ each question's 0–100
 * score, wᵢ its weight), kept exact in `exact`. All fields but `kind`, `id` and `respondents`
 * are null when no question of it was answered.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface CompositeScore {
  /** What it scores. */
  readonly kind: "index" | "area" | "department";
  /** `"index"`, the area id or the department id. */
  readonly id: string;
  /** The score, or null. */
  readonly value: number | null;
  /** The score as an exact rational, for scores that feed pay; or null. */
  readonly exact: Rational | null;
  /** Lower bound (normal interval over respondent composites), or null. */
  readonly lower: number | null;
  /** Upper bound, or null. */
  readonly upper: number | null;
  /** Standard error (points), or null. */
  readonly standardError: number | null;
  /** Responses answering at least one of its questions. */
  readonly respondents: number;
  /** Whether respondents < minSample. */
  readonly smallSample: boolean;
}

/**
 * One question's results inside a summary.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface QuestionSummary {
  /** Question id. */
  readonly id: string;
  /** Its area. */
  readonly area: string;
  /** Its department, or null. */
  readonly department: string | null;
  /** Its metrics, or null when nobody answered it. */
  readonly metrics: QuestionMetrics | null;
}

/**
 * The results of one group of responses (or of all of them).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SatisfactionSummary {
  /** Responses in the group. */
  readonly responses: number;
  /** Worst-case (p = 0.5) margin of error of a proportion at this n, as a share; null at n = 0. */
  readonly marginOfError: number | null;
  /** Per question, in survey order. */
  readonly questions: readonly QuestionSummary[];
  /** Weighted multi-area index. */
  readonly index: CompositeScore;
  /** Per declared area, in survey order. */
  readonly areas: readonly CompositeScore[];
  /** Per department, in order of first appearance in the survey. */
  readonly departments: readonly CompositeScore[];
}

/**
 * How responses were grouped.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SatisfactionGrouping = "all" | "agent" | "channel" | "period";

/**
 * One group: its key (agent id, channel, period key; null for responses without an agent or
 * channel) and its summary.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SatisfactionGroup {
  /** Group key; period keys are `YYYY-MM-DD`, `YYYY-Www` (ISO week) or `YYYY-MM`. */
  readonly key: string | null;
  /** The group's results. */
  readonly summary: SatisfactionSummary;
}

/**
 * The result of `aggregateSatisfaction`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SatisfactionAggregate {
  /** The survey scored. */
  readonly surveyId: string;
  /** The grouping used. */
  readonly by: SatisfactionGrouping;
  /** Period unit and zone when grouped by period, else null. */
  readonly period: { readonly unit: "day" | "week" | "month"; readonly timeZone: string } | null;
  /** Confidence level of every interval. */
  readonly confidence: number;
  /** Minimum sample behind `smallSample`. */
  readonly minSample: number;
  /** All responses together. */
  readonly overall: SatisfactionSummary;
  /** Groups in ascending key order (null last); empty when `by` is `"all"`. */
  readonly groups: readonly SatisfactionGroup[];
}
