/**
 * Customer tiering (客户分层): Pareto/ABC classes, the value matrix, RFM scores and segments,
 * declarative rule tiers with explanations, tier migration with hysteresis, tier entitlements,
 * and lifetime-value and retention-economics helpers. Re-exported by `kefu/customers`.
 */
export {
  type AssignTiersOptions,
  assignTiers,
  type TierAssignment,
  type TierLeafCheck,
  type TierRecord,
  type TierRuleCheck,
} from "./assign-tiers.js";
export {
  classifyPareto,
  type ParetoAssignment,
  type ParetoClassSummary,
  type ParetoRecord,
  type ParetoResult,
} from "./classify-pareto.js";
export {
  classifyValueMatrix,
  VALUE_QUADRANTS,
  type ValueMatrixAssignment,
  type ValueMatrixOptions,
  ValueMatrixOptionsSchema,
  type ValueMatrixRecord,
  type ValueMatrixResult,
  type ValueQuadrant,
} from "./classify-value-matrix.js";
export {
  careVisitFrequencies,
  entitlementsForTier,
  GREETING_OCCASIONS,
  type GreetingOccasion,
  parseTierEntitlements,
  slaTierFactors,
  type TierEntitlement,
  TierEntitlementSchema,
  type TierEntitlements,
  type TierEntitlementsInput,
  TierEntitlementsSchema,
  type VisitInterval,
  VisitIntervalSchema,
} from "./entitlements.js";
export type {
  EntitlementError,
  ParetoError,
  RetentionEconomicsError,
  RfmError,
  TieringError,
  TieringRecordError,
  TierMigrationError,
  TierRulesError,
} from "./errors.js";
export { tieringJsonSchema } from "./json-schema.js";
export {
  computeLifetimeValue,
  type LifetimeValue,
  type LifetimeValueInput,
  LifetimeValueInputSchema,
} from "./lifetime-value.js";
export { TIERING_LIMITS } from "./limits.js";
export {
  type MigrationPolicy,
  type MigrationPolicyInput,
  MigrationPolicySchema,
  parseMigrationPolicy,
} from "./migration-policy.js";
export {
  PARETO_ABC,
  PARETO_ABCD,
  type ParetoBoundary,
  type ParetoScheme,
  type ParetoSchemeInput,
  ParetoSchemeSchema,
  parseParetoScheme,
} from "./pareto-scheme.js";
export { parseTierRules } from "./parse-tier-rules.js";
export {
  compareRetentionEconomics,
  estimateRetentionUplift,
  RETENTION_FACTS,
  type RetentionComparison,
  type RetentionComparisonInput,
  RetentionComparisonInputSchema,
  type RetentionUplift,
  RetentionUpliftInputSchema,
} from "./retention-economics.js";
export {
  DEFAULT_RFM_SEGMENTS,
  type RfmOptions,
  RfmOptionsSchema,
  type RfmSegmentRule,
  RfmSegmentRuleSchema,
} from "./rfm-segments.js";
export { type RfmRecord, type RfmResult, type RfmScore, scoreRfm } from "./score-rfm.js";
export {
  type TierCondition,
  TierConditionSchema,
  type TierFieldType,
  type TierRule,
  type TierRules,
  type TierRulesInput,
  TierRulesSchema,
  type TierScalar,
} from "./tier-rules-schema.js";
export {
  type PeriodScore,
  type TierChangeEvent,
  type TierMigration,
  type TierMigrationStep,
  type TierSpan,
  type TrackMigrationOptions,
  trackTierMigration,
} from "./track-tier-migration.js";
