import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { compareIds } from "../core/_internal/compare.js";
import { exactNumber } from "../core/_internal/exact-number.js";
import { kefuIssue } from "../core/_internal/refine.js";
import {
  addRational,
  compareRational,
  divideRational,
  multiplyRational,
  type Rational,
  rationalToNumber,
  subtractRational,
  ZERO,
} from "../core/rational.js";
import { parseWithSchema } from "../core/result.js";
import { SatisfactionIdSchema } from "./_internal/fields.js";
import type { PriorityAnalysisError } from "./errors.js";
import { SATISFACTION_LIMITS } from "./limits.js";

const ActionPriorityInputSchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          id: SatisfactionIdSchema,
          area: SatisfactionIdSchema,
          importance: z.number().min(0),
          satisfaction: z.number().min(0),
        }),
      )
      .min(1)
      .max(SATISFACTION_LIMITS.items),
    /** The satisfaction scale's maximum (default 100, for 0–100 scores). */
    scaleMax: z.number().positive().default(100),
  })
  .superRefine((input, ctx) => {
    for (const [i, item] of input.items.entries()) {
      if (item.satisfaction > input.scaleMax) {
        ctx.addIssue(
          kefuIssue(
            "value_out_of_scale",
            ["items", i, "satisfaction"],
            `Satisfaction ${item.satisfaction} is above scaleMax ${input.scaleMax}`,
          ),
        );
      }
    }
  });

/**
 * One improvement item ranked inside its area.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ActionPriorityItem {
  /** Item id. */
  readonly id: string;
  /** Its area. */
  readonly area: string;
  /** 1 = act first, within the area. */
  readonly rank: number;
  /** Action priority index wᵢ·(1 − Sᵢ/max), in [0, 1]. */
  readonly index: number;
  /** The index as an exact rational. */
  readonly exact: Rational;
  /** Importance as a share of the area's total importance, wᵢ. */
  readonly importanceShare: number;
  /** Satisfaction gap 1 − Sᵢ/max, in [0, 1]. */
  readonly gap: number;
}

/**
 * The action priority index (行动优先指数) of each improvement item, ranked inside each area as
 * the source surveys do: API = wᵢ × (1 − Sᵢ/max), where wᵢ is the item's importance divided by
 * the total importance of its area and Sᵢ its satisfaction. Ties go to the larger gap, then id.
 *
 * @param input - `{ items: [{ id, area, importance, satisfaction }], scaleMax? = 100 }`.
 * @returns `Ok` with the items grouped by area (areas in order of first appearance, items by
 *   rank), or `Err` with `invalid_input` (issue `value_out_of_scale` for a satisfaction above
 *   `scaleMax`) or `zero_total_importance`.
 * @example
 * ```ts
 * const ranked = rankActionPriority({
 *   items: [
 *     { id: "walls", area: "engineering_quality", importance: 3, satisfaction: 60 },
 *     { id: "plumbing", area: "engineering_quality", importance: 1, satisfaction: 40 },
 *   ],
 * })._unsafeUnwrap();
 * ranked[0]?.items.map((item) => item.id); // ["walls", "plumbing"]: 0.75·0.4 = 0.3 > 0.25·0.6 = 0.15
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function rankActionPriority(
  input: unknown,
): Result<
  readonly { readonly area: string; readonly items: readonly ActionPriorityItem[] }[],
  PriorityAnalysisError
> {
  const parsed = parseWithSchema(ActionPriorityInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const { items, scaleMax } = parsed.value;
  const max = exactNumber(scaleMax);
  const areas = [...new Set(items.map((item) => item.area))];
  const result = [];
  for (const area of areas) {
    const members = items.filter((item) => item.area === area);
    const total = members.reduce((sum, item) => addRational(sum, exactNumber(item.importance)), ZERO);
    if (total.num === 0n) {
      return err({
        code: "zero_total_importance",
        message: `Every item of area "${area}" has importance 0; the index needs some importance`,
        path: ["items", items.findIndex((item) => item.area === area), "importance"],
      });
    }
    const scored = members.map((item) => {
      const share = quotient(exactNumber(item.importance), total);
      const gap = subtractRational({ num: 1n, den: 1n }, quotient(exactNumber(item.satisfaction), max));
      const index = multiplyRational(share, gap);
      return { item, share, gap, index };
    });
    scored.sort(
      (a, b) =>
        compareRational(b.index, a.index) ||
        compareRational(b.gap, a.gap) ||
        compareIds(a.item.id, b.item.id),
    );
    result.push({
      area,
      items: scored.map(({ item, share, gap, index }, i) => ({
        id: item.id,
        area,
        rank: i + 1,
        index: rationalToNumber(index),
        exact: index,
        importanceShare: rationalToNumber(share),
        gap: rationalToNumber(gap),
      })),
    });
  }
  return ok(result);
}

function quotient(a: Rational, b: Rational): Rational {
  const divided = divideRational(a, b);
  if (divided.isErr()) throw new Error("[kefu] division by a zero total");
  return divided.value;
}
