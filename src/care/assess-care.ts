import { ok, type Result } from "neverthrow";
import { z } from "zod";
import { dayNumberOfLocalDate, formatDayNumber } from "../core/_internal/days.js";
import { InstantSchema } from "../core/instant.js";
import { type LocalDate, LocalDateSchema } from "../core/local-date.js";
import { parseWithSchema } from "../core/result.js";
import { localDayOf } from "./_internal/day-math.js";
import { type DoneTouchpoint, matchTouchpoints } from "./_internal/match-touchpoints.js";
import type { CareAssessmentError } from "./errors.js";
import { type CarePlan, oneDate } from "./plan-types.js";
import { CARE_KINDS, CARE_LIMITS } from "./vocabulary.js";

const Id = z.string().min(1).max(300);
const TouchpointSchema = z
  .strictObject({
    customerId: Id,
    at: InstantSchema.optional(),
    on: LocalDateSchema.optional(),
    taskId: z.string().min(1).max(2_000).optional(),
    ruleId: Id.optional(),
    kind: z.enum(CARE_KINDS).optional(),
    caseId: Id.optional(),
  })
  .superRefine(oneDate);

const AssessSchema = z.strictObject({
  touchpoints: z.array(TouchpointSchema).max(CARE_LIMITS.records),
  options: z.strictObject({
    asOf: LocalDateSchema,
    toleranceDays: z.int().min(0).max(CARE_LIMITS.windowDays).default(14),
  }),
});

/**
 * How a task went: `on_time` (done inside its window), `early` (before it opened), `late` (after
 * its due date), `missed` (not done and the due date has passed), `open` (not done, window open
 * on `asOf`), `upcoming` (not done, window not yet open).
 *
 * @category Care
 * @since 0.1.0
 */
export type CareOutcome = "on_time" | "early" | "late" | "missed" | "open" | "upcoming";

/**
 * One task's outcome against its window.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareTaskOutcome {
  /** The task's id. */
  readonly taskId: string;
  /** The customer. */
  readonly customerId: string;
  /** The task's window. */
  readonly opens: LocalDate;
  /** The task's due date. */
  readonly due: LocalDate;
  /** How it went. */
  readonly outcome: CareOutcome;
  /** The local date of the touchpoint that served it, or null. */
  readonly doneOn: LocalDate | null;
  /** Days before the window opened (negative) or after the due date (positive); 0 on time or not done. */
  readonly offsetDays: number;
  /** Index of the serving touchpoint in the input, or null. */
  readonly touchpoint: number | null;
}

/**
 * A plan's completion report.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareAssessment {
  /** The date the report is made on. */
  readonly asOf: LocalDate;
  /** Each task's outcome, in plan order. */
  readonly tasks: readonly CareTaskOutcome[];
  /** How many tasks had each outcome. */
  readonly counts: Readonly<Record<CareOutcome, number>>;
  /** Indexes of touchpoints that served no task. */
  readonly unmatched: readonly number[];
}

/**
 * Reports what was done on time, early, late or missed against a plan's windows, given the
 * touchpoints made (from case events, a call log, a CRM; see `careTouchpointsFromCases`).
 *
 * A touchpoint serves one task of its customer (narrowed by `taskId`, `ruleId` or `kind` when
 * given). Touchpoints inside a window are matched first (earliest task first); then the rest serve
 * a still unserved task within `toleranceDays` (default 14) before it opens (early) or after its
 * due date (late), nearest first.
 *
 * @param plan - a plan from `planCare`.
 * @param touchpoints - `{ customerId, at | on, taskId?, ruleId?, kind?, caseId? }[]`, at most 1,000,000.
 * @param options - `{ asOf, toleranceDays? }`: the report date and the matching tolerance (0–180).
 * @returns `Ok` with the {@link CareAssessment}, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * const report = assessCare(plan, [{ customerId: "C-1", on: "2025-10-09" }], { asOf: "2025-10-31" });
 * report._unsafeUnwrap().counts; // { on_time: 1, early: 0, late: 0, missed: 2, open: 0, upcoming: 0 }
 * ```
 * @category Care
 * @since 0.1.0
 */
export function assessCare(
  plan: CarePlan,
  touchpoints: unknown,
  options: unknown,
): Result<CareAssessment, CareAssessmentError> {
  return parseWithSchema(AssessSchema, { touchpoints, options }).andThen((args) => {
    const asOf = dayNumberOfLocalDate(args.options.asOf);
    const done: DoneTouchpoint[] = args.touchpoints.map((t, index) => ({
      index,
      customerId: t.customerId,
      day: t.on === undefined ? localDayOf(plan.timeZone, t.at ?? 0) : dayNumberOfLocalDate(t.on),
      taskId: t.taskId ?? null,
      ruleId: t.ruleId ?? null,
      kind: t.kind ?? null,
    }));
    const served = matchTouchpoints(plan.tasks, done, args.options.toleranceDays);
    const counts: Record<CareOutcome, number> = {
      on_time: 0,
      early: 0,
      late: 0,
      missed: 0,
      open: 0,
      upcoming: 0,
    };
    const used = new Set<number>();
    const tasks = plan.tasks.map((task, i): CareTaskOutcome => {
      const opens = dayNumberOfLocalDate(task.opens);
      const due = dayNumberOfLocalDate(task.due);
      const hit = served[i];
      let outcome: CareOutcome;
      let offsetDays = 0;
      if (hit === undefined) {
        outcome = asOf > due ? "missed" : asOf >= opens ? "open" : "upcoming";
      } else {
        used.add(hit.index);
        offsetDays = hit.day < opens ? hit.day - opens : hit.day > due ? hit.day - due : 0;
        outcome = offsetDays < 0 ? "early" : offsetDays > 0 ? "late" : "on_time";
      }
      counts[outcome] += 1;
      return {
        taskId: task.id,
        customerId: task.customerId,
        opens: task.opens,
        due: task.due,
        outcome,
        doneOn: hit === undefined ? null : formatDayNumber(hit.day),
        offsetDays,
        touchpoint: hit === undefined ? null : hit.index,
      };
    });
    const unmatched = done.filter((t) => !used.has(t.index)).map((t) => t.index);
    return ok({ asOf: args.options.asOf, tasks, counts, unmatched });
  });
}
