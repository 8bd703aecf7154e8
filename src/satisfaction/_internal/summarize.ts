import { exactNumber } from "../../core/_internal/exact-number.js";
import {
  addRational,
  divideRational,
  multiplyRational,
  type Rational,
  ratio,
  rationalToNumber,
  ZERO,
} from "../../core/rational.js";
import type { CompositeScore, QuestionSummary, SatisfactionSummary } from "../aggregate-types.js";
import type { SurveyScale } from "../survey-schema.js";
import { countRange } from "./estimates.js";
import { type MetricSettings, metricsOf } from "./question-metrics.js";
import { SQUARE_SCALE, SUM_SCALE, type Tally, type TallyPlan } from "./tally.js";

function fraction(num: number, den: number): Rational {
  const parsed = ratio(num, den);
  if (parsed.isErr()) throw new Error(`[kefu] ${num}/${den} is not a rational`);
  return parsed.value;
}

/** The exact 0–100 score of each code of a numeric scale. */
function exactScores(scale: SurveyScale, size: number): Rational[] | null {
  switch (scale.kind) {
    case "likert":
    case "ces":
      return Array.from({ length: size }, (_, code) => fraction(100 * code, size - 1));
    case "nps":
      return Array.from({ length: size }, (_, code) => fraction(10 * code, 1));
    case "yes_no":
      return [ZERO, fraction(100, 1)];
    case "choice":
      return scale.options.every((option) => option.score !== undefined)
        ? scale.options.map((option) => exactNumber(option.score ?? 0))
        : null;
  }
}

/** Precomputed exact scores and weights of a plan's questions. */
export interface ExactPlan {
  readonly scores: readonly (readonly Rational[] | null)[];
  readonly weights: readonly Rational[];
}

/** Exact scores and weights of a plan (once per aggregation). */
export function exactPlan(plan: TallyPlan): ExactPlan {
  return {
    scores: plan.questions.map(({ question, size }) => exactScores(question.scale, size)),
    weights: plan.questions.map(({ question }) => exactNumber(question.weight)),
  };
}

/** A tally's summary: question metrics, composite scores, worst-case margin of error. */
export function summarize(
  plan: TallyPlan,
  exactness: ExactPlan,
  tally: Tally,
  settings: MetricSettings,
  population: number | undefined,
): SatisfactionSummary {
  const questions = plan.questions.map(({ question, offset, size }): QuestionSummary => {
    const counts = Array.from(tally.counts.subarray(offset, offset + size));
    const n = countRange(counts, 0, size);
    return {
      id: question.id,
      area: question.area,
      department: question.department ?? null,
      metrics: n === 0 ? null : metricsOf(question.scale, counts, settings),
    };
  });
  const composites = plan.slots.map((_, index) => composite(plan, exactness, tally, index, settings));
  const [indexScore] = composites;
  if (indexScore === undefined) throw new Error("[kefu] a tally plan has no index slot");
  const n = tally.responses;
  const correction =
    population === undefined || population <= 1
      ? 1
      : Math.sqrt(Math.max(0, population - n) / (population - 1));
  return {
    responses: n,
    marginOfError: n === 0 ? null : settings.z * Math.sqrt(0.25 / n) * correction,
    questions,
    index: indexScore,
    areas: composites.filter((score) => score.kind === "area"),
    departments: composites.filter((score) => score.kind === "department"),
  };
}

function composite(
  plan: TallyPlan,
  exactness: ExactPlan,
  tally: Tally,
  slot: number,
  settings: MetricSettings,
): CompositeScore {
  const { kind, id } = plan.slots[slot] ?? { kind: "index", id: "index" };
  const respondents = tally.respondents[slot] ?? 0;
  let weighted = ZERO;
  let weights = ZERO;
  for (const [q, { offset, size, slots }] of plan.questions.entries()) {
    const scores = exactness.scores[q];
    const weight = exactness.weights[q];
    if (!slots.includes(slot) || scores === null || scores === undefined || weight === undefined) continue;
    let n = 0;
    let total = ZERO;
    for (let code = 0; code < size; code += 1) {
      const count = tally.counts[offset + code] ?? 0;
      n += count;
      if (count > 0) total = addRational(total, multiplyRational(fraction(count, 1), scores[code] ?? ZERO));
    }
    if (n === 0) continue;
    weighted = addRational(weighted, multiplyRational(weight, multiplyRational(total, fraction(1, n))));
    weights = addRational(weights, weight);
  }
  const empty = { kind, id, respondents, smallSample: respondents < settings.minSample };
  const quotient = divideRational(weighted, weights);
  if (quotient.isErr() || respondents === 0) {
    return { ...empty, value: null, exact: null, lower: null, upper: null, standardError: null };
  }
  const value = rationalToNumber(quotient.value);
  const mean = (tally.sums[slot] ?? 0) / SUM_SCALE / respondents;
  const squares = (tally.squares[slot] ?? 0) / SQUARE_SCALE;
  const variance =
    respondents > 1 ? Math.max(0, (squares - respondents * mean * mean) / (respondents - 1)) : 0;
  const standardError = Math.sqrt(variance / respondents);
  return {
    ...empty,
    value,
    exact: quotient.value,
    lower: Math.max(0, Math.min(value, value - settings.z * standardError)),
    upper: Math.min(100, Math.max(value, value + settings.z * standardError)),
    standardError,
  };
}
