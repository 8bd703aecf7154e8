import { z } from "zod";
import {
  ALL_CASE_SUBTYPES,
  CASE_KINDS,
  type CaseEventType,
  CHANNELS,
  DepartmentSchema,
  PRIORITIES,
} from "../cases/index.js";
import { TimeZoneSchema } from "../core/index.js";

/**
 * The bounds of a case script: at most 1,000 steps and 200,000 characters of text.
 *
 * @category Testing
 * @since 0.1.0
 */
export const CASE_SCRIPT_LIMITS = { maxSteps: 1_000, maxChars: 200_000 } as const;

const id = z.string().min(1).max(100);

/**
 * zod schema of the options of `parseCaseScript` and `buildCaseFromScript` (strict: unknown keys are errors).
 *
 * @category Testing
 * @since 0.1.0
 */
export const CaseScriptOptionsSchema = z.strictObject({
  /** The IANA zone in which the script's wall times (`2025-10-01 09:00`) are read. */
  timeZone: TimeZoneSchema,
  /** The case's id (default `"CASE-1"`); events are numbered `<caseId>-1`, `<caseId>-2`, … */
  caseId: id.default("CASE-1"),
  /** Fields the `received` step takes when it leaves them out, and the assignment department. */
  defaults: z
    .strictObject({
      kind: z.enum(CASE_KINDS).optional(),
      subtype: z.enum(ALL_CASE_SUBTYPES).optional(),
      channel: z.enum(CHANNELS).optional(),
      priority: z.enum(PRIORITIES).optional(),
      tier: z.string().min(1).max(50).optional(),
      customerId: id.optional(),
      unitId: id.optional(),
      by: id.optional(),
      department: DepartmentSchema.optional(),
    })
    .optional(),
});

/**
 * What a script fills in when its steps leave it out: the `received` event's `kind`, `subtype`,
 * `channel` (default `"phone"`), `priority`, `tier`, `customerId`, `unitId` and `by` (default
 * `"agent"`, also the default assignee), and the `department` of `assigned` and `transferred`
 * steps (default `"customer_service"`).
 *
 * @category Testing
 * @since 0.1.0
 */
export type CaseScriptDefaults = NonNullable<z.input<typeof CaseScriptOptionsSchema>["defaults"]>;

/**
 * The options of `parseCaseScript` and `buildCaseFromScript`, as written by a test.
 *
 * @category Testing
 * @since 0.1.0
 */
export type CaseScriptOptions = z.input<typeof CaseScriptOptionsSchema>;

/**
 * One step of a script written as data: the event's `type`, its `at` (a `Date`, epoch ms, an ISO
 * instant with an offset, a wall time `2025-10-01 09:00` in the script's zone, or `+2h` after the
 * previous step) and any of the event's own fields.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface ScriptStep {
  /** The event type. */
  readonly type: CaseEventType;
  /** When it happens. */
  readonly at: Date | number | string;
  /** The event's own fields. */
  readonly [field: string]: unknown;
}

/**
 * A case script: text with one step per line (or separated by `;` or `,`), such as
 * `"received at 2025-09-30 17:20 kind=complaint, paused at +1h, resumed at +2h"`, or a list of
 * text steps and `ScriptStep` objects.
 *
 * @category Testing
 * @since 0.1.0
 */
export type CaseScript = string | readonly (string | ScriptStep)[];
