import { err, ok, type Result } from "neverthrow";
import { zFor } from "./_internal/normal.js";
import type { CompositeScore, SatisfactionAggregate, SatisfactionSummary } from "./aggregate-types.js";
import type { PeriodComparisonError } from "./errors.js";
import type { HeadlineMetric } from "./metric-types.js";

/**
 * The change of one metric between two periods, with its interval; `significant` when the
 * interval excludes 0 and neither period is a small sample.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface MetricChange {
  /** Value in the earlier period. */
  readonly previous: number;
  /** Value in the later period. */
  readonly current: number;
  /** current − previous (percentage points). */
  readonly change: number;
  /** Lower bound of the change. */
  readonly lower: number;
  /** Upper bound of the change. */
  readonly upper: number;
  /** Whether the change is larger than its uncertainty. */
  readonly significant: boolean;
  /** Whether either period has fewer answers than `minSample`. */
  readonly smallSample: boolean;
  /** `newcombe` for proportions (Wilson-based), `normal` for net scores and means. */
  readonly method: "newcombe" | "normal";
}

/**
 * What changed from one period to the next.
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface PeriodTrend {
  /** Earlier period key. */
  readonly from: string;
  /** Later period key. */
  readonly to: string;
  /** Change of the overall index, or null when either period has none. */
  readonly index: MetricChange | null;
  /** Change of each area score present in both periods. */
  readonly areas: readonly { readonly id: string; readonly change: MetricChange }[];
  /** Change of each department score present in both periods. */
  readonly departments: readonly { readonly id: string; readonly change: MetricChange }[];
  /** Change of each question's headline metric present in both periods. */
  readonly questions: readonly {
    readonly id: string;
    readonly metric: HeadlineMetric["metric"];
    readonly change: MetricChange;
  }[];
}

/**
 * Trends between consecutive periods of an aggregate grouped by period: the change of the
 * index, of each area and department score and of each question's headline metric, and whether
 * each change is larger than its uncertainty.
 *
 * @param aggregate - from `aggregateSatisfaction` with `by: "period"`.
 * @returns `Ok` with one {@link PeriodTrend} per pair of consecutive periods, or `Err` with
 *   `not_grouped_by_period`.
 * @example
 * ```ts
 * const [trend] = compareSatisfactionPeriods(report)._unsafeUnwrap();
 * trend?.index?.significant; // false: the change is within the noise
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export function compareSatisfactionPeriods(
  aggregate: SatisfactionAggregate,
): Result<readonly PeriodTrend[], PeriodComparisonError> {
  if (aggregate.by !== "period") {
    return err({
      code: "not_grouped_by_period",
      message: `Trends need an aggregate grouped by period; this one is grouped by ${aggregate.by}`,
    });
  }
  const z = zFor(aggregate.confidence);
  const trends: PeriodTrend[] = [];
  for (let i = 1; i < aggregate.groups.length; i += 1) {
    const before = aggregate.groups[i - 1];
    const after = aggregate.groups[i];
    if (before === undefined || after === undefined) continue;
    trends.push({
      from: before.key ?? "",
      to: after.key ?? "",
      ...summaryChanges(before.summary, after.summary, z, aggregate.minSample),
    });
  }
  return ok(trends);
}

function summaryChanges(a: SatisfactionSummary, b: SatisfactionSummary, z: number, minSample: number) {
  const composites = (left: readonly CompositeScore[], right: readonly CompositeScore[]) =>
    left.flatMap((score) => {
      const other = right.find((candidate) => candidate.id === score.id);
      const change = other === undefined ? null : compositeChange(score, other, z);
      return change === null ? [] : [{ id: score.id, change }];
    });
  const questions = a.questions.flatMap((question, i) => {
    const left = question.metrics;
    const right = b.questions[i]?.metrics;
    if (left?.headline == null || right?.headline == null) return [];
    const small = left.n < minSample || right.n < minSample;
    return [
      {
        id: question.id,
        metric: left.headline.metric,
        change: headlineChange(left.headline, right.headline, z, small),
      },
    ];
  });
  return {
    index: compositeChange(a.index, b.index, z),
    areas: composites(a.areas, b.areas),
    departments: composites(a.departments, b.departments),
    questions,
  };
}

function compositeChange(a: CompositeScore, b: CompositeScore, z: number): MetricChange | null {
  if (a.value === null || b.value === null) return null;
  return normalChange(
    a.value,
    b.value,
    a.standardError ?? 0,
    b.standardError ?? 0,
    z,
    a.smallSample || b.smallSample,
  );
}

function normalChange(
  previous: number,
  current: number,
  errorA: number,
  errorB: number,
  z: number,
  smallSample: boolean,
): MetricChange {
  const change = current - previous;
  const half = z * Math.sqrt(errorA * errorA + errorB * errorB);
  return finish(previous, current, change - half, change + half, smallSample, "normal");
}

/**
 * Newcombe's hybrid score interval (method 10) for p₂ − p₁ from the two Wilson intervals:
 * [d − √((p₂ − l₂)² + (u₁ − p₁)²), d + √((u₂ − p₂)² + (p₁ − l₁)²)].
 */
function headlineChange(a: HeadlineMetric, b: HeadlineMetric, z: number, smallSample: boolean): MetricChange {
  if (a.method !== "wilson" || b.method !== "wilson") {
    return normalChange(a.value, b.value, a.standardError, b.standardError, z, smallSample);
  }
  const change = b.value - a.value;
  const lower = change - Math.hypot(b.value - b.lower, a.upper - a.value);
  const upper = change + Math.hypot(b.upper - b.value, a.value - a.lower);
  return finish(a.value, b.value, lower, upper, smallSample, "newcombe");
}

function finish(
  previous: number,
  current: number,
  lower: number,
  upper: number,
  smallSample: boolean,
  method: MetricChange["method"],
): MetricChange {
  const change = current - previous;
  const bounded = { lower: Math.min(lower, change), upper: Math.max(upper, change) };
  return {
    previous,
    current,
    change,
    ...bounded,
    significant: !smallSample && (bounded.lower > 0 || bounded.upper < 0),
    smallSample,
    method,
  };
}
