import type { Result } from "neverthrow";
import {
  addRational,
  divideRational,
  multiplyRational,
  subtractRational,
  ZERO,
} from "../../core/rational.js";
import type { EmployeePeriod } from "../employee-schema.js";
import type { KpiEmployeeError } from "../errors.js";
import type { KpiScheme } from "../scheme.js";
import type { DeductionTrace, KpiScore } from "../trace.js";
import { cmp, q } from "./exact.js";
import { scoreRatings } from "./groups.js";
import { scoreIndicators } from "./indicators.js";

/** The part of an employee period that scoring reads. */
export type ScoreIn = Pick<EmployeePeriod, "id" | "ratings" | "serviceResults" | "deductions" | "multiplier">;

/** Scores a validated employee period: ratings, indicators, deductions, bounds, gate, multiplier. */
export function scoreValidated(scheme: KpiScheme, employee: ScoreIn): Result<KpiScore, KpiEmployeeError> {
  return scoreRatings(scheme, employee.id, employee.ratings).andThen((raters) =>
    scoreIndicators(scheme, employee.serviceResults ?? {}).map((indicators): KpiScore => {
      const deductions = employee.deductions.map(
        (d): DeductionTrace => ({
          reason: d.reason,
          points: "points" in d ? d.points : null,
          amount: "amount" in d ? d.amount : null,
        }),
      );
      const deductionPoints = deductions.reduce((sum, d) => addRational(sum, d.points ?? ZERO), ZERO);
      const unbounded = subtractRational(
        addRational(raters.raterScore, indicators.indicatorPoints),
        deductionPoints,
      );
      const bounded =
        cmp(unbounded, scheme.floor) < 0 ? "floor" : cmp(unbounded, scheme.cap) > 0 ? "cap" : null;
      const score = bounded === "floor" ? scheme.floor : bounded === "cap" ? scheme.cap : unbounded;
      const gatePassed = scheme.gate === null || cmp(score, scheme.gate) >= 0;
      const multiplier = multiplyRational(scheme.multiplier, employee.multiplier ?? q(1));
      const percent = divideRational(score, q(100))._unsafeUnwrap();
      return {
        schemeId: scheme.id,
        employeeId: employee.id,
        groups: raters.groups,
        renormalizedOver: raters.renormalizedOver,
        raterScore: raters.raterScore,
        indicators: indicators.indicators,
        indicatorPoints: indicators.indicatorPoints,
        deductions,
        deductionPoints,
        unbounded,
        score,
        bounded,
        gate: scheme.gate,
        gatePassed,
        multiplier,
        payFactor: gatePassed ? multiplyRational(percent, multiplier) : ZERO,
      };
    }),
  );
}
