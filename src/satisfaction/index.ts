/**
 * Satisfaction scoring (满意度): surveys as data, responses validated one by one, the standard
 * metrics (CSAT, NPS, CES, Likert 0–100, a weighted multi-area index) with Wilson and
 * adjusted-Wald intervals, margins of error and sample sizes, aggregation by agent, channel and
 * period with trends, importance–performance analysis, the action priority index, Ulwick's
 * opportunity score, key-driver analysis (Johnson's relative weights) and impression-change
 * reasons.
 *
 * @module satisfaction
 */

export { aggregateSatisfaction, type SatisfactionAggregateOptions } from "./aggregate-satisfaction.js";
export type {
  CompositeScore,
  QuestionSummary,
  SatisfactionAggregate,
  SatisfactionGroup,
  SatisfactionGrouping,
  SatisfactionSummary,
} from "./aggregate-types.js";
export {
  analyzeImportancePerformance,
  type ImportancePerformanceAnalysis,
  type IpaItem,
  type IpaQuadrant,
} from "./analyze-importance-performance.js";
export {
  analyzeImpressionChange,
  type ImpressionChangeAnalysis,
  type ImpressionReasons,
} from "./analyze-impression-change.js";
export { analyzeKeyDrivers, type KeyDriver, type KeyDriverAnalysis } from "./analyze-key-drivers.js";
export { analyzeSurveyDrivers, type SurveyDriverOptions } from "./analyze-survey-drivers.js";
export { SATISFACTION_AREAS, type SurveyArea } from "./areas.js";
export {
  compareSatisfactionPeriods,
  type MetricChange,
  type PeriodTrend,
} from "./compare-satisfaction-periods.js";
export { computeNps, type NpsSummary } from "./compute-nps.js";
export {
  computeOpportunityScores,
  type OpportunityBand,
  type OpportunityScore,
} from "./compute-opportunity-scores.js";
export {
  computeCes,
  computeCsat,
  computeLikertScore,
  computeNpsFromHistogram,
} from "./compute-rating-metrics.js";
export {
  computeMarginOfError,
  computeSampleSize,
  type MarginOfError,
  type SampleSizePlan,
} from "./compute-sample-size.js";
export { computeWilsonInterval } from "./compute-wilson-interval.js";
export type {
  KeyDriverError,
  PeriodComparisonError,
  PriorityAnalysisError,
  ResponseBatchError,
  ResponseRejectionCode,
  ResponseRejectionReason,
  SatisfactionAggregateError,
  SatisfactionError,
  SatisfactionMetricError,
  SurveyDefinitionError,
} from "./errors.js";
export { satisfactionJsonSchema } from "./json-schema.js";
export { DEFAULT_MIN_SAMPLE, DEFAULT_SATISFACTION_CONFIDENCE, SATISFACTION_LIMITS } from "./limits.js";
export type {
  CesMetrics,
  ChoiceMetrics,
  HeadlineMetric,
  LikertMetrics,
  MeanEstimate,
  MetricsBase,
  NetScoreEstimate,
  NpsMetrics,
  ProportionEstimate,
  QuestionMetrics,
  YesNoMetrics,
} from "./metric-types.js";
export { parseSurvey } from "./parse-survey.js";
export {
  parseSurveyResponses,
  type RejectedResponse,
  type SurveyResponseBatch,
} from "./parse-survey-responses.js";
export { type ActionPriorityItem, rankActionPriority } from "./rank-action-priority.js";
export {
  type ImpressionChange,
  type SurveyResponse,
  type SurveyResponseInput,
  SurveyResponseSchema,
} from "./response-schema.js";
export {
  type Survey,
  type SurveyInput,
  type SurveyQuestion,
  type SurveyScale,
  SurveyScaleSchema,
  SurveySchema,
} from "./survey-schema.js";
