import { err, ok, type Result } from "neverthrow";
import { invalidInput, issuesFromZod } from "../core/errors.js";
import { codeOf, describeScale } from "./_internal/scales.js";
import type { ResponseBatchError, ResponseRejectionReason } from "./errors.js";
import { SATISFACTION_LIMITS } from "./limits.js";
import { type SurveyResponse, SurveyResponseSchema } from "./response-schema.js";
import type { Survey, SurveyQuestion } from "./survey-schema.js";

/**
 * A response that was not accepted, with every reason found.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface RejectedResponse {
  /** Position of the response in the batch. */
  readonly index: number;
  /** Its id when it had a readable one, else null. */
  readonly id: string | null;
  /** Why it was rejected; never empty. */
  readonly reasons: readonly [ResponseRejectionReason, ...ResponseRejectionReason[]];
}

/**
 * The outcome of reading a batch: accepted responses in input order and every rejected one.
 * `accepted.length + rejected.length` is the batch length: nothing is dropped silently.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SurveyResponseBatch {
  /** Responses that fit the survey, in input order. */
  readonly accepted: readonly SurveyResponse[];
  /** Responses that did not, in input order. */
  readonly rejected: readonly RejectedResponse[];
}

/**
 * Validates a batch of responses against a survey, one by one: an invalid response is rejected
 * with its reasons while the valid ones are kept for scoring.
 *
 * @param survey - a survey from {@link parseSurvey}.
 * @param input - an array of {@link SurveyResponseInput}-shaped values.
 * @returns `Ok` with `{ accepted, rejected }` — rejection reasons are `invalid_response`,
 *   `unknown_question`, `value_out_of_scale`, `missing_required_answer`, `duplicate_response_id`
 *   (the later of two responses with one id) and `unknown_area` (a cited reason) — or `Err` with
 *   `invalid_input` (not an array) or `too_many_responses`.
 * @example
 * ```ts
 * const batch = parseSurveyResponses(survey, [
 *   { id: "R1", at: "2025-10-08T10:00:00+08:00", answers: { walls: 4, ltr: 9 } },
 *   { id: "R2", at: "2025-10-08T11:00:00+08:00", answers: { walls: 6 } },
 * ])._unsafeUnwrap();
 * batch.rejected[0]?.reasons[0].code; // "value_out_of_scale"
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function parseSurveyResponses(
  survey: Survey,
  input: unknown,
): Result<SurveyResponseBatch, ResponseBatchError> {
  if (!Array.isArray(input)) {
    return err(invalidInput([{ path: [], code: "invalid_type", message: "Expected an array of responses" }]));
  }
  if (input.length > SATISFACTION_LIMITS.responses) {
    return err({
      code: "too_many_responses",
      message: `A batch holds at most ${SATISFACTION_LIMITS.responses} responses; got ${input.length}`,
    });
  }
  const questions = new Map(survey.questions.map((question) => [question.id, question]));
  const required = survey.questions.filter((question) => question.required);
  const areas = new Set(survey.areas.map((area) => area.id));
  const seen = new Set<string>();
  const accepted: SurveyResponse[] = [];
  const rejected: RejectedResponse[] = [];
  for (const [index, raw] of input.entries()) {
    const parsed = SurveyResponseSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error.issues);
      const id = readableId(raw);
      if (id !== null) seen.add(id);
      const reason = { ...invalidInput(issues), code: "invalid_response" as const };
      rejected.push({ index, id, reasons: [reason] });
      continue;
    }
    const response = parsed.data;
    const reasons: ResponseRejectionReason[] = [];
    if (seen.has(response.id)) {
      reasons.push({
        code: "duplicate_response_id",
        path: ["id"],
        message: `Response id "${response.id}" was already used earlier in the batch`,
      });
    }
    seen.add(response.id);
    const answers: Record<string, number | boolean | string> = {};
    for (const [questionId, value] of Object.entries(response.answers)) {
      const question = questions.get(questionId);
      if (question === undefined) {
        reasons.push({
          code: "unknown_question",
          path: ["answers", questionId],
          message: `"${questionId}" is not a question of survey "${survey.id}"`,
        });
      } else if (value !== null) {
        if (codeOf(question.scale, value) < 0) reasons.push(outOfScale(question, value));
        else answers[questionId] = value;
      }
    }
    for (const question of required) {
      if (answers[question.id] === undefined && !reasons.some((r) => r.path?.[1] === question.id)) {
        reasons.push({
          code: "missing_required_answer",
          path: ["answers", question.id],
          message: `Question "${question.id}" is required`,
        });
      }
    }
    for (const [i, area] of (response.reasons ?? []).entries()) {
      if (!areas.has(area)) {
        reasons.push({
          code: "unknown_area",
          path: ["reasons", i],
          message: `Reason "${area}" is not an area of survey "${survey.id}"`,
        });
      }
    }
    const [first, ...rest] = reasons;
    if (first !== undefined) {
      rejected.push({ index, id: response.id, reasons: [first, ...rest] });
      continue;
    }
    accepted.push({
      id: response.id,
      at: new Date(response.at),
      answers,
      agent: response.agent ?? null,
      channel: response.channel ?? null,
      customerId: response.customerId ?? null,
      impression: response.impression ?? null,
      reasons: response.reasons ?? [],
    });
  }
  return ok({ accepted, rejected });
}

function outOfScale(question: SurveyQuestion, value: number | boolean | string): ResponseRejectionReason {
  return {
    code: "value_out_of_scale",
    path: ["answers", question.id],
    message: `${JSON.stringify(value).slice(0, 40)} is not on the scale of "${question.id}": expected ${describeScale(question.scale)}`,
  };
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null) return null;
  const id: unknown = (raw as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 && id.length <= SATISFACTION_LIMITS.idLength ? id : null;
}
