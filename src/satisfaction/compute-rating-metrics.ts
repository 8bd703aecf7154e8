import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { histogramSchema, MetricOptionFields, noObservation, settingsOf } from "./_internal/options.js";
import { cesMetrics, likertMetrics, type MetricSettings, npsMetrics } from "./_internal/question-metrics.js";
import type { SatisfactionMetricError } from "./errors.js";
import type { CesMetrics, LikertMetrics, NpsMetrics } from "./metric-types.js";

function fromCounts<Metrics>(
  schema: z.ZodType<{ counts: number[]; confidence: number; minSample: number }>,
  input: unknown,
  build: (counts: readonly number[], settings: MetricSettings) => Metrics,
): Result<Metrics, SatisfactionMetricError> {
  return parseWithSchema(schema, input)
    .mapErr((error): SatisfactionMetricError => error)
    .andThen((parsed) =>
      noObservation(parsed.counts)
        ? err({ code: "empty_sample" as const, message: "The histogram holds no answer" })
        : ok(build(parsed.counts, settingsOf(parsed))),
    );
}

const countsOf = (length: number) =>
  z.strictObject({ counts: histogramSchema(length), ...MetricOptionFields });

/**
 * CSAT of a 1–5 question from its histogram: the top-2-box share (answers 4–5) with its Wilson
 * interval, the mean, and the mean rescaled to 0–100.
 *
 * @param input - `{ counts: [n1, n2, n3, n4, n5], confidence?, minSample? }`.
 * @returns `Ok` with {@link LikertMetrics}, or `Err` with `invalid_input` or `empty_sample`.
 * @example
 * ```ts
 * computeCsat({ counts: [2, 3, 10, 20, 15] })._unsafeUnwrap().csat.share; // 0.7
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeCsat(input: unknown): Result<LikertMetrics, SatisfactionMetricError> {
  return fromCounts(countsOf(5), input, (counts, settings) => likertMetrics(5, counts, settings));
}

/**
 * Metrics of a 1–5 or 1–7 Likert histogram: top-2 box, mean, and 100·(mean − 1)/(points − 1).
 *
 * @param input - `{ points: 5 | 7, counts, confidence?, minSample? }` (`counts.length === points`).
 * @returns `Ok` with {@link LikertMetrics}, or `Err` with `invalid_input` or `empty_sample`.
 * @example
 * ```ts
 * computeLikertScore({ points: 7, counts: [0, 0, 1, 2, 3, 2, 2] })._unsafeUnwrap().score; // 70
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeLikertScore(input: unknown): Result<LikertMetrics, SatisfactionMetricError> {
  const points = typeof input === "object" && input !== null ? (input as { points?: unknown }).points : 0;
  const schema = z.strictObject({
    points: z.union([z.literal(5), z.literal(7)]),
    counts: histogramSchema(points === 7 ? 7 : 5),
    ...MetricOptionFields,
  });
  return fromCounts(schema, input, (counts, settings) =>
    likertMetrics(counts.length === 7 ? 7 : 5, counts, settings),
  );
}

/**
 * Customer Effort Score of a 1–7 agreement histogram: agree share (5–7) with its Wilson interval,
 * net CES = %agree − %disagree (1–3) with an adjusted-Wald interval, mean, 0–100 score.
 *
 * @param input - `{ counts: [n1 … n7], confidence?, minSample? }`.
 * @returns `Ok` with {@link CesMetrics}, or `Err` with `invalid_input` or `empty_sample`.
 * @example
 * ```ts
 * computeCes({ counts: [1, 1, 2, 6, 10, 20, 10] })._unsafeUnwrap().agree.share; // 0.8
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeCes(input: unknown): Result<CesMetrics, SatisfactionMetricError> {
  return fromCounts(countsOf(7), input, cesMetrics);
}

/**
 * Metrics of a 0–10 likelihood-to-recommend histogram: NPS with promoters/passives/detractors,
 * the mean and the 0–100 score.
 *
 * @param input - `{ counts: [n0 … n10], confidence?, minSample? }`.
 * @returns `Ok` with {@link NpsMetrics}, or `Err` with `invalid_input` or `empty_sample`.
 * @example
 * ```ts
 * computeNpsFromHistogram({ counts: [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 5] })._unsafeUnwrap().nps.value; // 35
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeNpsFromHistogram(input: unknown): Result<NpsMetrics, SatisfactionMetricError> {
  return fromCounts(countsOf(11), input, npsMetrics);
}
