import type {
  CesMetrics,
  ChoiceMetrics,
  HeadlineMetric,
  LikertMetrics,
  MeanEstimate,
  NpsMetrics,
  ProportionEstimate,
  QuestionMetrics,
  YesNoMetrics,
} from "../metric-types.js";
import type { SurveyScale } from "../survey-schema.js";
import { countRange, meanEstimate, netScore, proportion } from "./estimates.js";
import { codeScores } from "./scales.js";

/** What every metric builder needs besides the counts. */
export interface MetricSettings {
  readonly z: number;
  readonly minSample: number;
}

const range = (length: number, from: number) => Array.from({ length }, (_, i) => from + i);

function proportionHeadline(metric: HeadlineMetric["metric"], estimate: ProportionEstimate): HeadlineMetric {
  const p = estimate.share;
  return {
    metric,
    value: 100 * p,
    lower: 100 * estimate.lower,
    upper: 100 * estimate.upper,
    method: "wilson",
    standardError: 100 * Math.sqrt((p * (1 - p)) / estimate.total),
  };
}

/** 0–100 score of a mean on [min, max] and its interval: 100·(x − min)/(max − min). */
function rescaled(mean: MeanEstimate, min: number, max: number) {
  const scale = (x: number) => (100 * (x - min)) / (max - min);
  return {
    score: scale(mean.mean),
    scoreInterval: { lower: scale(mean.lower), upper: scale(mean.upper) },
    scoreError: (100 * mean.standardDeviation) / (max - min) / Math.sqrt(mean.n),
  };
}

/** Metrics of a Likert 1–5 / 1–7 histogram (n > 0). */
export function likertMetrics(
  points: 5 | 7,
  counts: readonly number[],
  settings: MetricSettings,
): LikertMetrics {
  const n = countRange(counts, 0, points);
  const mean = meanEstimate(counts, range(points, 1), settings.z, 1, points);
  const csat = proportion(countRange(counts, points - 2, points), n, settings.z);
  const { score, scoreInterval } = rescaled(mean, 1, points);
  return {
    kind: "likert",
    points,
    n,
    distribution: counts,
    smallSample: n < settings.minSample,
    csat,
    mean,
    score,
    scoreInterval,
    headline: proportionHeadline("csat", csat),
  };
}

/** Metrics of a 0–10 histogram (n > 0). */
export function npsMetrics(counts: readonly number[], settings: MetricSettings): NpsMetrics {
  const { z } = settings;
  const n = countRange(counts, 0, 11);
  const promoters = countRange(counts, 9, 11);
  const detractors = countRange(counts, 0, 7);
  const nps = netScore(promoters, detractors, n, z);
  const mean = meanEstimate(counts, range(11, 0), z, 0, 10);
  const { score, scoreInterval } = rescaled(mean, 0, 10);
  return {
    kind: "nps",
    n,
    distribution: counts,
    smallSample: n < settings.minSample,
    promoters: proportion(promoters, n, z),
    passives: proportion(n - promoters - detractors, n, z),
    detractors: proportion(detractors, n, z),
    nps,
    mean,
    score,
    scoreInterval,
    headline: {
      metric: "nps",
      value: nps.value,
      lower: nps.lower,
      upper: nps.upper,
      method: "adjusted_wald",
      standardError: nps.standardError,
    },
  };
}

/** Metrics of a 1–7 effort histogram (n > 0). */
export function cesMetrics(counts: readonly number[], settings: MetricSettings): CesMetrics {
  const { z } = settings;
  const n = countRange(counts, 0, 7);
  const agree = countRange(counts, 4, 7);
  const disagree = countRange(counts, 0, 3);
  const mean = meanEstimate(counts, range(7, 1), z, 1, 7);
  const agreeShare = proportion(agree, n, z);
  const { score, scoreInterval } = rescaled(mean, 1, 7);
  return {
    kind: "ces",
    n,
    distribution: counts,
    smallSample: n < settings.minSample,
    agree: agreeShare,
    disagree: proportion(disagree, n, z),
    net: netScore(agree, disagree, n, z),
    mean,
    score,
    scoreInterval,
    headline: proportionHeadline("ces", agreeShare),
  };
}

function yesNoMetrics(counts: readonly number[], settings: MetricSettings): YesNoMetrics {
  const n = countRange(counts, 0, 2);
  const yes = proportion(counts[1] ?? 0, n, settings.z);
  return {
    kind: "yes_no",
    n,
    distribution: counts,
    smallSample: n < settings.minSample,
    yes,
    score: 100 * yes.share,
    scoreInterval: { lower: 100 * yes.lower, upper: 100 * yes.upper },
    headline: proportionHeadline("yes", yes),
  };
}

function choiceMetrics(
  scale: Extract<SurveyScale, { kind: "choice" }>,
  counts: readonly number[],
  settings: MetricSettings,
): ChoiceMetrics {
  const n = countRange(counts, 0, counts.length);
  const options = scale.options.map((option, code) => ({
    id: option.id,
    ...proportion(counts[code] ?? 0, n, settings.z),
  }));
  const base = {
    kind: "choice",
    n,
    distribution: counts,
    smallSample: n < settings.minSample,
    options,
  } as const;
  const scores = codeScores(scale);
  if (scores === null) return { ...base, score: null, scoreInterval: null, headline: null };
  const mean = meanEstimate(counts, scores, settings.z, 0, 100);
  const { score, scoreInterval, scoreError } = rescaled(mean, 0, 100);
  return {
    ...base,
    score,
    scoreInterval,
    headline: {
      metric: "score",
      value: score,
      ...scoreInterval,
      method: "normal",
      standardError: scoreError,
    },
  };
}

/** The metrics of one question's histogram; n must be > 0. */
export function metricsOf(
  scale: SurveyScale,
  counts: readonly number[],
  settings: MetricSettings,
): QuestionMetrics {
  switch (scale.kind) {
    case "likert":
      return likertMetrics(scale.points, counts, settings);
    case "nps":
      return npsMetrics(counts, settings);
    case "ces":
      return cesMetrics(counts, settings);
    case "yes_no":
      return yesNoMetrics(counts, settings);
    case "choice":
      return choiceMetrics(scale, counts, settings);
  }
}
