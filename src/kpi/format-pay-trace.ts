import { CURRENCY_EXPONENTS } from "../core/money/currency.js";
import { divideRational, multiplyRational, type Rational } from "../core/rational.js";
import { q } from "./_internal/exact.js";
import { showMoney, showNumber, showSigned } from "./_internal/show.js";
import { bandName, roundingName, TRACE_WORDS } from "./_internal/trace-labels.js";
import type { KpiScheme } from "./scheme.js";
import type { KpiScore, PayResult } from "./trace.js";

/**
 * The locales a trace can be printed in.
 *
 * @category KPI
 * @since 0.1.0
 */
export type KpiTraceLocale = "zh-CN" | "en";

const percentOf = (factor: Rational) => showNumber(multiplyRational(factor, q(100)));

/**
 * Prints a {@link KpiScore}'s trace line by line: every rater, each group's mean, weight and
 * points, indicators, deductions, floor and cap, the gate and the multiplier.
 *
 * @param score - a score from {@link scoreEmployee} (or `PayResult.score`).
 * @param scheme - the scheme it was computed with (for floor and cap).
 * @param locale - `"zh-CN"` (default) or `"en"`.
 * @returns the lines, without trailing newlines.
 * @example
 * ```ts
 * formatScoreTrace(score, scheme, "en").at(-1); // "Multiplier 1 → 90% of the performance part is paid"
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function formatScoreTrace(
  score: KpiScore,
  scheme: KpiScheme,
  locale: KpiTraceLocale = "zh-CN",
): string[] {
  const w = TRACE_WORDS[locale];
  const lines: string[] = [];
  for (const g of score.groups) {
    const effective =
      g.status === "rated" && score.renormalizedOver !== null ? showNumber(g.effectiveWeight) : null;
    lines.push(w.group(g.label ?? g.id, showNumber(g.weight), showNumber(g.points), effective));
    for (const r of g.raters) {
      const given = r.givenAsPercent ? percentOf(r.fraction) : null;
      lines.push(w.rater(r.rater, showNumber(r.points), given, r.excluded !== null));
    }
    if (g.mean === null)
      lines.push(w.missing(g.status === "missing_zero" ? "missing_zero" : "missing_renormalized", g.counted));
    else lines.push(w.mean(g.counted, showNumber(g.mean), showNumber(g.points), showNumber(g.contribution)));
  }
  lines.push(
    w.raterScore(showNumber(score.raterScore), score.renormalizedOver && showNumber(score.renormalizedOver)),
  );
  for (const i of score.indicators) {
    if (i.value === null) lines.push(w.skipped(i.label ?? i.id));
    else
      lines.push(
        w.indicator(i.label ?? i.id, showNumber(i.value), showSigned(i.points), bandName(locale, i.band)),
      );
  }
  for (const d of score.deductions) {
    if (d.points !== null) lines.push(w.deductionPoints(d.reason, showNumber(d.points)));
    if (d.amount !== null) lines.push(w.deductionMoney(d.reason, showMoney(d.amount, locale)));
  }
  lines.push(
    w.bounds(
      showNumber(score.unbounded),
      showNumber(scheme.floor),
      showNumber(scheme.cap),
      showNumber(score.score),
    ),
  );
  if (score.gate !== null) lines.push(w.gate(showNumber(score.gate), score.gatePassed));
  lines.push(w.factor(showNumber(score.multiplier), percentOf(score.payFactor)));
  return lines;
}

/**
 * Prints a {@link PayResult}'s full trace for a payroll clerk or an auditor: the score trace,
 * then the total, proration, split, the exact performance pay and its one rounding, money
 * deductions and the net pay.
 *
 * @param pay - a result from {@link computePay} or a payroll line.
 * @param scheme - the scheme it was computed with.
 * @param locale - `"zh-CN"` (default) or `"en"`.
 * @returns the lines, without trailing newlines.
 * @example
 * ```ts
 * formatPayTrace(pay, scheme, "en").at(-1); // "Net pay CN¥8,700.00"
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function formatPayTrace(
  pay: PayResult,
  scheme: KpiScheme,
  locale: KpiTraceLocale = "zh-CN",
): string[] {
  const w = TRACE_WORDS[locale];
  const m = (value: PayResult["net"]) => showMoney(value, locale);
  const who = pay.name === undefined ? pay.employeeId : `${pay.name} (${pay.employeeId})`;
  const { currency } = pay.performancePay;
  const minorPerMajor = q(10 ** CURRENCY_EXPONENTS[currency]);
  const exactText = showNumber(divideRational(pay.performanceExact, minorPerMajor)._unsafeUnwrap());
  const lines = [
    w.title(who, scheme.id),
    ...formatScoreTrace(pay.score, scheme, locale),
    w.total(m(pay.monthlyTotal)),
  ];
  if (pay.proration !== null)
    lines.push(w.prorated(pay.proration.method, showNumber(pay.proration.factor), m(pay.total)));
  lines.push(
    w.split(
      showNumber(scheme.split.base),
      showNumber(scheme.split.performance),
      m(pay.base),
      m(pay.performancePart),
    ),
  );
  lines.push(
    w.performance(
      m(pay.performancePart),
      percentOf(pay.score.payFactor),
      `${exactText} ${currency}`,
      roundingName(locale, pay.rounding),
      m(pay.performancePay),
    ),
  );
  if (pay.moneyDeducted.amount > 0) lines.push(w.deducted(m(pay.moneyDeducted), m(pay.performancePaid)));
  lines.push(w.net(m(pay.net)));
  return lines;
}
