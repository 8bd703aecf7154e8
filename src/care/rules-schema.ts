import { z } from "zod";
import { PRIORITIES } from "../cases/vocabulary.js";
import { LocalDateSchema } from "../core/local-date.js";
import { TimeZoneSchema } from "../core/time-zone.js";
import type { DeepReadonly } from "../core/types.js";
import { UNIT_TYPES } from "../customers/enums.js";
import { CARE_CHANNELS, CARE_EVENT_TYPES, CARE_FESTIVALS, CARE_LIMITS } from "./vocabulary.js";

const Offset = z.int().min(-CARE_LIMITS.windowDays).max(CARE_LIMITS.windowDays);
const Label = z.string().min(1).max(100);

/** A window of local dates relative to its anchor: `from` and `to` days (negative = before). */
const WindowSchema = z.strictObject({ from: Offset, to: Offset });

const AudienceSchema = z.strictObject({
  tiers: z.array(Label).min(1).max(50).optional(),
  keyAccount: z.boolean().optional(),
  customerTypes: z
    .array(z.enum(["person", "organisation"]))
    .min(1)
    .optional(),
  tags: z.array(Label).min(1).max(50).optional(),
});

const common = {
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/u, "1–64 letters, digits or _ . : -"),
  label: z.string().min(1).max(200).optional(),
  window: WindowSchema.optional(),
  channel: z.enum(CARE_CHANNELS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  audience: AudienceSchema.optional(),
};

/** A visit's window is its period (a month, a quarter, …), so it takes no `window`. */
const { window: _window, ...visitCommon } = common;

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, "MM-DD");

const HolidaySchema = z.union([
  z.enum(CARE_FESTIVALS),
  z.strictObject({ name: Label, monthDay: MonthDay }),
  z.strictObject({
    name: Label,
    lunar: z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(30) }),
  }),
  z.strictObject({ name: Label, date: LocalDateSchema }),
]);

const VisitEverySchema = z.strictObject({
  months: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)]),
});

const UnitTypes = z.array(z.enum(UNIT_TYPES)).min(1).optional();

const RuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("birthday"), ...common }),
  z.strictObject({
    kind: z.literal("anniversary"),
    ...common,
    source: z.enum(["file", "delivery", "since"]).default("file"),
    names: z.array(Label).min(1).max(50).optional(),
    unitTypes: UnitTypes,
  }),
  z.strictObject({
    kind: z.literal("holiday"),
    ...common,
    holidays: z.array(HolidaySchema).min(1).max(CARE_LIMITS.holidays),
  }),
  z.strictObject({
    kind: z.literal("reminder"),
    ...common,
    subject: Label,
    every: z.strictObject({ months: z.int().min(1).max(120) }).optional(),
    unitTypes: UnitTypes,
  }),
  z.strictObject({
    kind: z.literal("follow_up"),
    ...common,
    after: z.enum(CARE_EVENT_TYPES),
    unitTypes: UnitTypes,
  }),
  z.strictObject({
    kind: z.literal("key_account_visit"),
    ...visitCommon,
    visitEvery: z.record(Label, VisitEverySchema),
  }),
]);

/**
 * zod schema of a care-rules definition (strict: unknown keys are errors). `leapDay` defaults to
 * `"feb28"`, `defaultPriority` to `"normal"`, `merge` to `true`; a rule without `window` or
 * `channel` gets its kind's default (see `docs/care.md`).
 *
 * @category Care
 * @since 0.1.0
 */
export const CareRulesSchema = z.strictObject({
  /** The zone whose local dates the plan is written in (instants are read on its wall clock). */
  timeZone: TimeZoneSchema,
  rules: z.array(RuleSchema).min(1).max(CARE_LIMITS.rules),
  /** Task priority per customer tier (e.g. `{ A: "high" }`); others get `defaultPriority`. */
  priorityByTier: z.record(Label, z.enum(PRIORITIES)).optional(),
  defaultPriority: z.enum(PRIORITIES).default("normal"),
  /** Where a 29 February date falls in a common year: 28 February or 1 March. */
  leapDay: z.enum(["feb28", "mar1"]).default("feb28"),
  /** Whether one customer's tasks with overlapping windows are merged into one touchpoint. */
  merge: z.boolean().default(true),
});

/**
 * A care-rules definition as a host writes it.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareRulesInput = DeepReadonly<z.input<typeof CareRulesSchema>>;

/**
 * A validated care-rules definition (defaults filled in).
 *
 * @category Care
 * @since 0.1.0
 */
export type CareRulesDefinition = DeepReadonly<z.output<typeof CareRulesSchema>>;

/**
 * One validated care rule (a union on `kind`).
 *
 * @category Care
 * @since 0.1.0
 */
export type CareRule = CareRulesDefinition["rules"][number];

/**
 * One holiday of a holiday rule: a built-in festival, or a host's own date — every year on a
 * Gregorian `monthDay`, every year on a regular lunar month and day, or once on a `date`.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareHoliday = Extract<CareRule, { readonly kind: "holiday" }>["holidays"][number];
