import type { Result } from "neverthrow";
import { z } from "zod";
import { exactNumber } from "../core/_internal/exact-number.js";
import type { InvalidInputError } from "../core/errors.js";
import {
  addRational,
  compareRational,
  multiplyRational,
  type Rational,
  rationalToNumber,
  ZERO,
} from "../core/rational.js";
import { parseWithSchema } from "../core/result.js";
import { SatisfactionIdSchema } from "./_internal/fields.js";
import { SATISFACTION_LIMITS } from "./limits.js";

const IpaInputSchema = z.strictObject({
  items: z
    .array(z.strictObject({ id: SatisfactionIdSchema, importance: z.number(), performance: z.number() }))
    .min(1)
    .max(SATISFACTION_LIMITS.items),
  /** Fixed crosshair (e.g. the scale midpoint); default: the means of the items. */
  crosshair: z.strictObject({ importance: z.number(), performance: z.number() }).optional(),
});

/**
 * An IPA quadrant (Martilla & James 1977).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type IpaQuadrant = "concentrate_here" | "keep_up_the_good_work" | "low_priority" | "possible_overkill";

/**
 * One attribute placed on the importance–performance grid.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface IpaItem {
  /** Attribute id. */
  readonly id: string;
  /** Its importance. */
  readonly importance: number;
  /** Its performance (satisfaction). */
  readonly performance: number;
  /** Its quadrant. */
  readonly quadrant: IpaQuadrant;
}

/**
 * The result of an importance–performance analysis.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ImportancePerformanceAnalysis {
  /** Where the axes cross. */
  readonly crosshair: { readonly importance: number; readonly performance: number };
  /** Items in input order. */
  readonly items: readonly IpaItem[];
}

/**
 * Importance–performance analysis: each attribute goes to a quadrant by comparing its
 * importance and performance with the crosshair (default: the attribute means). A value equal
 * to the crosshair counts as high. High importance + low performance = `concentrate_here`;
 * high + high = `keep_up_the_good_work`; low + low = `low_priority`; low importance + high
 * performance = `possible_overkill`.
 *
 * @param input - `{ items: [{ id, importance, performance }], crosshair? }`, 1–1,000 items.
 * @returns `Ok` with the {@link ImportancePerformanceAnalysis}, or `Err` with `invalid_input`.
 * @example
 * ```ts
 * const ipa = analyzeImportancePerformance({
 *   items: [
 *     { id: "walls", importance: 0.9, performance: 60 },
 *     { id: "cabinets", importance: 0.5, performance: 80 },
 *   ],
 * })._unsafeUnwrap();
 * ipa.items[0]?.quadrant; // "concentrate_here"
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function analyzeImportancePerformance(
  input: unknown,
): Result<ImportancePerformanceAnalysis, InvalidInputError> {
  return parseWithSchema(IpaInputSchema, input).map(({ items, crosshair }) => {
    // The crosshair is the exact mean of the decimals given, so "equal counts as high" is exact.
    const exactMean = (pick: (item: (typeof items)[number]) => number) =>
      multiplyRational(
        items.reduce((sum, item) => addRational(sum, exactNumber(pick(item))), ZERO),
        { num: 1n, den: BigInt(items.length) },
      );
    const cross =
      crosshair === undefined
        ? {
            importance: exactMean((item) => item.importance),
            performance: exactMean((item) => item.performance),
          }
        : { importance: exactNumber(crosshair.importance), performance: exactNumber(crosshair.performance) };
    return {
      crosshair: {
        importance: rationalToNumber(cross.importance),
        performance: rationalToNumber(cross.performance),
      },
      items: items.map((item) => ({ ...item, quadrant: quadrantOf(item, cross) })),
    };
  });
}

function quadrantOf(
  item: { readonly importance: number; readonly performance: number },
  cross: { readonly importance: Rational; readonly performance: Rational },
): IpaQuadrant {
  const important = compareRational(exactNumber(item.importance), cross.importance) >= 0;
  const performing = compareRational(exactNumber(item.performance), cross.performance) >= 0;
  if (important) return performing ? "keep_up_the_good_work" : "concentrate_here";
  return performing ? "possible_overkill" : "low_priority";
}
