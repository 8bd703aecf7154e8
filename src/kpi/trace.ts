import type { Money } from "../core/money/money.js";
import type { Rational } from "../core/rational.js";
import type { IndicatorSource } from "./scheme.js";

/**
 * One rater's score as counted.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface RaterTrace {
  /** Who rated. */
  readonly rater: string;
  /** The score on the group's points (a percentage rating converted). */
  readonly points: Rational;
  /** The score as a share of the group's points, 0–1. */
  readonly fraction: Rational;
  /** Whether the score was given as a percentage. */
  readonly givenAsPercent: boolean;
  /** `"self"` when left out as a self-rating, else `null`. */
  readonly excluded: "self" | null;
}

/**
 * How a rater group entered the score.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface GroupTrace {
  /** The group's id. */
  readonly id: string;
  /** The group's display name, when given. */
  readonly label: string | undefined;
  /** The group's weight in the scheme, percent. */
  readonly weight: Rational;
  /** The weight actually used (scaled up under `renormalize`; the scheme's weight otherwise). */
  readonly effectiveWeight: Rational;
  /** The points raters score on. */
  readonly points: Rational;
  /** Every rating of the group, in input order, counted or not. */
  readonly raters: readonly RaterTrace[];
  /** How many ratings were counted. */
  readonly counted: number;
  /** Mean of the counted ratings on the group's points; `null` when the group is missing. */
  readonly mean: Rational | null;
  /** `rated`, or how a missing group was treated. */
  readonly status: "rated" | "missing_zero" | "missing_renormalized";
  /** Points out of 100 the group adds: effectiveWeight × mean / points. */
  readonly contribution: Rational;
}

/**
 * How an indicator entered the score.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface IndicatorTrace {
  /** The indicator's id. */
  readonly id: string;
  /** The indicator's display name, when given. */
  readonly label: string | undefined;
  /** Where its value came from. */
  readonly source: IndicatorSource;
  /** The value read; `null` when absent and skipped. */
  readonly value: Rational | null;
  /** Signed points added to the score. */
  readonly points: Rational;
  /** The band that matched (index), `-1` below the first band, `null` for a linear rule or a skip. */
  readonly band: number | null;
  /** `scored`, or `skipped` when the value was absent. */
  readonly status: "scored" | "skipped";
}

/**
 * A deduction as applied.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface DeductionTrace {
  /** Why. */
  readonly reason: string;
  /** Points off the score, or `null`. */
  readonly points: Rational | null;
  /** Money off the performance pay (as requested), or `null`. */
  readonly amount: Money | null;
}

/**
 * One employee's performance score and every step that produced it, all exact.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface KpiScore {
  /** The scheme used. */
  readonly schemeId: string;
  /** The employee. */
  readonly employeeId: string;
  /** Each rater group in scheme order. */
  readonly groups: readonly GroupTrace[];
  /** Sum of the present groups' weights when renormalized, else `null`. */
  readonly renormalizedOver: Rational | null;
  /** Σ group contributions, out of 100. */
  readonly raterScore: Rational;
  /** Each indicator in scheme order. */
  readonly indicators: readonly IndicatorTrace[];
  /** Σ indicator points (signed). */
  readonly indicatorPoints: Rational;
  /** Every deduction in input order. */
  readonly deductions: readonly DeductionTrace[];
  /** Σ point deductions. */
  readonly deductionPoints: Rational;
  /** raterScore + indicatorPoints − deductionPoints, before floor and cap. */
  readonly unbounded: Rational;
  /** The final score: `unbounded` held within [floor, cap]. */
  readonly score: Rational;
  /** Which bound applied, if any. */
  readonly bounded: "floor" | "cap" | null;
  /** The gate, or `null`. */
  readonly gate: Rational | null;
  /** Whether the score reaches the gate (always `true` without a gate). */
  readonly gatePassed: boolean;
  /** Scheme multiplier × the employee's own multiplier. */
  readonly multiplier: Rational;
  /** Share of the performance part paid: score / 100 × multiplier, or 0 below the gate. */
  readonly payFactor: Rational;
}

/**
 * One employee's pay for the period with its trace.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface PayResult {
  /** The employee. */
  readonly employeeId: string;
  /** The employee's name, when given. */
  readonly name: string | undefined;
  /** The score and its trace. */
  readonly score: KpiScore;
  /** The monthly total as given. */
  readonly monthlyTotal: Money;
  /** The proration applied, or `null`. */
  readonly proration: {
    readonly method: "cn_21_75" | "calendar_days";
    readonly factor: Rational;
  } | null;
  /** The total for the period (prorated, rounded once to the minor unit). */
  readonly total: Money;
  /** The fixed base part (largest-remainder split of `total`). */
  readonly base: Money;
  /** The performance part (the other share of the split). */
  readonly performancePart: Money;
  /** performancePart × payFactor in minor units, exact, before rounding. */
  readonly performanceExact: Rational;
  /** The rounding mode of the one final rounding. */
  readonly rounding: "halfUp" | "halfEven";
  /** `performanceExact` rounded to the minor unit. */
  readonly performancePay: Money;
  /** Money deductions applied (at most `performancePay`). */
  readonly moneyDeducted: Money;
  /** performancePay − moneyDeducted. */
  readonly performancePaid: Money;
  /** base + performancePaid: what the employee is paid. */
  readonly net: Money;
}
