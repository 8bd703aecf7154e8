import { z } from "zod";
import { SurveyResponseSchema } from "./response-schema.js";
import { SurveySchema } from "./survey-schema.js";

/**
 * The JSON Schemas (draft 2020-12) of a survey and of a response, input side, for hosts in other
 * languages. Checks across entries (duplicate ids, unknown areas, values on the scale) are made
 * by `parseSurvey` and `parseSurveyResponses` only.
 *
 * @returns `{ Survey, SurveyResponse }`, each a plain JSON Schema object.
 * @example
 * ```ts
 * const { Survey } = satisfactionJsonSchema();
 * Survey.required; // ["id", "title", "questions"]
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function satisfactionJsonSchema(): {
  readonly Survey: Record<string, unknown>;
  readonly SurveyResponse: Record<string, unknown>;
} {
  const options = { io: "input", unrepresentable: "any" } as const;
  return {
    Survey: z.toJSONSchema(SurveySchema, options) as Record<string, unknown>,
    SurveyResponse: z.toJSONSchema(SurveyResponseSchema, options) as Record<string, unknown>,
  };
}
