/**
 * Bounds of the tiering functions, so that no input can make a call run away. A list longer than
 * its bound is refused with `too_many_customers` (records) or `invalid_input` (everything else).
 *
 * - `customers`: records per call of `classifyPareto`, `classifyValueMatrix`, `scoreRfm` and
 *   `assignTiers` (1,000,000).
 * - `paretoClasses`: classes of a Pareto scheme (2–26).
 * - `rfmBins`: bins per RFM dimension (2–10); `rfmSegments`: rules of a segment map (100).
 * - `tierRules`: rules of a rule set (200); `tierFields`: declared fields (100);
 *   `conditionNodes`: condition nodes of a whole rule set (2,000); `conditionDepth`: nesting of
 *   `all`/`any`/`not` (8); `conditionList`: entries of one `all`, `any` or `in` list (50).
 * - `migrationTiers`: tiers of a migration policy (20); `migrationPeriods`: scores in one series
 *   (10,000); `exitAfter`: grace periods (1–120); `effectiveLagDays` (0–366).
 * - `entitlementTiers`: tiers with entitlements (100).
 * - `lifetimePeriods`: periods of a finite lifetime-value horizon (1–600).
 * - `labelLength`: tier, class, segment, rule and field names (1–50 characters).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const TIERING_LIMITS = {
  customers: 1_000_000,
  paretoClasses: 26,
  rfmBins: 10,
  rfmSegments: 100,
  tierRules: 200,
  tierFields: 100,
  conditionNodes: 2_000,
  conditionDepth: 8,
  conditionList: 50,
  migrationTiers: 20,
  migrationPeriods: 10_000,
  exitAfter: 120,
  effectiveLagDays: 366,
  entitlementTiers: 100,
  lifetimePeriods: 600,
  labelLength: 50,
} as const;
