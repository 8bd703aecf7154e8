import type { Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { ConfidenceSchema } from "./_internal/fields.js";
import { zFor } from "./_internal/normal.js";
import type { SatisfactionMetricError } from "./errors.js";
import { DEFAULT_SATISFACTION_CONFIDENCE, SATISFACTION_LIMITS } from "./limits.js";

const common = {
  proportion: z.number().min(0).max(1).default(0.5),
  confidence: ConfidenceSchema.default(DEFAULT_SATISFACTION_CONFIDENCE),
  population: z.int().min(2).max(SATISFACTION_LIMITS.population).optional(),
};

const MarginInputSchema = z
  .strictObject({ sampleSize: z.int().min(1).max(SATISFACTION_LIMITS.count), ...common })
  .refine((input) => input.population === undefined || input.sampleSize <= input.population, {
    message: "sampleSize must not exceed population",
    path: ["sampleSize"],
  });

const SampleSizeInputSchema = z.strictObject({ marginOfError: z.number().gt(0).max(0.5), ...common });

/**
 * A margin of error and the inputs it was computed from.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface MarginOfError {
  /** Half-width of the interval, as a share (0.05 = ±5 percentage points). */
  readonly marginOfError: number;
  /** The critical value z used. */
  readonly z: number;
  /** The finite-population correction factor √((N − n)/(N − 1)), 1 without a population. */
  readonly correction: number;
}

/**
 * Margin of error of a proportion: z·√(p(1 − p)/n)·√((N − n)/(N − 1)), the last factor (the
 * finite-population correction) only when `population` N is given.
 *
 * @param input - `{ sampleSize, proportion? = 0.5, confidence? = 0.95, population? }`.
 * @returns `Ok` with the {@link MarginOfError}, or `Err` with `invalid_input`.
 * @example
 * ```ts
 * computeMarginOfError({ sampleSize: 400 })._unsafeUnwrap().marginOfError; // 0.04899…
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeMarginOfError(input: unknown): Result<MarginOfError, SatisfactionMetricError> {
  return parseWithSchema(MarginInputSchema, input).map(
    ({ sampleSize, proportion, confidence, population }) => {
      const z = zFor(confidence);
      const correction =
        population === undefined ? 1 : Math.sqrt((population - sampleSize) / (population - 1));
      return {
        marginOfError: z * Math.sqrt((proportion * (1 - proportion)) / sampleSize) * correction,
        z,
        correction,
      };
    },
  );
}

/**
 * The minimum sample size for a margin of error and its inputs.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SampleSizePlan {
  /** Responses needed (rounded up), after the finite-population correction when N is given. */
  readonly sampleSize: number;
  /** Responses needed for an infinite population: ⌈z²p(1 − p)/e²⌉. */
  readonly withoutCorrection: number;
  /** The critical value z used. */
  readonly z: number;
}

/**
 * Minimum sample size for a margin of error e: n₀ = z²·p(1 − p)/e², and with a population N
 * n = n₀/(1 + (n₀ − 1)/N), rounded up (never above N).
 *
 * @param input - `{ marginOfError, proportion? = 0.5, confidence? = 0.95, population? }`.
 * @returns `Ok` with the {@link SampleSizePlan}, or `Err` with `invalid_input`.
 * @example
 * ```ts
 * computeSampleSize({ marginOfError: 0.05 })._unsafeUnwrap().sampleSize; // 385
 * computeSampleSize({ marginOfError: 0.05, population: 1000 })._unsafeUnwrap().sampleSize; // 278
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeSampleSize(input: unknown): Result<SampleSizePlan, SatisfactionMetricError> {
  return parseWithSchema(SampleSizeInputSchema, input).map(
    ({ marginOfError, proportion, confidence, population }) => {
      const z = zFor(confidence);
      const infinite = (z * z * proportion * (1 - proportion)) / (marginOfError * marginOfError);
      const corrected = population === undefined ? infinite : infinite / (1 + (infinite - 1) / population);
      return {
        sampleSize: Math.max(1, roundUp(Math.min(corrected, population ?? corrected))),
        withoutCorrection: Math.max(1, roundUp(infinite)),
        z,
      };
    },
  );
}

/** ⌈x⌉ after dropping float noise below 1e-9 (so 385.0000000001 is 385). */
function roundUp(x: number): number {
  return Math.ceil(Number(x.toFixed(9)));
}
