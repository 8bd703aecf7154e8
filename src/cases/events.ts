import { z } from "zod";
import { InstantSchema } from "../core/instant.js";
import { MoneySchema } from "../core/money/money.js";
import type { DeepReadonly } from "../core/types.js";
import { ALL_CASE_SUBTYPES, CASE_KINDS, CASE_SUBTYPES, CHANNELS, PRIORITIES } from "./vocabulary.js";

const id = z.string().min(1).max(100);
const text = z.string().max(2_000);
/** A department: a known id or the host's own, snake_case. */
export const DepartmentSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "a snake_case department id");

/** Fields every event carries. */
const base = {
  /** Unique within the case's log. */
  id,
  /** The case the event belongs to. */
  caseId: id,
  /** When it happened: a Date, epoch ms or ISO-8601 with an offset; stored as epoch ms. */
  at: InstantSchema,
  /** The agent who recorded it. */
  by: id.optional(),
  note: text.optional(),
};

const event = <Type extends string, Shape extends z.ZodRawShape>(type: Type, shape: Shape) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

const kindFields = {
  kind: z.enum(CASE_KINDS),
  subtype: z.enum(ALL_CASE_SUBTYPES).optional(),
};

/** Checks that a kind has exactly the subtypes it allows (an inquiry or repair needs one). */
function checkSubtype(
  value: { kind?: keyof typeof CASE_SUBTYPES | undefined; subtype?: string | undefined },
  ctx: z.core.$RefinementCtx,
) {
  if (value.kind === undefined) return;
  const allowed: readonly string[] = CASE_SUBTYPES[value.kind];
  const ok = allowed.length === 0 ? value.subtype === undefined : allowed.includes(value.subtype ?? "");
  if (!ok) {
    ctx.addIssue({
      code: "custom",
      path: ["subtype"],
      message:
        allowed.length === 0
          ? `Kind ${value.kind} has no subtype`
          : `Kind ${value.kind} needs a subtype: ${allowed.join(", ")}`,
      params: { kefuCode: "invalid_subtype" },
    });
  }
}

/**
 * zod schema of a case event, a union on `type` (strict: unknown keys are errors).
 *
 * @category Cases
 * @since 0.1.0
 */
export const CaseEventSchema = z.discriminatedUnion("type", [
  z
    .strictObject({
      type: z.literal("received"),
      id: base.id,
      caseId: base.caseId,
      at: base.at,
      note: base.note,
      channel: z.enum(CHANNELS),
      ...kindFields,
      priority: z.enum(PRIORITIES).default("normal"),
      customerId: id.optional(),
      unitId: id.optional(),
      tier: z.string().min(1).max(50).optional(),
      summary: text.optional(),
      /** The agent who first received the need: its accountable owner (首问负责制). */
      by: id,
    })
    .superRefine(checkSubtype),
  event("registered", {}),
  event("classified", { ...kindFields, priority: z.enum(PRIORITIES).optional() }).superRefine(checkSubtype),
  event("assigned", { assignee: id, department: DepartmentSchema }),
  event("transferred", { assignee: id, department: DepartmentSchema, reason: text.optional() }),
  event("first_feedback", {}),
  event("complaint_reviewed", { valid: z.boolean(), reason: text.min(1) }),
  event("plan_proposed", { plan: text.optional() }),
  event("service_confirmed", { content: text.min(1), scheduledAt: InstantSchema }),
  event("quote_issued", { quoteId: id, amount: MoneySchema }),
  event("quote_approved", { quoteId: id }),
  event("work_started", {}),
  event("work_completed", {}),
  event("resolved", { resolution: text.optional() }),
  event("follow_up_done", { rating: z.int().min(1).max(5).optional() }),
  event("reopened", { reason: text.min(1) }),
  event("paused", { reason: text.min(1) }),
  event("resumed", {}),
  event("priority_changed", { priority: z.enum(PRIORITIES) }),
  event("tier_changed", { tier: z.string().min(1).max(50) }),
  event("closed", { reason: text.optional() }),
  event("cancelled", { reason: text.min(1) }),
  event("comment", { text: text.min(1) }),
]);

/**
 * A case event as written by a host (instants as `Date`, epoch ms or ISO-8601 with an offset).
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseEventInput = DeepReadonly<z.input<typeof CaseEventSchema>>;

/**
 * A validated case event: plain data, its instants as epoch milliseconds.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseEvent = DeepReadonly<z.output<typeof CaseEventSchema>>;

/**
 * The type of a case event (`"received"`, `"assigned"`, …).
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseEventType = CaseEvent["type"];

/**
 * Every event type, in the order of a typical life cycle.
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = CaseEventSchema.options.map(
  (option) => option.shape.type.value,
);
