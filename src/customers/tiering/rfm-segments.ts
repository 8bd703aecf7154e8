import { z } from "zod";
import type { DeepReadonly } from "../../core/types.js";
import { TierLabelSchema } from "./_internal/fields.js";
import { TIERING_LIMITS } from "./limits.js";

const ScoreRangeSchema = z.tuple([
  z.int().min(1).max(TIERING_LIMITS.rfmBins),
  z.int().min(1).max(TIERING_LIMITS.rfmBins),
]);

/**
 * zod schema of one RFM segment rule, strict: the segment applies when every given score lies in
 * its inclusive `[min, max]` range (`r`, `f`, `m`; a missing dimension matches any score).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const RfmSegmentRuleSchema = z.strictObject({
  segment: TierLabelSchema,
  r: ScoreRangeSchema.optional(),
  f: ScoreRangeSchema.optional(),
  m: ScoreRangeSchema.optional(),
});

/**
 * One RFM segment rule, e.g. `{ segment: "champions", r: [5, 5], f: [4, 5] }`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type RfmSegmentRule = DeepReadonly<z.output<typeof RfmSegmentRuleSchema>>;

/**
 * The widely used recency × frequency segment map for five bins (the grid popularised by
 * customer-analytics tutorials and CRM tools): it covers all 25 (R, F) cells, so no customer is
 * left in `others`. Rules are tried in order; the first match wins.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { segment: "champions", r: [5, 5], f: [4, 5] },
  { segment: "loyal", r: [3, 4], f: [4, 5] },
  { segment: "potential_loyalists", r: [4, 5], f: [2, 3] },
  { segment: "new_customers", r: [5, 5], f: [1, 1] },
  { segment: "promising", r: [4, 4], f: [1, 1] },
  { segment: "need_attention", r: [3, 3], f: [3, 3] },
  { segment: "about_to_sleep", r: [3, 3], f: [1, 2] },
  { segment: "cannot_lose", r: [1, 2], f: [5, 5] },
  { segment: "at_risk", r: [1, 2], f: [3, 4] },
  { segment: "hibernating", r: [1, 2], f: [1, 2] },
];

/**
 * zod schema of the RFM options, strict: `bins` per dimension (default 5, quintiles) and the
 * segment map (default {@link DEFAULT_RFM_SEGMENTS} when `bins` is 5, none otherwise).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const RfmOptionsSchema = z.strictObject({
  bins: z.int().min(2).max(TIERING_LIMITS.rfmBins).default(5),
  segments: z.array(RfmSegmentRuleSchema).max(TIERING_LIMITS.rfmSegments).optional(),
});

/**
 * RFM options as a host writes them.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type RfmOptions = DeepReadonly<z.input<typeof RfmOptionsSchema>>;
