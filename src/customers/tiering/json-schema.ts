import { z } from "zod";
import { TierEntitlementsSchema } from "./entitlements.js";
import { MigrationPolicySchema } from "./migration-policy.js";
import { ParetoSchemeSchema } from "./pareto-scheme.js";
import { RfmOptionsSchema } from "./rfm-segments.js";
import { TierRulesSchema } from "./tier-rules-schema.js";

/**
 * The JSON Schemas (draft 2020-12, input side) of the tiering policies, for hosts in other
 * languages: the Pareto scheme, RFM options, tier rule sets, migration policies and entitlement
 * tables. Checks across entries (cut-offs increasing, declared fields and tiers, thresholds
 * descending, unreachable rules) are made by the `parse*` functions only.
 *
 * @returns one plain JSON Schema object per policy kind.
 * @example
 * ```ts
 * const { TierRules } = tieringJsonSchema();
 * TierRules.required; // ["id", "fields", "rules", "otherwise"]
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function tieringJsonSchema(): {
  readonly ParetoScheme: Record<string, unknown>;
  readonly RfmOptions: Record<string, unknown>;
  readonly TierRules: Record<string, unknown>;
  readonly MigrationPolicy: Record<string, unknown>;
  readonly TierEntitlements: Record<string, unknown>;
} {
  const options = { io: "input", unrepresentable: "any" } as const;
  const schema = (s: z.ZodType) => z.toJSONSchema(s, options) as Record<string, unknown>;
  return {
    ParetoScheme: schema(ParetoSchemeSchema),
    RfmOptions: schema(RfmOptionsSchema),
    TierRules: schema(TierRulesSchema),
    MigrationPolicy: schema(MigrationPolicySchema),
    TierEntitlements: schema(TierEntitlementsSchema),
  };
}
