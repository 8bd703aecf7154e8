import { err, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { MinSampleSchema, SatisfactionIdSchema } from "./_internal/fields.js";
import { codeOf, codeScores } from "./_internal/scales.js";
import { type KeyDriverAnalysis, keyDriversOfColumns } from "./analyze-key-drivers.js";
import type { KeyDriverError } from "./errors.js";
import { DEFAULT_MIN_SAMPLE, SATISFACTION_LIMITS } from "./limits.js";
import type { SurveyResponse } from "./response-schema.js";
import type { Survey, SurveyQuestion } from "./survey-schema.js";

const SurveyDriverOptionsSchema = z.strictObject({
  overall: SatisfactionIdSchema.optional(),
  drivers: z.array(SatisfactionIdSchema).min(1).max(SATISFACTION_LIMITS.drivers).optional(),
  minSample: MinSampleSchema.default(DEFAULT_MIN_SAMPLE),
});

/**
 * Options of {@link analyzeSurveyDrivers}.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SurveyDriverOptions {
  /** The overall question (default: the survey's `overall`). */
  readonly overall?: string;
  /** The driver questions (default: every other numeric question). */
  readonly drivers?: readonly string[];
  /** Fewer complete rows than this set `smallSample` (default 30). */
  readonly minSample?: number;
}

/**
 * Key-driver analysis of a survey: which questions move the overall score. Each answer is
 * taken as its 0–100 score; responses missing any of the questions are left out.
 *
 * @param survey - a survey from {@link parseSurvey}.
 * @param responses - accepted responses.
 * @param options - `{ overall? = survey.overall, drivers? = every other numeric question, minSample? }`.
 * @returns `Ok` with the {@link KeyDriverAnalysis}, or `Err` with `invalid_input`,
 *   `no_overall_question`, `unknown_question`, `question_not_numeric`, `too_few_rows` or
 *   `zero_variance`.
 * @example
 * ```ts
 * const drivers = analyzeSurveyDrivers(survey, batch.accepted)._unsafeUnwrap();
 * drivers.drivers.map((driver) => driver.id); // the survey's numeric questions but the overall one
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function analyzeSurveyDrivers(
  survey: Survey,
  responses: readonly SurveyResponse[],
  options: SurveyDriverOptions = {},
): Result<KeyDriverAnalysis, KeyDriverError> {
  const parsed = parseWithSchema(SurveyDriverOptionsSchema, options);
  if (parsed.isErr()) return err(parsed.error);
  const overallId = parsed.value.overall ?? survey.overall;
  if (overallId === undefined) {
    return err({
      code: "no_overall_question",
      path: ["overall"],
      message: `Survey "${survey.id}" names no overall question; pass options.overall`,
    });
  }
  const byId = new Map(survey.questions.map((question) => [question.id, question]));
  const driverIds =
    parsed.value.drivers ??
    survey.questions
      .filter((question) => question.id !== overallId && codeScores(question.scale) !== null)
      .map((question) => question.id);
  const chosen: SurveyQuestion[] = [];
  for (const [i, id] of [overallId, ...driverIds].entries()) {
    const path = i === 0 ? ["overall"] : ["drivers", i - 1];
    const question = byId.get(id);
    if (question === undefined) {
      return err({
        code: "unknown_question",
        path,
        message: `"${id}" is not a question of survey "${survey.id}"`,
      });
    }
    if (codeScores(question.scale) === null) {
      return err({
        code: "question_not_numeric",
        path,
        message: `Question "${id}" is a choice without scores; it has no numeric value`,
      });
    }
    chosen.push(question);
  }
  const [overall, ...drivers] = chosen.map((question) => valuesOf(question, responses));
  return keyDriversOfColumns(driverIds, drivers, overall ?? [], parsed.value.minSample);
}

function valuesOf(question: SurveyQuestion, responses: readonly SurveyResponse[]): (number | null)[] {
  const scores = codeScores(question.scale) ?? [];
  return responses.map((response) => {
    const value = response.answers[question.id];
    if (value === undefined) return null;
    return scores[codeOf(question.scale, value)] ?? null;
  });
}
