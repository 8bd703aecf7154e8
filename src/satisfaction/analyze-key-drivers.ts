import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { keyDrivers } from "./_internal/drivers.js";
import { MinSampleSchema, SatisfactionIdSchema } from "./_internal/fields.js";
import type { KeyDriverError } from "./errors.js";
import { DEFAULT_MIN_SAMPLE, SATISFACTION_LIMITS } from "./limits.js";

const Values = z.array(z.number().nullable()).max(SATISFACTION_LIMITS.driverRows);

const KeyDriverInputSchema = z.strictObject({
  drivers: z
    .array(z.strictObject({ id: SatisfactionIdSchema, values: Values }))
    .min(1)
    .max(SATISFACTION_LIMITS.drivers),
  overall: Values,
  minSample: MinSampleSchema.default(DEFAULT_MIN_SAMPLE),
});

/**
 * One driver's importance to the overall score.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface KeyDriver {
  /** Driver id. */
  readonly id: string;
  /** Pearson correlation with the overall score. */
  readonly correlation: number;
  /** Standardised regression weight (minimum-norm least squares when drivers are collinear). */
  readonly beta: number;
  /** Johnson's relative weight: its share of R²; the weights sum to `rSquared`. */
  readonly relativeWeight: number;
  /** relativeWeight / R² (0 when R² = 0). */
  readonly share: number;
  /** 1 = the largest relative weight. */
  readonly rank: number;
}

/**
 * The result of a key-driver analysis.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface KeyDriverAnalysis {
  /** Complete rows used (listwise deletion). */
  readonly n: number;
  /** Variance of the overall score explained by all drivers together. */
  readonly rSquared: number;
  /** Whether the drivers are (nearly) linearly dependent: betas are then unreliable, relative weights are not. */
  readonly collinear: boolean;
  /** Whether n < minSample. */
  readonly smallSample: boolean;
  /** Drivers in input order. */
  readonly drivers: readonly KeyDriver[];
}

/**
 * Key-driver analysis of numeric driver scores against an overall score: correlations,
 * standardised regression weights, and Johnson's relative weights (which sum to R² and stay
 * stable when drivers are collinear). Rows with a null anywhere are left out.
 *
 * @param input - `{ drivers: [{ id, values }], overall, minSample? }`; up to 50 drivers and
 *   2,000,000 rows; `null` marks a missing value.
 * @returns `Ok` with the {@link KeyDriverAnalysis}, or `Err` with `invalid_input`,
 *   `length_mismatch`, `too_few_rows` (fewer complete rows than drivers + 2) or `zero_variance`.
 * @example
 * ```ts
 * const drivers = analyzeKeyDrivers({
 *   drivers: [
 *     { id: "repair_speed", values: [1, 2, 3, 4, 5, 3] },
 *     { id: "courtesy", values: [2, 2, 3, 3, 4, 5] },
 *   ],
 *   overall: [1, 2, 3, 4, 5, 4],
 * })._unsafeUnwrap();
 * drivers.drivers[0]?.rank; // 1
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function analyzeKeyDrivers(input: unknown): Result<KeyDriverAnalysis, KeyDriverError> {
  const parsed = parseWithSchema(KeyDriverInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const { drivers, overall, minSample } = parsed.value;
  return keyDriversOfColumns(
    drivers.map((driver) => driver.id),
    drivers.map((driver) => driver.values),
    overall,
    minSample,
  );
}

/** Listwise deletion, the row and variance checks, then the analysis. */
export function keyDriversOfColumns(
  ids: readonly string[],
  columns: readonly (readonly (number | null)[])[],
  overall: readonly (number | null)[],
  minSample: number,
): Result<KeyDriverAnalysis, KeyDriverError> {
  for (const [j, column] of columns.entries()) {
    if (column.length !== overall.length) {
      return err({
        code: "length_mismatch",
        path: ["drivers", j, "values"],
        message: `Driver "${ids[j]}" has ${column.length} values; overall has ${overall.length}`,
      });
    }
  }
  const rows: number[] = [];
  for (let i = 0; i < overall.length; i += 1) {
    if (overall[i] !== null && columns.every((column) => column[i] !== null)) rows.push(i);
  }
  if (rows.length < ids.length + 2) {
    return err({
      code: "too_few_rows",
      message: `${rows.length} complete rows for ${ids.length} drivers; at least ${ids.length + 2} are needed`,
    });
  }
  const pick = (column: readonly (number | null)[]) => Float64Array.from(rows, (i) => column[i] ?? 0);
  const x = columns.map(pick);
  const y = pick(overall);
  const constant = [...x, y].findIndex((column) => column.every((value) => value === column[0]));
  if (constant >= 0) {
    const what = constant < ids.length ? `driver "${ids[constant]}"` : "the overall score";
    return err({
      code: "zero_variance",
      path: constant < ids.length ? ["drivers", constant, "values"] : ["overall"],
      message: `${what} is constant over the complete rows: it explains nothing`,
    });
  }
  return ok(keyDrivers(ids, x, y, minSample));
}
