import { err, ok, type Result } from "neverthrow";
import { parseWithSchema } from "../../core/result.js";
import { checkRecords } from "./_internal/records.js";
import type { RfmError } from "./errors.js";
import { DEFAULT_RFM_SEGMENTS, RfmOptionsSchema, type RfmSegmentRule } from "./rfm-segments.js";

/**
 * One customer's RFM figures (other keys of the record are ignored).
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface RfmRecord {
  /** The customer's id, unique in the list. */
  readonly id: string;
  /** Days (or any unit) since the last purchase, ≥ 0: lower is better. */
  readonly recency: number;
  /** Purchases in the period, ≥ 0: higher is better. */
  readonly frequency: number;
  /** Spend in the period (finite; minor units or any unit): higher is better. */
  readonly monetary: number;
}

/**
 * One customer's RFM scores and segment.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface RfmScore {
  /** The customer's id. */
  readonly id: string;
  /** Recency score, 1 … bins (bins = most recent). */
  readonly r: number;
  /** Frequency score, 1 … bins. */
  readonly f: number;
  /** Monetary score, 1 … bins. */
  readonly m: number;
  /** The three scores as a code, e.g. `"545"` (digits; `"10"` is written as `"A"` for 10 bins). */
  readonly code: string;
  /** The first matching segment, or `"others"`. */
  readonly segment: string;
}

/**
 * An RFM scoring: every customer's scores in input order, and the head-count per segment.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface RfmResult {
  /** Bins per dimension. */
  readonly bins: number;
  /** The customers in input order. */
  readonly scores: readonly RfmScore[];
  /** Customers per segment, in segment-map order, then `others` (segments without customers too). */
  readonly segments: readonly { readonly segment: string; readonly count: number }[];
}

/** Index of the first element ≥ value (`strict`: > value) in an ascending array. */
function bound(sorted: Float64Array, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid] as number;
    if (x < value || (strict && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scores of one dimension: `1 + ⌊bins · B / n⌋`, where B is the number of customers strictly
 * *worse* than this one (lower frequency or spend; a longer time since the last purchase).
 */
function dimensionScores(values: Float64Array, bins: number, lowerIsBetter: boolean): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const worse = lowerIsBetter ? n - bound(sorted, v, true) : bound(sorted, v, false);
    scores[i] = 1 + Math.floor((bins * worse) / n);
  }
  return scores;
}

const inRange = (score: number, range: readonly [number, number] | undefined) =>
  range === undefined || (score >= range[0] && score <= range[1]);

function checkSegments(segments: readonly RfmSegmentRule[], bins: number): Result<void, RfmError> {
  for (const [i, rule] of segments.entries()) {
    for (const key of ["r", "f", "m"] as const) {
      const range = rule[key];
      if (range !== undefined && (range[0] > range[1] || range[1] > bins)) {
        return err({
          code: "invalid_score_range",
          path: ["segments", i, key],
          message: `Segment "${rule.segment}": range [${range[0]}, ${range[1]}] must have min ≤ max ≤ ${bins} bins`,
        });
      }
    }
  }
  return ok(undefined);
}

const digit = (score: number) => (score === 10 ? "A" : String(score));

/**
 * Scores customers on recency, frequency and monetary value in `bins` ranked bins (quintiles by
 * default) and names their segment. A customer's score on a dimension is `1 + ⌊bins · B / n⌋`,
 * B being the number of customers strictly worse on it: equal values share a score, and the result
 * does not depend on the order of the records. O(n log n).
 *
 * @param records - {@link RfmRecord}s, at most 1,000,000, ids unique.
 * @param options - {@link RfmOptions}: `bins` (2–10, default 5), `segments` (first match wins;
 *   unmatched customers are `"others"`).
 * @returns `Ok` with the {@link RfmResult}, or `Err` with code `invalid_input`, `too_many_customers`,
 *   `duplicate_customer_id` or `invalid_score_range`.
 * @example
 * ```ts
 * const rfm = scoreRfm([
 *   { id: "c1", recency: 3, frequency: 12, monetary: 90000 },
 *   { id: "c2", recency: 200, frequency: 1, monetary: 800 },
 * ])._unsafeUnwrap();
 * rfm.scores.map((s) => s.code); // ["333", "111"]  (1 + ⌊5·1/2⌋ = 3; 1 + ⌊5·0/2⌋ = 1)
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function scoreRfm(records: unknown, options: unknown = {}): Result<RfmResult, RfmError> {
  return parseWithSchema(RfmOptionsSchema, options)
    .mapErr((error): RfmError => error)
    .andThen(({ bins, segments }) => {
      const rules = segments ?? (bins === 5 ? DEFAULT_RFM_SEGMENTS : []);
      return checkSegments(rules, bins)
        .andThen(() =>
          checkRecords<RfmRecord>(records, [
            ["recency", "nonNegative"],
            ["frequency", "nonNegative"],
            ["monetary", "finite"],
          ]),
        )
        .map((rows) => score(rows, bins, rules));
    });
}

/**
 * Segment index and code of every (r, f, m) cell, computed once: at most 10³ cells, so the per
 * customer work is three table reads.
 */
function cellTables(bins: number, rules: readonly RfmSegmentRule[], names: readonly string[]) {
  const cells = bins * bins * bins;
  const segment = new Uint8Array(cells);
  const codes = new Array<string>(cells);
  for (let r = 1; r <= bins; r++) {
    for (let f = 1; f <= bins; f++) {
      for (let m = 1; m <= bins; m++) {
        const cell = ((r - 1) * bins + (f - 1)) * bins + (m - 1);
        const rule = rules.find((s) => inRange(r, s.r) && inRange(f, s.f) && inRange(m, s.m));
        segment[cell] = names.indexOf(rule?.segment ?? "others");
        codes[cell] = `${digit(r)}${digit(f)}${digit(m)}`;
      }
    }
  }
  return { segment, codes };
}

function score(rows: readonly RfmRecord[], bins: number, rules: readonly RfmSegmentRule[]): RfmResult {
  const n = rows.length;
  const column = (key: "recency" | "frequency" | "monetary") => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = (rows[i] as RfmRecord)[key];
    return values;
  };
  const r = dimensionScores(column("recency"), bins, true);
  const f = dimensionScores(column("frequency"), bins, false);
  const m = dimensionScores(column("monetary"), bins, false);
  const names = [...new Set([...rules.map((rule) => rule.segment), "others"])];
  const tables = cellTables(bins, rules, names);
  const counts = new Array<number>(names.length).fill(0);
  const scores = new Array<RfmScore>(n);
  for (let i = 0; i < n; i++) {
    const ri = r[i] as number;
    const fi = f[i] as number;
    const mi = m[i] as number;
    const cell = ((ri - 1) * bins + (fi - 1)) * bins + (mi - 1);
    const s = tables.segment[cell] as number;
    counts[s] = (counts[s] as number) + 1;
    const id = (rows[i] as RfmRecord).id;
    scores[i] = { id, r: ri, f: fi, m: mi, code: tables.codes[cell] as string, segment: names[s] as string };
  }
  return { bins, scores, segments: names.map((segment, s) => ({ segment, count: counts[s] as number })) };
}
