import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { proportion } from "./_internal/estimates.js";
import { ConfidenceSchema, CountSchema } from "./_internal/fields.js";
import { zFor } from "./_internal/normal.js";
import type { SatisfactionMetricError } from "./errors.js";
import { DEFAULT_SATISFACTION_CONFIDENCE } from "./limits.js";
import type { ProportionEstimate } from "./metric-types.js";

const WilsonInputSchema = z
  .strictObject({
    successes: CountSchema,
    trials: CountSchema,
    confidence: ConfidenceSchema.default(DEFAULT_SATISFACTION_CONFIDENCE),
  })
  .refine((input) => input.successes <= input.trials, {
    message: "successes must not exceed trials",
    path: ["successes"],
  });

/**
 * A proportion with its Wilson score interval (the interval Agresti & Coull, Newcombe and
 * MeasuringU recommend for survey proportions; it never leaves [0, 1]).
 *
 * @param input - `{ successes, trials, confidence? }` (confidence 0.5–0.9999, default 0.95).
 * @returns `Ok` with the {@link ProportionEstimate}, or `Err` with `invalid_input` (negative or
 *   fractional counts, successes > trials) or `empty_sample` (trials = 0).
 * @example
 * ```ts
 * computeWilsonInterval({ successes: 45, trials: 50 })._unsafeUnwrap();
 * // { count: 45, total: 50, share: 0.9, lower: 0.7864…, upper: 0.9565… }
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeWilsonInterval(input: unknown): Result<ProportionEstimate, SatisfactionMetricError> {
  return parseWithSchema(WilsonInputSchema, input)
    .mapErr((error): SatisfactionMetricError => error)
    .andThen(({ successes, trials, confidence }) =>
      trials === 0
        ? err({ code: "empty_sample" as const, message: "A proportion needs at least one trial" })
        : ok(proportion(successes, trials, zFor(confidence))),
    );
}
