import { z } from "zod";
import { InstantSchema } from "../core/instant.js";
import type { DeepReadonly } from "../core/types.js";
import { SatisfactionIdSchema } from "./_internal/fields.js";
import { SATISFACTION_LIMITS } from "./limits.js";

const AnswerSchema = z.union([z.number(), z.boolean(), SatisfactionIdSchema, z.null()]);

/**
 * zod schema of one survey response, strict. `answers` maps question ids to a value: an integer
 * for Likert/NPS/CES, a boolean for yes/no, an option id for a choice, or `null` for "not
 * answered". Whether the values fit the survey is checked by `parseSurveyResponses`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export const SurveyResponseSchema = z.strictObject({
  id: SatisfactionIdSchema,
  /** When the answers were given (an instant with an offset). */
  at: InstantSchema,
  answers: z
    .record(SatisfactionIdSchema, AnswerSchema)
    .refine((answers) => Object.keys(answers).length <= SATISFACTION_LIMITS.questions, {
      message: `At most ${SATISFACTION_LIMITS.questions} answers`,
    }),
  /** The agent (客服专员) whose service the response rates. */
  agent: SatisfactionIdSchema.optional(),
  /** The channel the survey reached the customer through (phone, WeChat, …). */
  channel: SatisfactionIdSchema.optional(),
  /** The customer who answered. */
  customerId: SatisfactionIdSchema.optional(),
  /** How the owner's impression of the company changed (e.g. within the year after handover). */
  impression: z.enum(["improved", "unchanged", "worsened"]).optional(),
  /** The areas the owner cites as the reasons for that change. */
  reasons: z.array(SatisfactionIdSchema).max(SATISFACTION_LIMITS.reasons).optional(),
});

/**
 * A response as a host writes it.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SurveyResponseInput = DeepReadonly<z.input<typeof SurveyResponseSchema>>;

/**
 * How an owner's impression changed: improved, unchanged or worsened.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type ImpressionChange = "improved" | "unchanged" | "worsened";

/**
 * One accepted response: answers that fit the survey (`null` answers dropped), `at` as a new
 * `Date`, absent optional fields as `null`, `reasons` defaulted to `[]`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SurveyResponse {
  /** The response id, unique in its batch. */
  readonly id: string;
  /** When the answers were given. */
  readonly at: Date;
  /** Question id → answer value (integer, boolean or option id). */
  readonly answers: Readonly<Record<string, number | boolean | string>>;
  /** The agent rated, or null. */
  readonly agent: string | null;
  /** The channel, or null. */
  readonly channel: string | null;
  /** The customer, or null. */
  readonly customerId: string | null;
  /** The impression change reported, or null. */
  readonly impression: ImpressionChange | null;
  /** Areas cited as reasons for the impression change. */
  readonly reasons: readonly string[];
}
