import { z } from "zod";
import { CalendarDefinitionSchema } from "../calendar/schema.js";
import { CASE_EVENT_TYPES, type CaseEventType } from "../cases/events.js";
import { ALL_CASE_SUBTYPES, CASE_KINDS, CHANNELS, PRIORITIES } from "../cases/vocabulary.js";
import { TimeZoneSchema } from "../core/time-zone.js";
import type { DeepReadonly } from "../core/types.js";

const name = z.string().min(1).max(100);
const eventTypes = z
  .array(z.enum(CASE_EVENT_TYPES as [CaseEventType, ...CaseEventType[]]))
  .min(1)
  .max(30);

/**
 * An amount of time on a target's clock: `days` (whole local dates, or working days), `hours` and
 * `minutes` (elapsed or business time), added together.
 *
 * @category SLA
 * @since 0.1.0
 */
export const SpanSchema = z
  .strictObject({
    days: z.int().min(0).max(3_660).optional(),
    hours: z.number().min(0).max(87_840).optional(),
    minutes: z.number().min(0).max(5_270_400).optional(),
  })
  .refine(
    (span) => Object.values(span).some((value) => value !== undefined),
    "A span needs days, hours or minutes",
  );

/** A limit given once, or per priority (with an optional default row). */
const AmountSchema = z.union([
  SpanSchema,
  z.strictObject({
    byPriority: z.strictObject(
      Object.fromEntries(PRIORITIES.map((p) => [p, SpanSchema.optional()])) as Record<
        (typeof PRIORITIES)[number],
        z.ZodOptional<typeof SpanSchema>
      >,
    ),
    default: SpanSchema.optional(),
  }),
]);

/**
 * Which clock a target's limit runs on: real elapsed time (`"calendar"`), business time on a named
 * calendar, or working days on a named calendar.
 *
 * @category SLA
 * @since 0.1.0
 */
export const ClockSchema = z.union([
  z.literal("calendar"),
  z.strictObject({ business: name }),
  z.strictObject({ workingDays: name }),
]);

const PercentsSchema = z.array(z.number().gt(0).max(100)).max(10);
const MinutesSchema = z.array(z.number().min(0).max(5_270_400)).max(10);

/**
 * One service-level target: which cases, which events start, stop, pause and resume its clock,
 * and its limit — a deadline or a window — with warnings and escalations.
 *
 * @category SLA
 * @since 0.1.0
 */
export const TargetSchema = z.strictObject({
  id: name,
  label: z.string().min(1).max(200),
  /** Where the rule comes from (a source document, a contract clause). */
  source: z.string().max(500).optional(),
  appliesTo: z
    .strictObject({
      kinds: z.array(z.enum(CASE_KINDS)).min(1).optional(),
      subtypes: z.array(z.enum(ALL_CASE_SUBTYPES)).min(1).optional(),
      priorities: z.array(z.enum(PRIORITIES)).min(1).optional(),
      tiers: z.array(z.string().min(1).max(50)).min(1).optional(),
      channels: z.array(z.enum(CHANNELS)).min(1).optional(),
    })
    .optional(),
  start: eventTypes,
  stop: eventTypes,
  pause: eventTypes.optional(),
  resume: eventTypes.optional(),
  clock: ClockSchema,
  /** No later than this after the start. */
  deadline: AmountSchema.optional(),
  /** No earlier than `from` and no later than `to` after the start (or before an anchor event). */
  window: z
    .strictObject({
      from: SpanSchema,
      to: SpanSchema,
      before: z
        .strictObject({
          event: z.enum(CASE_EVENT_TYPES as [CaseEventType, ...CaseEventType[]]),
          field: z.enum(["at", "scheduledAt"]),
        })
        .optional(),
    })
    .optional(),
  /** Limits multiplied per customer tier, e.g. `{ VIP: 0.5 }` halves them. */
  tierFactors: z.record(z.string().min(1).max(50), z.number().gt(0).max(10)).optional(),
  warnings: z
    .union([z.strictObject({ percent: PercentsSchema }), z.strictObject({ minutesBefore: MinutesSchema })])
    .optional(),
  escalations: z
    .array(
      z.strictObject({
        level: z.int().min(1).max(10),
        when: z.union([
          z.strictObject({ percent: z.number().gt(0).max(1_000) }),
          z.strictObject({ minutesBefore: z.number().min(0) }),
          z.strictObject({ minutesAfterDue: z.number().min(0) }),
        ]),
        notify: z.string().min(1).max(100),
      }),
    )
    .max(10)
    .optional(),
});

/**
 * zod schema of an SLA policy (strict: unknown keys are errors).
 *
 * @category SLA
 * @since 0.1.0
 */
export const SlaPolicySchema = z.strictObject({
  id: name,
  name: z.string().max(200).optional(),
  /** The zone whose local dates day windows on the elapsed clock use. */
  timeZone: TimeZoneSchema,
  calendars: z.record(name, CalendarDefinitionSchema).optional(),
  targets: z.array(TargetSchema).min(1).max(200),
});

/**
 * An SLA policy as written by a host: plain JSON-compatible data.
 *
 * @category SLA
 * @since 0.1.0
 */
export type SlaPolicyInput = DeepReadonly<z.input<typeof SlaPolicySchema>>;

/**
 * A validated target (spans as written, calendars by name).
 *
 * @category SLA
 * @since 0.1.0
 */
export type SlaTarget = DeepReadonly<z.output<typeof TargetSchema>>;

/**
 * A span as written.
 *
 * @category SLA
 * @since 0.1.0
 */
export type Span = DeepReadonly<z.output<typeof SpanSchema>>;

/**
 * JSON Schema (draft 2020-12) of an SLA policy, for hosts in other languages.
 *
 * @returns a plain JSON Schema object.
 * @example
 * ```ts
 * slaPolicyJsonSchema().required; // ["id", "timeZone", "targets"]
 * ```
 * @category SLA
 * @since 0.1.0
 */
export function slaPolicyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SlaPolicySchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
