import { z } from "zod";
import { MoneySchema } from "../core/money/money.js";
import type { DeepReadonly } from "../core/types.js";
import { exactNumber } from "./_internal/exact.js";

const id = z.string().min(1).max(100);
const reason = z.string().min(1).max(200);
const MAX_KEYS = 50;
const boundedRecord = <T extends z.ZodType>(values: T) =>
  z
    .record(z.string().min(1).max(100), values)
    .refine((record) => Object.keys(record).length <= MAX_KEYS, `At most ${MAX_KEYS} keys`);

/**
 * One rater's score of the employee in one group: on the group's own points (`points: 45` of 50)
 * or as a percentage (`percent: 90`) — exactly one of the two.
 *
 * @category KPI
 * @since 0.1.0
 */
export const RatingSchema = z
  .strictObject({
    group: id,
    rater: id,
    points: exactNumber({ min: 0, max: 1_000 }).optional(),
    percent: exactNumber({ min: 0, max: 100 }).optional(),
  })
  .refine((r) => (r.points === undefined) !== (r.percent === undefined), {
    message: "A rating gives exactly one of points or percent",
  });

/**
 * Service results of one employee for the period, as plain numbers (SLA attainment in percent,
 * satisfaction 0–100 per department, counts of breaches and late hand-overs, custom figures).
 *
 * @category KPI
 * @since 0.1.0
 */
export const ServiceResultsSchema = z.strictObject({
  slaAttainment: exactNumber({ min: 0, max: 100 }).optional(),
  satisfaction: boundedRecord(exactNumber({ min: 0, max: 100 })).optional(),
  breaches: z.int().min(0).max(1_000_000).optional(),
  lateHandovers: z.int().min(0).max(1_000_000).optional(),
  custom: boundedRecord(exactNumber({ min: -1_000_000_000, max: 1_000_000_000 })).optional(),
});

/**
 * A deduction after scoring: in points off the score, or in money off the performance pay
 * (money deductions never take performance pay below zero).
 *
 * @category KPI
 * @since 0.1.0
 */
export const DeductionSchema = z.union([
  z.strictObject({ reason, points: exactNumber({ min: 0, max: 1_000, minExclusive: true }) }),
  z.strictObject({
    reason,
    amount: MoneySchema.refine((m) => m.amount > 0, "A money deduction is a positive amount"),
  }),
]);

/**
 * Proration of the monthly total for a partial period: `cn_21_75` pays `paidDays / 21.75` of the
 * month (mainland-China 计薪天数 convention, capped at the full month); `calendar_days` pays
 * `days / daysInPeriod`.
 *
 * @category KPI
 * @since 0.1.0
 */
export const ProrationSchema = z.union([
  z.strictObject({ method: z.literal("cn_21_75"), paidDays: exactNumber({ min: 0, max: 31 }) }),
  z.strictObject({
    method: z.literal("calendar_days"),
    days: z.int().min(0).max(366),
    daysInPeriod: z.int().min(1).max(366),
  }),
]);

/**
 * One employee's month: the monthly total pay, ratings, service results, deductions, an optional
 * personal multiplier (e.g. attendance) and an optional proration.
 *
 * @category KPI
 * @since 0.1.0
 */
export const EmployeePeriodSchema = z.strictObject({
  id,
  name: z.string().min(1).max(200).optional(),
  total: MoneySchema.refine((m) => m.amount >= 0, "The monthly total cannot be negative"),
  ratings: z.array(RatingSchema).max(1_000).default([]),
  serviceResults: ServiceResultsSchema.optional(),
  deductions: z.array(DeductionSchema).max(100).default([]),
  multiplier: exactNumber({ min: 0, max: 10 }).optional(),
  proration: ProrationSchema.optional(),
});

/**
 * What {@link EmployeePeriodSchema} accepts.
 *
 * @category KPI
 * @since 0.1.0
 */
export type EmployeePeriodInput = DeepReadonly<z.input<typeof EmployeePeriodSchema>>;

/**
 * A validated employee period (numbers exact).
 *
 * @category KPI
 * @since 0.1.0
 */
export type EmployeePeriod = DeepReadonly<z.output<typeof EmployeePeriodSchema>>;

/**
 * What {@link ServiceResultsSchema} accepts.
 *
 * @category KPI
 * @since 0.1.0
 */
export type ServiceResults = DeepReadonly<z.input<typeof ServiceResultsSchema>>;
