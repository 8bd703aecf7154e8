import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { percentFraction } from "../../core/_internal/exact-number.js";
import type { Rational } from "../../core/rational.js";
import { parseWithSchema } from "../../core/result.js";
import type { DeepReadonly } from "../../core/types.js";
import { PercentSchema, TierLabelSchema } from "./_internal/fields.js";
import type { ParetoError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";

/**
 * How a customer on a cut-off is classed:
 * - `"cumulativeAtMost"` (default, the spreadsheet rule `IF(cum% <= 80%, "A", …)`): a customer is
 *   in a class only if the cumulative share *including it* is at most the class's cut-off;
 * - `"crossingInUpper"`: the customer whose value crosses a cut-off stays in the upper class (a
 *   customer is in a class if the cumulative share *before it* is below the cut-off).
 *
 * @category Tiering
 * @since 0.1.0
 */
export type ParetoBoundary = "cumulativeAtMost" | "crossingInUpper";

/**
 * zod schema of a Pareto (ABC) scheme, strict. `cutoffs` are cumulative value shares in percent,
 * strictly increasing inside (0, 100); there is one more class than cut-offs (the last class takes
 * the rest). Defaults: classes `A`, `B`, `C` at 80 and 95 per cent, boundary `"cumulativeAtMost"`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const ParetoSchemeSchema = z.strictObject({
  classes: z.array(TierLabelSchema).min(2).max(TIERING_LIMITS.paretoClasses).optional(),
  cutoffs: z
    .array(PercentSchema.gt(0).lt(100))
    .min(1)
    .max(TIERING_LIMITS.paretoClasses - 1)
    .optional(),
  boundary: z.enum(["cumulativeAtMost", "crossingInUpper"]).default("cumulativeAtMost"),
});

/**
 * A Pareto scheme as a host writes it, e.g. `{ cutoffs: [80, 95] }`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type ParetoSchemeInput = DeepReadonly<z.input<typeof ParetoSchemeSchema>>;

/**
 * A checked Pareto scheme: class names from the most valuable down, each cut-off as an exact
 * fraction of the total (80% is 4/5), and the boundary rule.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ParetoScheme {
  /** Class names, most valuable first. */
  readonly classes: readonly string[];
  /** Cumulative value shares as exact fractions of 1, one per class but the last. */
  readonly cutoffs: readonly Rational[];
  /** How a customer on a cut-off is classed. */
  readonly boundary: ParetoBoundary;
}

/**
 * The classic three classes: A up to 80% of the value, B up to 95%, C the rest.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const PARETO_ABC = { classes: ["A", "B", "C"], cutoffs: [80, 95] } as const;

/**
 * The four classes of the sources' chart: A, B, C, D with 40%, 30%, 20% and 10% of the profit
 * (cumulative cut-offs 40, 70 and 90 per cent), head-counts running the other way.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const PARETO_ABCD = { classes: ["A", "B", "C", "D"], cutoffs: [40, 70, 90] } as const;

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));

/**
 * Validates a Pareto scheme. Given only `cutoffs`, classes are lettered `A`, `B`, …; given only
 * `classes`, there must be three of them (the default cut-offs 80 and 95).
 *
 * @param input - a {@link ParetoSchemeInput}; `undefined` gives the default A/B/C at 80/95.
 * @returns `Ok` with the scheme, or `Err` with code `invalid_input`, `class_count_mismatch`,
 *   `cutoffs_not_increasing` or `duplicate_class` (each with a `path`).
 * @example
 * ```ts
 * const abcd = parseParetoScheme(PARETO_ABCD)._unsafeUnwrap();
 * abcd.cutoffs[0]; // { num: 2n, den: 5n } (40%)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function parseParetoScheme(input: unknown = {}): Result<ParetoScheme, ParetoError> {
  return parseWithSchema(ParetoSchemeSchema, input)
    .mapErr((error): ParetoError => error)
    .andThen(({ classes, cutoffs, boundary }): Result<ParetoScheme, ParetoError> => {
      const cuts =
        cutoffs ?? (classes === undefined || classes.length === 3 ? PARETO_ABC.cutoffs : undefined);
      if (cuts === undefined || (classes !== undefined && classes.length !== cuts.length + 1)) {
        return err({
          code: "class_count_mismatch",
          path: ["classes"],
          message: `${classes?.length ?? 0} classes need ${(classes?.length ?? 1) - 1} cut-offs; got ${cuts?.length ?? "the default 2"}`,
        });
      }
      for (let i = 1; i < cuts.length; i++) {
        if ((cuts[i] as number) <= (cuts[i - 1] as number)) {
          return err({
            code: "cutoffs_not_increasing",
            path: ["cutoffs", i],
            message: `Cut-off ${cuts[i]}% must be above the previous one (${cuts[i - 1]}%)`,
          });
        }
      }
      const names = classes ?? letters(cuts.length + 1);
      const duplicate = names.findIndex((name, i) => names.indexOf(name) !== i);
      if (duplicate >= 0) {
        return err({
          code: "duplicate_class",
          path: ["classes", duplicate],
          message: `Class "${names[duplicate]}" is named twice`,
        });
      }
      return ok({ classes: names, cutoffs: cuts.map(percentFraction), boundary });
    });
}
