import type { Result } from "neverthrow";
import { parseWithSchema } from "../core/result.js";
import { scoreValidated } from "./_internal/score.js";
import { EmployeePeriodSchema } from "./employee-schema.js";
import type { KpiEmployeeError } from "./errors.js";
import type { KpiScheme } from "./scheme.js";
import type { KpiScore } from "./trace.js";

const ScoreInputSchema = EmployeePeriodSchema.partial({ total: true });

/**
 * Scores one employee for a period without computing pay: the weighted mean of each rater
 * group, indicator points, point deductions, floor and cap, the gate and the multiplier — all
 * exact. The input is an employee period whose `total` may be left out.
 *
 * @param scheme - a scheme from {@link parseKpiScheme}.
 * @param input - an {@link EmployeePeriodInput}-shaped value (`total` optional).
 * @returns `Ok` with the {@link KpiScore}, or `Err` with code `invalid_input`, `unknown_group`,
 *   `duplicate_rater`, `rating_out_of_range`, `missing_group`, `no_ratings`, `missing_indicator`
 *   or `unknown_indicator`.
 * @example
 * ```ts
 * const score = scoreEmployee(scheme, {
 *   id: "li-na",
 *   ratings: [
 *     { group: "supervisor", rater: "chen", points: 45 },
 *     { group: "marketing", rater: "zhou", points: 18 },
 *     { group: "production", rater: "wu", points: 17 },
 *     { group: "peers", rater: "wang", points: 10 },
 *   ],
 * })._unsafeUnwrap();
 * score.score; // { num: 90n, den: 1n }
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function scoreEmployee(scheme: KpiScheme, input: unknown): Result<KpiScore, KpiEmployeeError> {
  return parseWithSchema(ScoreInputSchema, input)
    .mapErr((error): KpiEmployeeError => error)
    .andThen((employee) => scoreValidated(scheme, employee));
}
