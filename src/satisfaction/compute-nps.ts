import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { netScore, proportion } from "./_internal/estimates.js";
import { CountSchema } from "./_internal/fields.js";
import { MetricOptionFields, settingsOf } from "./_internal/options.js";
import type { SatisfactionMetricError } from "./errors.js";
import type { NetScoreEstimate, ProportionEstimate } from "./metric-types.js";

const NpsInputSchema = z.strictObject({
  promoters: CountSchema,
  passives: CountSchema,
  detractors: CountSchema,
  ...MetricOptionFields,
});

/**
 * The Net Promoter Score of three counts.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface NpsSummary {
  /** Answers counted. */
  readonly n: number;
  /** NPS with its adjusted-Wald interval (clamped to ±100). */
  readonly nps: NetScoreEstimate;
  /** Share of promoters (9–10), Wilson interval. */
  readonly promoters: ProportionEstimate;
  /** Share of passives (7–8). */
  readonly passives: ProportionEstimate;
  /** Share of detractors (0–6). */
  readonly detractors: ProportionEstimate;
  /** Whether n is below `minSample`. */
  readonly smallSample: boolean;
}

/**
 * The Net Promoter Score from counts of promoters (9–10), passives (7–8) and detractors (0–6):
 * NPS = 100·(promoters − detractors)/n, with the adjusted-Wald interval of Rocks (2016).
 *
 * @param input - `{ promoters, passives, detractors, confidence?, minSample? }`.
 * @returns `Ok` with the {@link NpsSummary}, or `Err` with `invalid_input` or `empty_sample`.
 * @example
 * ```ts
 * const { nps } = computeNps({ promoters: 60, passives: 25, detractors: 15 })._unsafeUnwrap();
 * nps.value; // 45
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function computeNps(input: unknown): Result<NpsSummary, SatisfactionMetricError> {
  return parseWithSchema(NpsInputSchema, input)
    .mapErr((error): SatisfactionMetricError => error)
    .andThen((parsed) => {
      const n = parsed.promoters + parsed.passives + parsed.detractors;
      if (n === 0) return err({ code: "empty_sample" as const, message: "NPS needs at least one answer" });
      const { z: zValue, minSample } = settingsOf(parsed);
      return ok({
        n,
        nps: netScore(parsed.promoters, parsed.detractors, n, zValue),
        promoters: proportion(parsed.promoters, n, zValue),
        passives: proportion(parsed.passives, n, zValue),
        detractors: proportion(parsed.detractors, n, zValue),
        smallSample: n < minSample,
      });
    });
}
