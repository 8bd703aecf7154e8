import { err, ok, type Result } from "neverthrow";
import { makeRational, type Rational, ZERO } from "../../core/rational.js";
import { sortedOrder } from "./_internal/pareto-order.js";
import { checkRecords } from "./_internal/records.js";
import type { ParetoError } from "./errors.js";
import { type ParetoScheme, parseParetoScheme } from "./pareto-scheme.js";

/**
 * One customer's value for a Pareto analysis: a non-negative safe integer, such as revenue or
 * profit in minor units (fen). Other keys of the record are ignored.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ParetoRecord {
  /** The customer's id, unique in the list. */
  readonly id: string;
  /** The value, an integer ≥ 0 (a loss-making customer should be floored at 0 or left out). */
  readonly value: number;
}

/**
 * A customer's place in the Pareto ranking.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ParetoAssignment {
  /** The customer's id. */
  readonly id: string;
  /** The customer's value. */
  readonly value: number;
  /** 1 for the most valuable; ties by value are ranked by id (UTF-16 order). */
  readonly rank: number;
  /** The class the customer falls in. */
  readonly class: string;
  /** The sum of the values of ranks 1 … `rank`; its share is `cumulativeValue / totalValue`. */
  readonly cumulativeValue: number;
}

/**
 * One class of a Pareto result: its head-count and value, and their shares of the whole.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ParetoClassSummary {
  /** The class name. */
  readonly class: string;
  /** Customers in the class. */
  readonly count: number;
  /** Sum of their values. */
  readonly value: number;
  /** `count / all customers`, exact (0 when there are none). */
  readonly headShare: Rational;
  /** `value / total value`, exact (0 when the total is 0). */
  readonly valueShare: Rational;
}

/**
 * A Pareto (ABC) classification: every customer in rank order with its class, and per class the
 * head-count share and value share (the 20/80 picture).
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface ParetoResult {
  /** The scheme applied. */
  readonly scheme: ParetoScheme;
  /** Sum of all values. */
  readonly totalValue: number;
  /** The customers, most valuable first. */
  readonly assignments: readonly ParetoAssignment[];
  /** One summary per class of the scheme, in the scheme's order (empty classes included). */
  readonly classes: readonly ParetoClassSummary[];
}

const share = (part: number, whole: number): Rational =>
  whole === 0 ? ZERO : makeRational(BigInt(part), BigInt(whole));

/**
 * Integer thresholds on the cumulative value: with `cumulativeAtMost` a customer whose cumulative
 * value `c` satisfies `c ≤ ⌊p·total/q⌋` is within cut-off p/q (exactly `c/total ≤ p/q`); with
 * `crossingInUpper` one whose preceding cumulative value `c′ ≤ ⌈p·total/q⌉ − 1` is (`c′/total < p/q`).
 */
function thresholds(scheme: ParetoScheme, total: number): number[] {
  const t = BigInt(total);
  return scheme.cutoffs.map(({ num, den }) =>
    scheme.boundary === "cumulativeAtMost" ? Number((num * t) / den) : Number((num * t + den - 1n) / den) - 1,
  );
}

/**
 * Classes customers by their cumulative share of a value (ABC / Pareto analysis): rank by value,
 * highest first (ties by id), add up, and cut where the running share passes each cut-off.
 * Comparisons are exact integer arithmetic, so a running share of exactly 95% lands on the side
 * the boundary rule documents. Customers with value 0 always fall in the last class.
 * O(n log n); one million customers take well under a second.
 *
 * @param records - {@link ParetoRecord}s, at most 1,000,000, ids unique.
 * @param scheme - a {@link ParetoSchemeInput}; default A/B/C at 80/95, `"cumulativeAtMost"`.
 * @returns `Ok` with the {@link ParetoResult}, or `Err` with code `invalid_input`,
 *   `too_many_customers`, `duplicate_customer_id`, `negative_value`, `value_total_too_large`, or a
 *   scheme error (`class_count_mismatch`, `cutoffs_not_increasing`, `duplicate_class`).
 * @example
 * ```ts
 * const result = classifyPareto(
 *   [{ id: "c1", value: 80 }, { id: "c2", value: 15 }, { id: "c3", value: 5 }],
 * )._unsafeUnwrap();
 * result.assignments.map((a) => a.class); // ["A", "B", "C"]  (80% ≤ 80%, 95% ≤ 95%)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function classifyPareto(records: unknown, scheme?: unknown): Result<ParetoResult, ParetoError> {
  return parseParetoScheme(scheme).andThen((parsed) =>
    checkRecords<ParetoRecord>(records, [["value", "safeInteger"]])
      .mapErr((error): ParetoError => error)
      .andThen((rows) => rank(rows, parsed)),
  );
}

function rank(rows: readonly ParetoRecord[], scheme: ParetoScheme): Result<ParetoResult, ParetoError> {
  const n = rows.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const value = (rows[i] as ParetoRecord).value;
    if (value < 0) {
      return err({ code: "negative_value", path: [i, "value"], message: `Value ${value} is below zero` });
    }
    total += value;
  }
  if (!Number.isSafeInteger(total)) {
    return err({
      code: "value_total_too_large",
      message: "The values sum past Number.MAX_SAFE_INTEGER; use a larger unit (yuan, not fen)",
    });
  }
  const order = sortedOrder(rows);
  const limits = thresholds(scheme, total);
  const last = scheme.classes.length - 1;
  const counts = new Array<number>(last + 1).fill(0);
  const sums = new Array<number>(last + 1).fill(0);
  const assignments = new Array<ParetoAssignment>(n);
  let cumulative = 0;
  let k = 0;
  for (let r = 0; r < n; r++) {
    const row = rows[order[r] as number] as ParetoRecord;
    const before = cumulative;
    cumulative += row.value;
    const probe = scheme.boundary === "cumulativeAtMost" ? cumulative : before;
    while (k < last && probe > (limits[k] as number)) k++;
    const c = row.value === 0 ? last : k;
    counts[c] = (counts[c] as number) + 1;
    sums[c] = (sums[c] as number) + row.value;
    assignments[r] = {
      id: row.id,
      value: row.value,
      rank: r + 1,
      class: scheme.classes[c] as string,
      cumulativeValue: cumulative,
    };
  }
  const classes = scheme.classes.map((name, c) => ({
    class: name,
    count: counts[c] as number,
    value: sums[c] as number,
    headShare: share(counts[c] as number, n),
    valueShare: share(sums[c] as number, total),
  }));
  return ok({ scheme, totalValue: total, assignments, classes });
}
