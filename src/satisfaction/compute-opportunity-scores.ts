import type { Result } from "neverthrow";
import { z } from "zod";
import { compareIds } from "../core/_internal/compare.js";
import type { InvalidInputError } from "../core/errors.js";
import { parseWithSchema } from "../core/result.js";
import { SatisfactionIdSchema } from "./_internal/fields.js";
import { SATISFACTION_LIMITS } from "./limits.js";

const OpportunityInputSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: SatisfactionIdSchema,
        importance: z.number().min(0).max(10),
        satisfaction: z.number().min(0).max(10),
      }),
    )
    .min(1)
    .max(SATISFACTION_LIMITS.items),
});

/**
 * Ulwick's band of an opportunity score.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type OpportunityBand = "extreme" | "high" | "solid" | "served" | "overserved";

/**
 * One outcome's opportunity score.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface OpportunityScore {
  /** Outcome id. */
  readonly id: string;
  /** Importance on 0–10. */
  readonly importance: number;
  /** Satisfaction on 0–10. */
  readonly satisfaction: number;
  /** importance + max(importance − satisfaction, 0), on 0–20. */
  readonly opportunity: number;
  /** Band: > 15 extreme, ≥ 12 high, ≥ 10 solid, else served (overserved when satisfaction > importance). */
  readonly band: OpportunityBand;
  /** 1 = the largest opportunity. */
  readonly rank: number;
}

/**
 * Ulwick's opportunity score (Outcome-Driven Innovation): importance + max(importance −
 * satisfaction, 0), both on 0–10 (conventionally 10 × the share of top-2-box answers).
 *
 * @param input - `{ items: [{ id, importance, satisfaction }] }`, values 0–10, 1–1,000 items.
 * @returns `Ok` with the items by descending opportunity (ties by id), or `Err` with `invalid_input`.
 * @example
 * ```ts
 * computeOpportunityScores({ items: [{ id: "outlets", importance: 8.2, satisfaction: 4.1 }] })
 *   ._unsafeUnwrap()[0]?.opportunity; // 12.3 (high)
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeOpportunityScores(
  input: unknown,
): Result<readonly OpportunityScore[], InvalidInputError> {
  return parseWithSchema(OpportunityInputSchema, input).map(({ items }) => {
    const scored = items.map((item) => {
      // Rounded to 1e-9 so that 8.2 + (8.2 − 4.1) prints as 12.3 and bands are not decided by float noise.
      const opportunity =
        Math.round((item.importance + Math.max(item.importance - item.satisfaction, 0)) * 1e9) / 1e9;
      return { ...item, opportunity, band: bandOf(opportunity, item.importance, item.satisfaction) };
    });
    scored.sort((a, b) => b.opportunity - a.opportunity || compareIds(a.id, b.id));
    return scored.map((item, i) => ({ ...item, rank: i + 1 }));
  });
}

function bandOf(opportunity: number, importance: number, satisfaction: number): OpportunityBand {
  if (opportunity > 15) return "extreme";
  if (opportunity >= 12) return "high";
  if (opportunity >= 10) return "solid";
  return satisfaction > importance ? "overserved" : "served";
}
