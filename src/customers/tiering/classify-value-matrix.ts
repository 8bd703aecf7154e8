import { ok, type Result } from "neverthrow";
import { z } from "zod";
import { percentFraction } from "../../core/_internal/exact-number.js";
import { parseWithSchema } from "../../core/result.js";
import type { DeepReadonly } from "../../core/types.js";
import { TierLabelSchema } from "./_internal/fields.js";
import { checkRecords } from "./_internal/records.js";
import type { TieringRecordError } from "./errors.js";

/**
 * The four quadrants of the value matrix (current value × potential value): `strategic` (high,
 * high), `develop` (low current, high potential), `maintain` (high current, low potential) and
 * `basic` (low, low).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const VALUE_QUADRANTS = ["strategic", "develop", "maintain", "basic"] as const;

/**
 * `"strategic" | "develop" | "maintain" | "basic"`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type ValueQuadrant = (typeof VALUE_QUADRANTS)[number];

const CutSchema = z.union([
  z.strictObject({ at: z.number() }),
  z.strictObject({ percentile: z.number().min(0).lt(100) }),
]);

/**
 * zod schema of the value-matrix options, strict. Each axis is cut at an absolute value
 * (`{ at: 500000 }`) or a percentile of the customers given (`{ percentile: 80 }`); a value at or
 * above the cut is *high*. `labels` renames quadrants for display.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const ValueMatrixOptionsSchema = z.strictObject({
  current: CutSchema,
  potential: CutSchema,
  labels: z.partialRecord(z.enum(VALUE_QUADRANTS), TierLabelSchema).optional(),
});

/**
 * Value-matrix options as a host writes them.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type ValueMatrixOptions = DeepReadonly<z.input<typeof ValueMatrixOptionsSchema>>;

/**
 * One customer's current and potential value (finite numbers; other keys ignored).
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ValueMatrixRecord {
  /** The customer's id, unique in the list. */
  readonly id: string;
  /** What the customer is worth now (revenue, profit, a score). */
  readonly current: number;
  /** What the customer could be worth (share of wallet, a sales estimate, a score). */
  readonly potential: number;
}

/**
 * One customer's quadrant.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ValueMatrixAssignment {
  /** The customer's id. */
  readonly id: string;
  /** The quadrant. */
  readonly quadrant: ValueQuadrant;
  /** Its display label (the quadrant name unless renamed). */
  readonly label: string;
  /** `current ≥ cuts.current`. */
  readonly highCurrent: boolean;
  /** `potential ≥ cuts.potential`. */
  readonly highPotential: boolean;
}

/**
 * A value matrix: the cut values used, every customer's quadrant (input order) and the counts.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ValueMatrixResult {
  /** The cut on each axis; `null` for a percentile cut over no customers. */
  readonly cuts: { readonly current: number | null; readonly potential: number | null };
  /** The customers in input order. */
  readonly assignments: readonly ValueMatrixAssignment[];
  /** Customers per quadrant. */
  readonly counts: Readonly<Record<ValueQuadrant, number>>;
}

function sortedValues(rows: readonly ValueMatrixRecord[], key: "current" | "potential"): Float64Array {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = (rows[i] as ValueMatrixRecord)[key];
  return values.sort();
}

/**
 * The value at 0-based index ⌊p·n/100⌋ of the ascending values: when values are distinct, exactly
 * ⌊p·n/100⌋ customers lie below it, the rest (ties included) at or above.
 */
function cutValue(
  cut: z.output<typeof CutSchema>,
  rows: readonly ValueMatrixRecord[],
  key: "current" | "potential",
): number | null {
  if ("at" in cut) return cut.at;
  const values = sortedValues(rows, key);
  if (values.length === 0) return null;
  const p = percentFraction(cut.percentile);
  const index = Number((p.num * BigInt(values.length)) / p.den);
  return values[index] as number;
}

/**
 * Places customers in the value matrix (客户现有价值 × 潜在价值): high or low on each axis, four
 * quadrants. The result does not depend on the order of the records.
 *
 * @param records - {@link ValueMatrixRecord}s, at most 1,000,000, ids unique.
 * @param options - {@link ValueMatrixOptions}: the cut on each axis, optional labels.
 * @returns `Ok` with the {@link ValueMatrixResult}, or `Err` with code `invalid_input`,
 *   `too_many_customers` or `duplicate_customer_id`.
 * @example
 * ```ts
 * const matrix = classifyValueMatrix(
 *   [{ id: "c1", current: 900, potential: 10 }, { id: "c2", current: 100, potential: 95 }],
 *   { current: { at: 500 }, potential: { at: 50 } },
 * )._unsafeUnwrap();
 * matrix.assignments.map((a) => a.quadrant); // ["maintain", "develop"]
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function classifyValueMatrix(
  records: unknown,
  options: unknown,
): Result<ValueMatrixResult, TieringRecordError> {
  return parseWithSchema(ValueMatrixOptionsSchema, options)
    .mapErr((error): TieringRecordError => error)
    .andThen((parsed) =>
      checkRecords<ValueMatrixRecord>(records, [
        ["current", "finite"],
        ["potential", "finite"],
      ]).andThen((rows) => {
        const cuts = {
          current: cutValue(parsed.current, rows, "current"),
          potential: cutValue(parsed.potential, rows, "potential"),
        };
        const counts = { strategic: 0, develop: 0, maintain: 0, basic: 0 };
        const assignments = rows.map((row): ValueMatrixAssignment => {
          const highCurrent = cuts.current !== null && row.current >= cuts.current;
          const highPotential = cuts.potential !== null && row.potential >= cuts.potential;
          const quadrant: ValueQuadrant = highPotential
            ? highCurrent
              ? "strategic"
              : "develop"
            : highCurrent
              ? "maintain"
              : "basic";
          counts[quadrant]++;
          const label = parsed.labels?.[quadrant] ?? quadrant;
          return { id: row.id, quadrant, label, highCurrent, highPotential };
        });
        return ok({ cuts, assignments, counts });
      }),
    );
}
