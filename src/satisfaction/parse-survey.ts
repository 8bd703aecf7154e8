import { err, ok, type Result } from "neverthrow";
import { parseWithSchema } from "../core/result.js";
import { codeScores } from "./_internal/scales.js";
import type { SurveyDefinitionError } from "./errors.js";
import { type Survey, SurveySchema } from "./survey-schema.js";

/**
 * Validates a survey instrument: a satisfaction survey, a follow-up-call rating or a service
 * feedback form, as data.
 *
 * @param input - a {@link SurveyInput}-shaped value.
 * @returns `Ok` with the survey (defaults filled in), or `Err` with code `invalid_input`,
 *   `duplicate_area_id`, `duplicate_question_id`, `duplicate_option_id`, `unknown_area`,
 *   `unknown_overall_question` or `overall_not_numeric` (each conflict with its `path`).
 * @example
 * ```ts
 * const survey = parseSurvey({
 *   id: "handover-2025",
 *   title: "交付满意度调查",
 *   questions: [
 *     { id: "walls", text: "墙面", scale: { kind: "likert", points: 5 }, area: "engineering_quality" },
 *     { id: "ltr", text: "推荐意愿", scale: { kind: "nps" }, area: "sales_service", inIndex: false },
 *   ],
 *   overall: "ltr",
 * });
 * survey.isOk(); // true
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function parseSurvey(input: unknown): Result<Survey, SurveyDefinitionError> {
  return parseWithSchema(SurveySchema, input)
    .mapErr((error): SurveyDefinitionError => error)
    .andThen(checkSurvey);
}

function conflict<Code extends SurveyDefinitionError["code"]>(
  code: Code,
  path: readonly (string | number)[],
  message: string,
): Result<never, SurveyDefinitionError> {
  return err({ code, path, message } as SurveyDefinitionError);
}

function checkSurvey(survey: Survey): Result<Survey, SurveyDefinitionError> {
  const areas = new Set<string>();
  for (const [i, area] of survey.areas.entries()) {
    if (areas.has(area.id)) {
      return conflict("duplicate_area_id", ["areas", i, "id"], `Area id "${area.id}" is declared twice`);
    }
    areas.add(area.id);
  }
  const questions = new Set<string>();
  for (const [i, question] of survey.questions.entries()) {
    const at = ["questions", i] as const;
    if (questions.has(question.id)) {
      return conflict("duplicate_question_id", [...at, "id"], `Question id "${question.id}" is used twice`);
    }
    questions.add(question.id);
    if (!areas.has(question.area)) {
      return conflict(
        "unknown_area",
        [...at, "area"],
        `Question "${question.id}" names area "${question.area}", which the survey does not declare`,
      );
    }
    if (question.scale.kind === "choice") {
      const options = new Set<string>();
      for (const [j, option] of question.scale.options.entries()) {
        if (options.has(option.id)) {
          return conflict(
            "duplicate_option_id",
            [...at, "scale", "options", j, "id"],
            `Option id "${option.id}" is used twice in question "${question.id}"`,
          );
        }
        options.add(option.id);
      }
    }
  }
  return checkOverall(survey);
}

function checkOverall(survey: Survey): Result<Survey, SurveyDefinitionError> {
  if (survey.overall === undefined) return ok(survey);
  const overall = survey.questions.find((question) => question.id === survey.overall);
  if (overall === undefined) {
    return conflict(
      "unknown_overall_question",
      ["overall"],
      `The overall question "${survey.overall}" is not a question of the survey`,
    );
  }
  if (codeScores(overall.scale) === null) {
    return conflict(
      "overall_not_numeric",
      ["overall"],
      `The overall question "${overall.id}" is a choice without scores; give every option a score`,
    );
  }
  return ok(survey);
}
