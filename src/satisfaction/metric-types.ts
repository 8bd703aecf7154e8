/**
 * A proportion with its Wilson score interval: `count` of `total`, `share = count / total`
 * in [0, 1], and `lower ≤ share ≤ upper` (exactly 0 at count 0, exactly 1 at count = total).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ProportionEstimate {
  /** Observations with the property. */
  readonly count: number;
  /** All observations. */
  readonly total: number;
  /** count / total. */
  readonly share: number;
  /** Lower Wilson bound. */
  readonly lower: number;
  /** Upper Wilson bound. */
  readonly upper: number;
}

/**
 * A net score (NPS or net CES) on −100…100 with its adjusted-Wald interval, clamped to ±100.
 * At tiny n the interval need not contain the raw score (see `smallSample`).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface NetScoreEstimate {
  /** Answers counted. */
  readonly n: number;
  /** %positive − %negative, in percentage points. */
  readonly value: number;
  /** Lower bound, ≥ −100. */
  readonly lower: number;
  /** Upper bound, ≤ 100. */
  readonly upper: number;
  /** Standard error of the adjusted estimate, in percentage points. */
  readonly standardError: number;
}

/**
 * A mean with a normal-approximation interval, clipped to the scale's range.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface MeanEstimate {
  /** Answers counted. */
  readonly n: number;
  /** Arithmetic mean. */
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator; 0 when n = 1). */
  readonly standardDeviation: number;
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
}

/**
 * The one number a question is tracked by, on a percentage scale, with its interval: CSAT
 * (top-2 box %) for Likert, NPS for 0–10, agree % for CES, yes % for yes/no, the 0–100 score for
 * a scored choice.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface HeadlineMetric {
  /** Which metric it is. */
  readonly metric: "csat" | "nps" | "ces" | "yes" | "score";
  /** Its value (percent, or −100…100 for NPS). */
  readonly value: number;
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
  /** How the interval was computed. */
  readonly method: "wilson" | "adjusted_wald" | "normal";
  /** Standard error (percentage points), used for comparisons of `adjusted_wald`/`normal` metrics. */
  readonly standardError: number;
}

/**
 * The part every question's metrics share.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface MetricsBase {
  /** Answers counted. */
  readonly n: number;
  /** Count of answers per code: scale point (from the lowest), no/yes, or option. */
  readonly distribution: readonly number[];
  /** Whether n is below the minimum sample: do not trust, do not rank. */
  readonly smallSample: boolean;
  /** The tracked metric, or null for an unscored choice. */
  readonly headline: HeadlineMetric | null;
  /** Mean answer rescaled to 0–100: 100·(mean − min)/(max − min); null for an unscored choice. */
  readonly score: number | null;
  /** Interval of `score`, or null. */
  readonly scoreInterval: { readonly lower: number; readonly upper: number } | null;
}

/**
 * Metrics of a Likert question (1–5 or 1–7): CSAT as the top-2 box, mean, 0–100 score.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface LikertMetrics extends MetricsBase {
  /** Discriminant. */
  readonly kind: "likert";
  /** Scale points. */
  readonly points: 5 | 7;
  /** Share of the two top boxes (4–5 or 6–7). */
  readonly csat: ProportionEstimate;
  /** Mean answer. */
  readonly mean: MeanEstimate;
}

/**
 * Metrics of a 0–10 likelihood-to-recommend question.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface NpsMetrics extends MetricsBase {
  /** Discriminant. */
  readonly kind: "nps";
  /** Answers 9–10. */
  readonly promoters: ProportionEstimate;
  /** Answers 7–8. */
  readonly passives: ProportionEstimate;
  /** Answers 0–6. */
  readonly detractors: ProportionEstimate;
  /** NPS = %promoters − %detractors with its adjusted-Wald interval. */
  readonly nps: NetScoreEstimate;
  /** Mean answer (0–10). */
  readonly mean: MeanEstimate;
}

/**
 * Metrics of a 1–7 customer-effort question ("the company made it easy…").
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface CesMetrics extends MetricsBase {
  /** Discriminant. */
  readonly kind: "ces";
  /** Share agreeing (5–7). */
  readonly agree: ProportionEstimate;
  /** Share disagreeing (1–3). */
  readonly disagree: ProportionEstimate;
  /** Net CES = %agree − %disagree, adjusted-Wald interval. */
  readonly net: NetScoreEstimate;
  /** Mean answer (1–7). */
  readonly mean: MeanEstimate;
}

/**
 * Metrics of a yes/no question.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface YesNoMetrics extends MetricsBase {
  /** Discriminant. */
  readonly kind: "yes_no";
  /** Share answering yes. */
  readonly yes: ProportionEstimate;
}

/**
 * Metrics of a choice question: the share of each option.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ChoiceMetrics extends MetricsBase {
  /** Discriminant. */
  readonly kind: "choice";
  /** One proportion per option, in the survey's option order. */
  readonly options: readonly (ProportionEstimate & { readonly id: string })[];
}

/**
 * Metrics of one question, by scale kind.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type QuestionMetrics = LikertMetrics | NpsMetrics | CesMetrics | YesNoMetrics | ChoiceMetrics;
