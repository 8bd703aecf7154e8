import { err, ok, type Result } from "neverthrow";
import { addRational, multiplyRational, type Rational, subtractRational, ZERO } from "../../core/rational.js";
import type { KpiEmployeeError } from "../errors.js";
import type { IndicatorRule, KpiIndicator, KpiScheme } from "../scheme.js";
import type { IndicatorTrace } from "../trace.js";
import { cmp, maxRational, minRational, q } from "./exact.js";

/** Service results after validation. */
export interface ResultsIn {
  readonly slaAttainment?: Rational | undefined;
  readonly satisfaction?: Readonly<Record<string, Rational>> | undefined;
  readonly breaches?: number | undefined;
  readonly lateHandovers?: number | undefined;
  readonly custom?: Readonly<Record<string, Rational>> | undefined;
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

function indicatorValue(indicator: KpiIndicator, results: ResultsIn): Rational | undefined {
  switch (indicator.source) {
    case "sla_attainment":
      return results.slaAttainment;
    case "satisfaction":
      return own(results.satisfaction, indicator.key);
    case "breaches":
      return results.breaches === undefined ? undefined : q(results.breaches);
    case "late_handovers":
      return results.lateHandovers === undefined ? undefined : q(results.lateHandovers);
    case "custom":
      return own(results.custom, indicator.key);
  }
}

/** Points for a value under a rule, and the band that matched. */
function pointsFor(rule: IndicatorRule, value: Rational): { points: Rational; band: number | null } {
  if (rule.kind === "linear") {
    let points = multiplyRational(rule.per, subtractRational(value, rule.origin));
    if (rule.min !== null) points = maxRational(points, rule.min);
    if (rule.max !== null) points = minRational(points, rule.max);
    return { points, band: null };
  }
  let band = -1;
  for (const [index, b] of rule.bands.entries()) {
    if (cmp(value, b.from) >= 0) band = index;
    else break;
  }
  return { points: band === -1 ? rule.below : (rule.bands[band]?.points ?? ZERO), band };
}

/** Scores every indicator of a scheme against one employee's results. */
export function scoreIndicators(
  scheme: KpiScheme,
  results: ResultsIn,
): Result<{ indicators: IndicatorTrace[]; indicatorPoints: Rational }, KpiEmployeeError> {
  const customKeys = new Set(scheme.indicators.filter((i) => i.source === "custom").map((i) => i.key));
  for (const key of Object.keys(results.custom ?? {})) {
    if (!customKeys.has(key)) {
      return err({
        code: "unknown_indicator",
        path: ["serviceResults", "custom", key],
        message: `No custom indicator reads "${key}"`,
      });
    }
  }
  const indicators: IndicatorTrace[] = [];
  let indicatorPoints = ZERO;
  for (const indicator of scheme.indicators) {
    const value = indicatorValue(indicator, results);
    const base = { id: indicator.id, label: indicator.label, source: indicator.source };
    if (value === undefined) {
      if (indicator.ifMissing === "error") {
        return err({
          code: "missing_indicator",
          path: ["serviceResults"],
          message: `Indicator "${indicator.id}" needs a ${indicator.source} value`,
          indicatorId: indicator.id,
        });
      }
      indicators.push({ ...base, value: null, points: ZERO, band: null, status: "skipped" });
      continue;
    }
    const { points, band } = pointsFor(indicator.rule, value);
    indicatorPoints = addRational(indicatorPoints, points);
    indicators.push({ ...base, value, points, band, status: "scored" });
  }
  return ok({ indicators, indicatorPoints });
}
