import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { TimeZoneSchema } from "../core/time-zone.js";
import { MetricOptionFields, settingsOf } from "./_internal/options.js";
import { periodKeyer } from "./_internal/periods.js";
import { exactPlan, summarize } from "./_internal/summarize.js";
import {
  addToTally,
  emptyTally,
  mergeTallies,
  planTally,
  type Tally,
  tallyScratch,
} from "./_internal/tally.js";
import type { SatisfactionAggregate, SatisfactionGroup, SatisfactionGrouping } from "./aggregate-types.js";
import type { SatisfactionAggregateError } from "./errors.js";
import { SATISFACTION_LIMITS } from "./limits.js";
import type { SurveyResponse } from "./response-schema.js";
import type { Survey } from "./survey-schema.js";

const AggregateOptionsSchema = z.strictObject({
  by: z.enum(["all", "agent", "channel", "period"]).default("all"),
  period: z.strictObject({ unit: z.enum(["day", "week", "month"]), timeZone: TimeZoneSchema }).optional(),
  population: z.int().min(1).max(SATISFACTION_LIMITS.population).optional(),
  ...MetricOptionFields,
});

/**
 * Options of {@link aggregateSatisfaction}.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SatisfactionAggregateOptions {
  /** How to group the responses (default `"all"`: no groups, only `overall`). */
  readonly by?: SatisfactionGrouping;
  /** Period unit and IANA zone; required when `by` is `"period"`. */
  readonly period?: { readonly unit: "day" | "week" | "month"; readonly timeZone: string };
  /** Population size N for the finite-population correction of `marginOfError`. */
  readonly population?: number;
  /** Confidence level of every interval, 0.5–0.9999 (default 0.95). */
  readonly confidence?: number;
  /** Fewer answers than this set `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * Scores accepted responses: every question's metrics, the area, department and overall
 * weighted indexes, for all responses and per group (agent, channel, or day/week/month in a
 * time zone). One pass over the responses; metrics are computed from histograms.
 *
 * @param survey - a survey from {@link parseSurvey}.
 * @param responses - `accepted` from {@link parseSurveyResponses} (answers off their scale are
 *   ignored, so hand-built responses cannot corrupt the counts).
 * @param options - `{ by?, period?: { unit, timeZone }, population?, confidence?, minSample? }`.
 * @returns `Ok` with the {@link SatisfactionAggregate}, or `Err` with `invalid_input` (options)
 *   or `missing_period` (`by: "period"` without `period`).
 * @example
 * ```ts
 * const report = aggregateSatisfaction(survey, batch.accepted, {
 *   by: "period",
 *   period: { unit: "week", timeZone: "Asia/Shanghai" },
 * })._unsafeUnwrap();
 * report.groups.map((group) => group.key); // ["2025-W41", "2025-W42"]
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function aggregateSatisfaction(
  survey: Survey,
  responses: readonly SurveyResponse[],
  options: SatisfactionAggregateOptions = {},
): Result<SatisfactionAggregate, SatisfactionAggregateError> {
  const parsed = parseWithSchema(AggregateOptionsSchema, options);
  if (parsed.isErr()) return err(parsed.error);
  const { by, period, population } = parsed.value;
  if (by === "period" && period === undefined) {
    return err({
      code: "missing_period",
      path: ["period"],
      message: "Grouping by period needs `period: { unit, timeZone }`",
    });
  }
  const plan = planTally(survey);
  const scratch = tallyScratch(plan);
  const tallies = new Map<string | null, Tally>();
  const keyOf = groupKeyer(by, period);
  let single: Tally | undefined;
  let lastKey: string | null | undefined;
  let lastTally: Tally | undefined;
  for (const response of responses) {
    let tally: Tally | undefined;
    if (keyOf === null) {
      single ??= emptyTally(plan);
      tally = single;
    } else {
      const key = keyOf(response);
      // Runs of one key (responses sorted by agent or time) skip the map.
      tally = key === lastKey ? lastTally : tallies.get(key);
      if (tally === undefined) {
        tally = emptyTally(plan);
        tallies.set(key, tally);
      }
      lastKey = key;
      lastTally = tally;
    }
    addToTally(plan, tally, response.answers, scratch);
  }
  const settings = settingsOf(parsed.value);
  const exactness = exactPlan(plan);
  const keys = [...tallies.keys()].sort(compareKeys);
  const groups = keys.map(
    (key): SatisfactionGroup => ({
      key,
      summary: summarize(plan, exactness, tallies.get(key) ?? emptyTally(plan), settings, population),
    }),
  );
  const overall = single ?? mergeTallies(plan, [...tallies.values()]);
  return ok({
    surveyId: survey.id,
    by,
    period: by === "period" && period !== undefined ? period : null,
    confidence: parsed.value.confidence,
    minSample: parsed.value.minSample,
    overall: summarize(plan, exactness, overall, settings, population),
    groups,
  });
}

function groupKeyer(
  by: "all" | "agent" | "channel" | "period",
  period: { readonly unit: "day" | "week" | "month"; readonly timeZone: string } | undefined,
): ((response: SurveyResponse) => string | null) | null {
  switch (by) {
    case "all":
      return null;
    case "agent":
      return (response) => response.agent;
    case "channel":
      return (response) => response.channel;
    case "period": {
      const keyer = periodKeyer(period?.timeZone ?? "UTC", period?.unit ?? "day");
      return (response) => keyer(response.at.getTime());
    }
  }
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
