import { z } from "zod";
import type { DeepReadonly } from "../core/types.js";
import { exactNumber } from "./_internal/exact.js";

const id = z.string().min(1).max(100);
const label = z.string().min(1).max(200).optional();
const points = exactNumber({ min: -1_000, max: 1_000 });
const value = exactNumber({ min: -1_000_000_000, max: 1_000_000_000 });

/**
 * What a scheme does when a rater group has fewer raters than it needs: `"error"` (the default:
 * refuse to score), `"renormalize"` (score over the groups present, their weights scaled up to
 * 100) or `"zero"` (the group scores 0).
 *
 * @category KPI
 * @since 0.1.0
 */
export const MISSING_GROUP_RULES = ["error", "renormalize", "zero"] as const;

/**
 * Where an indicator's value comes from in an employee's {@link ServiceResults}: SLA attainment
 * in percent, satisfaction (0–100) of one department, a count of SLA breaches, a count of late
 * document hand-overs, or a host-defined custom figure.
 *
 * @category KPI
 * @since 0.1.0
 */
export const INDICATOR_SOURCES = [
  "sla_attainment",
  "satisfaction",
  "breaches",
  "late_handovers",
  "custom",
] as const;

/**
 * One rater group (考核方): its weight in percent of the score, the points its raters score on
 * (default: the weight, so "45 of 50" for a 50% group), the fewest raters it needs, and whether
 * an employee's rating of themself is left out.
 *
 * @category KPI
 * @since 0.1.0
 */
export const RaterGroupSchema = z.strictObject({
  id,
  label,
  weight: exactNumber({ min: 0, max: 100, minExclusive: true }),
  points: exactNumber({ min: 0, max: 1_000, minExclusive: true }).optional(),
  minRaters: z.int().min(1).max(100).default(1),
  excludeSelf: z.boolean().default(false),
});

const BandsRuleSchema = z.strictObject({
  /** Ascending thresholds: a value at or above `from` (and below the next band) scores `points`. */
  bands: z
    .array(z.strictObject({ from: value, points }))
    .min(1)
    .max(50),
  /** Points for a value below the first band (default 0). */
  below: points.optional(),
});

const LinearRuleSchema = z.strictObject({
  /** points = per × (value − origin), then clamped to [min, max]. */
  linear: z.strictObject({
    per: points,
    origin: value.optional(),
    min: points.optional(),
    max: points.optional(),
  }),
});

/**
 * An indicator from service results mapped to signed points added to the score: by bands
 * (`{ bands: [{ from, points }], below }`) or by a linear rule (`{ linear: { per, origin, min, max } }`).
 * Negative points are deductions, such as −2 per late document hand-over.
 *
 * @category KPI
 * @since 0.1.0
 */
export const IndicatorSchema = z.strictObject({
  id,
  label,
  source: z.enum(INDICATOR_SOURCES),
  /** For `satisfaction`: whose figure (default `"overall"`); for `custom`: the key (default the id). */
  key: z.string().min(1).max(100).optional(),
  rule: z.union([BandsRuleSchema, LinearRuleSchema]),
  /** When the value is absent: `"error"` (default) or `"skip"` (0 points, noted in the trace). */
  ifMissing: z.enum(["error", "skip"]).default("error"),
});

/**
 * A KPI evaluation scheme as data: rater groups whose weights sum to 100, the missing-group rule,
 * indicators, score floor / cap / gate / multiplier, and the pay split and rounding.
 *
 * @category KPI
 * @since 0.1.0
 */
export const KpiSchemeSchema = z.strictObject({
  id,
  label,
  groups: z.array(RaterGroupSchema).min(1).max(20),
  missingGroup: z.enum(MISSING_GROUP_RULES).default("error"),
  indicators: z.array(IndicatorSchema).max(50).default([]),
  score: z
    .strictObject({
      /** Lowest score after indicators and deductions (default 0). */
      floor: exactNumber({ min: 0, max: 1_000 }).optional(),
      /** Highest score (default 100). */
      cap: exactNumber({ min: 0, max: 1_000 }).optional(),
      /** Below this final score no performance pay is paid (the score is still reported). */
      gate: exactNumber({ min: 0, max: 1_000 }).optional(),
      /** Factor applied to the score's percentage for pay (default 1), e.g. a company coefficient. */
      multiplier: exactNumber({ min: 0, max: 10 }).optional(),
    })
    .default({}),
  pay: z
    .strictObject({
      /** Base : performance ratio of the monthly total (default 2 : 1). */
      split: z
        .strictObject({
          base: exactNumber({ min: 0, max: 1_000 }),
          performance: exactNumber({ min: 0, max: 1_000, minExclusive: true }),
        })
        .optional(),
      /** The one final rounding of performance pay to the minor unit (default `"halfUp"`). */
      rounding: z.enum(["halfUp", "halfEven"]).default("halfUp"),
    })
    .default({ rounding: "halfUp" }),
});

/**
 * What {@link KpiSchemeSchema} accepts: numbers may be written as numbers or as decimal or
 * fraction strings (`"100/3"`); definitions written `as const` are accepted.
 *
 * @category KPI
 * @since 0.1.0
 */
export type KpiSchemeInput = DeepReadonly<z.input<typeof KpiSchemeSchema>>;

/**
 * The scheme's JSON Schema (input side), for hosts in other languages.
 *
 * @returns a JSON Schema object.
 * @example
 * ```ts
 * kpiSchemeJsonSchema().type; // "object"
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function kpiSchemeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KpiSchemeSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
