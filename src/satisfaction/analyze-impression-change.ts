import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import type { InvalidInputError } from "../core/errors.js";
import { parseWithSchema } from "../core/result.js";
import { proportion } from "./_internal/estimates.js";
import { ConfidenceSchema } from "./_internal/fields.js";
import { zFor } from "./_internal/normal.js";
import { DEFAULT_SATISFACTION_CONFIDENCE } from "./limits.js";
import type { ProportionEstimate } from "./metric-types.js";
import type { SurveyResponse } from "./response-schema.js";
import type { Survey } from "./survey-schema.js";

const ImpressionOptionsSchema = z.strictObject({
  confidence: ConfidenceSchema.default(DEFAULT_SATISFACTION_CONFIDENCE),
});

/**
 * For owners whose impression moved one way: how many, and the share citing each area.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ImpressionReasons {
  /** Owners whose impression moved this way. */
  readonly owners: number;
  /** Per declared area, by descending share (ties in survey order); empty when owners = 0. */
  readonly areas: readonly (ProportionEstimate & { readonly area: string })[];
}

/**
 * The result of {@link analyzeImpressionChange}.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface ImpressionChangeAnalysis {
  /** Owners whose impression improved. */
  readonly improved: ImpressionReasons;
  /** Owners whose impression worsened. */
  readonly worsened: ImpressionReasons;
  /** Owners whose impression did not change. */
  readonly unchanged: number;
  /** Responses that did not report an impression change. */
  readonly notReported: number;
}

/**
 * For owners whose impression of the company improved or worsened, the share citing each area
 * as a reason (an owner may cite several; shares need not sum to 1), with Wilson intervals —
 * e.g. "43% of dissatisfied owners cite engineering quality".
 *
 * @param survey - a survey from {@link parseSurvey} (its areas are the reasons counted).
 * @param responses - accepted responses.
 * @param options - `{ confidence? }`.
 * @returns `Ok` with the {@link ImpressionChangeAnalysis}, or `Err` with `invalid_input` (options).
 * @example
 * ```ts
 * const impression = analyzeImpressionChange(survey, batch.accepted)._unsafeUnwrap();
 * impression.worsened.areas[0]?.area; // "engineering_quality"
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function analyzeImpressionChange(
  survey: Survey,
  responses: readonly SurveyResponse[],
  options: { readonly confidence?: number } = {},
): Result<ImpressionChangeAnalysis, InvalidInputError> {
  const parsed = parseWithSchema(ImpressionOptionsSchema, options);
  if (parsed.isErr()) return err(parsed.error);
  const z = zFor(parsed.value.confidence);
  const areaIndex = new Map(survey.areas.map((area, i) => [area.id, i]));
  const tallies = {
    improved: new Array<number>(survey.areas.length).fill(0),
    worsened: new Array<number>(survey.areas.length).fill(0),
  };
  const owners = { improved: 0, worsened: 0, unchanged: 0, notReported: 0 };
  for (const response of responses) {
    const impression = response.impression;
    if (impression === null) owners.notReported += 1;
    else owners[impression] += 1;
    if (impression !== "improved" && impression !== "worsened") continue;
    const cited = new Set(response.reasons);
    for (const area of cited) {
      const i = areaIndex.get(area);
      if (i !== undefined) tallies[impression][i] = (tallies[impression][i] ?? 0) + 1;
    }
  }
  const reasons = (direction: "improved" | "worsened"): ImpressionReasons => {
    const n = owners[direction];
    if (n === 0) return { owners: 0, areas: [] };
    const areas = survey.areas.map((area, i) => ({
      area: area.id,
      ...proportion(tallies[direction][i] ?? 0, n, z),
    }));
    const order = areas
      .map((_, i) => i)
      .sort((a, b) => (areas[b]?.count ?? 0) - (areas[a]?.count ?? 0) || a - b);
    return { owners: n, areas: order.flatMap((i) => areas[i] ?? []) };
  };
  return ok({
    improved: reasons("improved"),
    worsened: reasons("worsened"),
    unchanged: owners.unchanged,
    notReported: owners.notReported,
  });
}
