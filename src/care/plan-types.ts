import { z } from "zod";
import type { BusinessCalendar } from "../calendar/calendar.js";
import type { Priority } from "../cases/vocabulary.js";
import { InstantSchema } from "../core/instant.js";
import type { LocalDate } from "../core/local-date.js";
import { LocalDateSchema } from "../core/local-date.js";
import { CARE_EVENT_TYPES, CARE_LIMITS, type CareChannel, type CareKind } from "./vocabulary.js";

const Id = z.string().min(1).max(100);

/** Exactly one of `at` (an instant) and `on` (a local date) must be given. */
export function oneDate(value: { readonly at?: unknown; readonly on?: unknown }, ctx: z.RefinementCtx): void {
  if ((value.at === undefined) === (value.on === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["on"],
      message: "Give exactly one of `at` (an instant) and `on` (a date)",
    });
  }
}

const CareEventSchema = z
  .strictObject({
    customerId: Id,
    type: z.enum(CARE_EVENT_TYPES),
    at: InstantSchema.optional(),
    on: LocalDateSchema.optional(),
    unitId: Id.optional(),
    caseId: Id.optional(),
  })
  .superRefine(oneDate);

const DueDateSchema = z.strictObject({
  customerId: Id,
  subject: z.string().min(1).max(100),
  date: LocalDateSchema,
  unitId: Id.optional(),
});

const isCalendar = (value: unknown): value is BusinessCalendar =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "BusinessCalendar";

/** zod schema of `planCare`'s range and options. */
export const PlanArgumentsSchema = z.strictObject({
  range: z.strictObject({ from: LocalDateSchema, to: LocalDateSchema }),
  options: z
    .strictObject({
      events: z.array(CareEventSchema).max(CARE_LIMITS.records).optional(),
      dueDates: z.array(DueDateSchema).max(CARE_LIMITS.records).optional(),
      calendar: z.custom<BusinessCalendar>(isCalendar, "a compiled calendar from parseCalendar").optional(),
      explain: z.boolean().default(false),
    })
    .default({ explain: false }),
});

/**
 * `planCare`'s options: `events` that start follow-up windows (a repair, or an installation or
 * delivery not recorded on the unit), `dueDates` for reminders, a business `calendar` whose working
 * dates the windows move onto, and `explain` (default `false`; `true` fills each task's `steps`, as `evaluateCase` traces
 * where batch evaluations do not).
 *
 * @category Care
 * @since 0.1.0
 */
export interface CarePlanOptions {
  /** Events that start follow-up windows: `{ customerId, type, at | on, unitId?, caseId? }`. */
  readonly events?: readonly {
    readonly customerId: string;
    readonly type: "installation" | "delivery" | "repair";
    readonly at?: Date | number | string;
    readonly on?: string;
    readonly unitId?: string;
    readonly caseId?: string;
  }[];
  /** Reminder due dates: `{ customerId, subject, date, unitId? }`. */
  readonly dueDates?: readonly {
    readonly customerId: string;
    readonly subject: string;
    readonly date: string;
    readonly unitId?: string;
  }[];
  /** A compiled business calendar whose working dates the windows move onto. */
  readonly calendar?: BusinessCalendar;
  /** Whether to fill each task's `steps` (default `true`). */
  readonly explain?: boolean;
}

/**
 * The dates a plan covers, inclusive: `{ from, to }` local dates.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareRange {
  /** First date of the range. */
  readonly from: LocalDate;
  /** Last date of the range (inclusive). */
  readonly to: LocalDate;
}

/**
 * One reason for a task: the rule, its anchor date, and the reason's own window.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareReason {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's kind. */
  readonly kind: CareKind;
  /** What it is, e.g. "Birthday greeting 生日祝福" or "Mid-Autumn Festival 中秋节". */
  readonly label: string;
  /** The date the window is counted from (the birthday, the festival, the delivery, the period start). */
  readonly anchor: LocalDate;
  /** First date of this reason's window (after moving onto working dates). */
  readonly opens: LocalDate;
  /** Last date of this reason's window (after moving onto working dates). */
  readonly due: LocalDate;
  /** The unit concerned, for delivery anniversaries, reminders and follow-ups. */
  readonly unitId: string | null;
  /** The case an event came from, when the host gave one. */
  readonly caseId: string | null;
}

/**
 * One dated touchpoint owed to a customer: one call, message or visit covering one or more reasons.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareTask {
  /** Stable id: customer, rule and anchor of each reason. */
  readonly id: string;
  /** The customer to contact. */
  readonly customerId: string;
  /** The customer's tier, if any. */
  readonly tier: string | null;
  /** First date the touchpoint should be made. */
  readonly opens: LocalDate;
  /** Last date it should be made (inclusive). */
  readonly due: LocalDate;
  /** The suggested channel (the earliest rule's among merged reasons). */
  readonly channel: CareChannel;
  /** The priority (the highest among the reasons). */
  readonly priority: Priority;
  /** Why the touchpoint is owed, earliest rule first. */
  readonly reasons: readonly CareReason[];
  /** How the window was found, step by step (empty when `explain: false`). */
  readonly steps: readonly string[];
}

/**
 * The tasks of one plan, ordered by due date, opening date, customer and id.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CarePlan {
  /** The zone the plan's dates are local to. */
  readonly timeZone: string;
  /** The range planned. */
  readonly range: CareRange;
  /** Every task whose window overlaps the range. */
  readonly tasks: readonly CareTask[];
}
