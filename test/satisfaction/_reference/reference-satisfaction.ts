/**
 * Slow, obviously-correct reference computations for kefu/satisfaction, written straight from
 * the formulas without histograms, caches or fixed-point sums.
 */
import type { Survey, SurveyResponse } from "kefu/satisfaction";

/** Local date parts of an instant in a zone, read from Intl (independent of @date-fns/tz). */
function localParts(ms: number, timeZone: string): { year: number; month: number; day: number } {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    era: "short",
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Period key by the ISO-8601 rules, computed with UTC Date arithmetic. */
export function referencePeriodKey(ms: number, timeZone: string, unit: "day" | "week" | "month"): string {
  const { year, month, day } = localParts(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  if (unit === "day") return `${year}-${two(month)}-${two(day)}`;
  if (unit === "month") return `${year}-${two(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const isoYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(isoYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${isoYear}-W${two(week)}`;
}

/** A question's 0–100 score of one answer, straight from the definitions. */
function scoreOf(survey: Survey, questionId: string, value: number | boolean | string): number | null {
  const question = survey.questions.find((q) => q.id === questionId);
  if (question === undefined) return null;
  const { scale } = question;
  if (scale.kind === "likert") return (100 * ((value as number) - 1)) / (scale.points - 1);
  if (scale.kind === "ces") return (100 * ((value as number) - 1)) / 6;
  if (scale.kind === "nps") return 10 * (value as number);
  if (scale.kind === "yes_no") return value === true ? 100 : 0;
  const option = scale.options.find((o) => o.id === value);
  return option?.score ?? null;
}

/** Mean 0–100 score of a question over the responses that answered it, or null. */
export function referenceQuestionScore(
  survey: Survey,
  responses: readonly SurveyResponse[],
  questionId: string,
): number | null {
  const scores = responses.flatMap((r) => {
    const value = r.answers[questionId];
    const score = value === undefined ? null : scoreOf(survey, questionId, value);
    return score === null ? [] : [score];
  });
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** The weighted index Σ wᵢSᵢ/Σ wᵢ over answered in-index questions of an optional area. */
export function referenceIndex(
  survey: Survey,
  responses: readonly SurveyResponse[],
  area?: string,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const question of survey.questions) {
    if (!question.inIndex || (area !== undefined && question.area !== area)) continue;
    const score = referenceQuestionScore(survey, responses, question.id);
    if (score === null) continue;
    weighted += question.weight * score;
    weights += question.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/** Top-2-box count of a Likert question. */
export function referenceTopTwo(
  survey: Survey,
  responses: readonly SurveyResponse[],
  questionId: string,
): number {
  const question = survey.questions.find((q) => q.id === questionId);
  const points = question?.scale.kind === "likert" ? question.scale.points : 5;
  return responses.filter((r) => {
    const value = r.answers[questionId];
    return typeof value === "number" && value >= points - 1;
  }).length;
}

/** R² of an ordinary least-squares fit with intercept, by Gaussian elimination on XᵀX. */
export function referenceRSquared(columns: readonly number[][], y: readonly number[]): number {
  const n = y.length;
  const design = y.map((_, i) => [1, ...columns.map((c) => c[i] ?? 0)]);
  const k = columns.length + 1;
  const a = Array.from({ length: k }, (_, r) => [
    ...Array.from({ length: k }, (_, c) => design.reduce((s, row) => s + (row[r] ?? 0) * (row[c] ?? 0), 0)),
    design.reduce((s, row, i) => s + (row[r] ?? 0) * (y[i] ?? 0), 0),
  ]);
  for (let col = 0; col < k; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < k; r += 1)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] ?? [], a[col] ?? []];
    for (let r = 0; r < k; r += 1) {
      if (r === col) continue;
      const factor = (a[r]?.[col] ?? 0) / (a[col]?.[col] ?? 1);
      for (let c = col; c <= k; c += 1)
        (a[r] as number[])[c] = (a[r]?.[c] ?? 0) - factor * (a[col]?.[c] ?? 0);
    }
  }
  const coefficients = a.map((row, r) => (row[k] ?? 0) / (row[r] ?? 1));
  const mean = y.reduce((s, v) => s + v, 0) / n;
  let residual = 0;
  let total = 0;
  for (const [i, row] of design.entries()) {
    const fitted = row.reduce((s, x, j) => s + x * (coefficients[j] ?? 0), 0);
    residual += ((y[i] ?? 0) - fitted) ** 2;
    total += ((y[i] ?? 0) - mean) ** 2;
  }
  return 1 - residual / total;
}

/**
 * Johnson's relative weights of two drivers in closed form: with r = corr(x₁, x₂),
 * R^{1/2} = [[a, b], [b, a]], a = (√(1+r) + √(1−r))/2, b = (√(1+r) − √(1−r))/2.
 */
export function referenceTwoDriverWeights(r12: number, r1y: number, r2y: number): [number, number] {
  const plus = Math.sqrt(1 + r12);
  const minus = Math.sqrt(1 - r12);
  const a = (plus + minus) / 2;
  const b = (plus - minus) / 2;
  const c = (1 / plus + 1 / minus) / 2;
  const d = (1 / plus - 1 / minus) / 2;
  const beta1 = c * r1y + d * r2y;
  const beta2 = d * r1y + c * r2y;
  return [a * a * beta1 * beta1 + b * b * beta2 * beta2, b * b * beta1 * beta1 + a * a * beta2 * beta2];
}

/** Pearson correlation. */
export function referenceCorrelation(x: readonly number[], y: readonly number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i += 1) {
    sxy += ((x[i] ?? 0) - mx) * ((y[i] ?? 0) - my);
    sxx += ((x[i] ?? 0) - mx) ** 2;
    syy += ((y[i] ?? 0) - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
