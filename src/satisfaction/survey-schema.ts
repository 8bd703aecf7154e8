import { z } from "zod";
import type { DeepReadonly } from "../core/types.js";
import { SatisfactionIdSchema, SatisfactionTextSchema } from "./_internal/fields.js";
import { SATISFACTION_AREAS } from "./areas.js";
import { SATISFACTION_LIMITS } from "./limits.js";

const ChoiceOptionSchema = z.strictObject({
  id: SatisfactionIdSchema,
  label: SatisfactionTextSchema,
  /** Optional score of the option on 0–100; a choice question with every option scored is numeric. */
  score: z.number().min(0).max(100).optional(),
});

/**
 * zod schema of a question's answer scale: `likert` (1–5 or 1–7), `nps` (0–10 likelihood to
 * recommend), `ces` (1–7 agreement, customer effort), `yes_no` (boolean) or `choice` (one option
 * id out of a list; options may carry a 0–100 score).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export const SurveyScaleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("likert"), points: z.union([z.literal(5), z.literal(7)]) }),
  z.strictObject({ kind: z.literal("nps") }),
  z.strictObject({ kind: z.literal("ces") }),
  z.strictObject({ kind: z.literal("yes_no") }),
  z.strictObject({
    kind: z.literal("choice"),
    options: z.array(ChoiceOptionSchema).min(2).max(SATISFACTION_LIMITS.options),
  }),
]);

const QuestionSchema = z.strictObject({
  id: SatisfactionIdSchema,
  text: SatisfactionTextSchema,
  scale: SurveyScaleSchema,
  /** The area the question measures; must be declared in the survey's `areas`. */
  area: SatisfactionIdSchema,
  /** The department ("professional port", 专业口) answerable for it. */
  department: SatisfactionIdSchema.optional(),
  /** Importance weight in the area, department and overall index (default 1). */
  weight: z.number().positive().max(1_000_000).default(1),
  /** Whether a response must answer it (default false). */
  required: z.boolean().default(false),
  /** Whether it counts in the weighted index (default true; set false for the overall question). */
  inIndex: z.boolean().default(true),
});

/**
 * zod schema of a survey instrument (问卷): a satisfaction survey, a follow-up-call rating
 * (回访) or a service feedback form, strict (unknown keys are errors). `areas` defaults to
 * {@link SATISFACTION_AREAS}. Checks across entries are made by `parseSurvey`.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export const SurveySchema = z.strictObject({
  id: SatisfactionIdSchema,
  title: SatisfactionTextSchema,
  type: z.enum(["survey", "follow_up_call", "feedback_form"]).default("survey"),
  areas: z
    .array(z.strictObject({ id: SatisfactionIdSchema, label: SatisfactionTextSchema }))
    .min(1)
    .max(SATISFACTION_LIMITS.areas)
    .default(() => SATISFACTION_AREAS.map((area) => ({ ...area }))),
  questions: z.array(QuestionSchema).min(1).max(SATISFACTION_LIMITS.questions),
  /** The question holding the overall satisfaction score, used by key-driver analysis. */
  overall: SatisfactionIdSchema.optional(),
});

/**
 * A survey as a host writes it: `type`, `areas`, and each question's `weight`, `required` and
 * `inIndex` may be left out.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SurveyInput = DeepReadonly<z.input<typeof SurveySchema>>;

/**
 * A validated survey: id, title, type, areas, questions (with defaults filled in) and the
 * optional overall question.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type Survey = DeepReadonly<z.output<typeof SurveySchema>>;

/**
 * One validated question of a {@link Survey}.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SurveyQuestion = Survey["questions"][number];

/**
 * A question's answer scale.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export type SurveyScale = SurveyQuestion["scale"];
