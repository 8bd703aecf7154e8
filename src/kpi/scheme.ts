import type { Rational } from "../core/rational.js";
import type { INDICATOR_SOURCES, MISSING_GROUP_RULES } from "./scheme-schema.js";

/**
 * The rule for a rater group without enough raters: `"error"`, `"renormalize"` or `"zero"`.
 *
 * @category KPI
 * @since 0.1.0
 */
export type MissingGroupRule = (typeof MISSING_GROUP_RULES)[number];

/**
 * Where an indicator reads its value.
 *
 * @category KPI
 * @since 0.1.0
 */
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/**
 * A validated rater group.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface RaterGroup {
  /** The group's id, referenced by ratings. */
  readonly id: string;
  /** A display name, when given. */
  readonly label: string | undefined;
  /** Share of the score in percent; the weights of a scheme sum to exactly 100. */
  readonly weight: Rational;
  /** The points a rater scores on (default: the weight). */
  readonly points: Rational;
  /** The fewest raters the group needs (default 1). */
  readonly minRaters: number;
  /** Whether an employee's rating of themself is left out. */
  readonly excludeSelf: boolean;
}

/**
 * How an indicator's value becomes points: ascending bands, or a clamped linear rule.
 *
 * @category KPI
 * @since 0.1.0
 */
export type IndicatorRule =
  | {
      readonly kind: "bands";
      readonly bands: readonly { readonly from: Rational; readonly points: Rational }[];
      readonly below: Rational;
    }
  | {
      readonly kind: "linear";
      readonly per: Rational;
      readonly origin: Rational;
      readonly min: Rational | null;
      readonly max: Rational | null;
    };

/**
 * A validated indicator.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface KpiIndicator {
  /** The indicator's id. */
  readonly id: string;
  /** A display name, when given. */
  readonly label: string | undefined;
  /** Where the value comes from. */
  readonly source: IndicatorSource;
  /** The department (satisfaction) or custom key the value is read under. */
  readonly key: string;
  /** Value → points. */
  readonly rule: IndicatorRule;
  /** What happens when the value is absent. */
  readonly ifMissing: "error" | "skip";
}

/**
 * A validated, immutable KPI scheme: every number exact.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface KpiScheme {
  /** The scheme's id. */
  readonly id: string;
  /** A display name, when given. */
  readonly label: string | undefined;
  /** Rater groups in the order given. */
  readonly groups: readonly RaterGroup[];
  /** The missing-group rule. */
  readonly missingGroup: MissingGroupRule;
  /** Indicators in the order given. */
  readonly indicators: readonly KpiIndicator[];
  /** Lowest score (default 0). */
  readonly floor: Rational;
  /** Highest score (default 100). */
  readonly cap: Rational;
  /** Pay gate: below this score no performance pay; `null` for none. */
  readonly gate: Rational | null;
  /** Factor on the score's percentage for pay (default 1). */
  readonly multiplier: Rational;
  /** Base : performance ratio (default 2 : 1). */
  readonly split: { readonly base: Rational; readonly performance: Rational };
  /** The final rounding of performance pay. */
  readonly rounding: "halfUp" | "halfEven";
}
