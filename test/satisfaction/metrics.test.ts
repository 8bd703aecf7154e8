import {
  computeCes,
  computeCsat,
  computeLikertScore,
  computeMarginOfError,
  computeNps,
  computeNpsFromHistogram,
  computeSampleSize,
  computeWilsonInterval,
} from "kefu/satisfaction";
import { describe, expect, it } from "vitest";

// Every expected value below was computed independently with Python 3:
//   from statistics import NormalDist, mean, stdev; z = NormalDist().inv_cdf(0.975)
//   wilson(k, n): p = k/n; c = p + z²/2n; s = z·sqrt(p(1−p)/n + z²/4n²); (c ∓ s)/(1 + z²/n)
//   adjusted Wald(pos, neg, n): N = n+3; p± = (count + .75)/N; d = p₊ − p₋; se = sqrt((p₊ + p₋ − d²)/N); 100(d ∓ z·se)
//   means/standard deviations with statistics.mean / statistics.stdev on the expanded answers.
const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 10);
const codeOf = (result: { isErr(): boolean; _unsafeUnwrapErr(): { code: string } }) =>
  result.isErr() ? result._unsafeUnwrapErr().code : "ok";

describe("computeWilsonInterval", () => {
  it("45 of 50 at 95%: [0.786398, 0.956524]", () => {
    const estimate = computeWilsonInterval({ successes: 45, trials: 50 })._unsafeUnwrap();
    expect(estimate).toMatchObject({ count: 45, total: 50, share: 0.9 });
    close(estimate.lower, 0.7863976856252035);
    close(estimate.upper, 0.9565242350681097);
  });

  it("a 90% level uses z = 1.644854: 45 of 50 → [0.808462, 0.950471]", () => {
    const estimate = computeWilsonInterval({ successes: 45, trials: 50, confidence: 0.9 })._unsafeUnwrap();
    close(estimate.lower, 0.8084624858484291);
    close(estimate.upper, 0.9504709655225547);
  });

  it("is exactly 0 at k = 0 and exactly 1 at k = n", () => {
    const none = computeWilsonInterval({ successes: 0, trials: 10 })._unsafeUnwrap();
    expect(none.lower).toBe(0);
    close(none.upper, 0.27753279986288915);
    expect(computeWilsonInterval({ successes: 10, trials: 10 })._unsafeUnwrap().upper).toBe(1);
  });

  it("invalid_input: successes > trials, fractions, negatives, unknown keys, bad confidence", () => {
    for (const input of [
      { successes: 3, trials: 2 },
      { successes: 1.5, trials: 2 },
      { successes: -1, trials: 2 },
      { successes: 1, trials: 2, level: 0.9 },
      { successes: 1, trials: 2, confidence: 1 },
      null,
    ]) {
      expect(codeOf(computeWilsonInterval(input))).toBe("invalid_input");
    }
  });

  it("empty_sample: no trials", () => {
    expect(codeOf(computeWilsonInterval({ successes: 0, trials: 0 }))).toBe("empty_sample");
  });
});

describe("computeNps", () => {
  it("60 promoters, 25 passives, 15 detractors: NPS 45, interval [29.3431, 58.0355]", () => {
    const result = computeNps({ promoters: 60, passives: 25, detractors: 15 })._unsafeUnwrap();
    expect(result.nps.value).toBe(45);
    close(result.nps.lower, 29.343111201734096);
    close(result.nps.upper, 58.035529574964926);
    close(result.nps.standardError, 7.3196289828672825);
    expect(result.promoters.share).toBe(0.6);
    expect(result.smallSample).toBe(false);
  });

  it("one promoter: NPS 100, interval [−48.5, 98.5] (need not contain 100), flagged small", () => {
    const result = computeNps({ promoters: 1, passives: 0, detractors: 0 })._unsafeUnwrap();
    expect(result.nps.value).toBe(100);
    close(result.nps.lower, -48.498649420252015);
    close(result.nps.upper, 98.49864942025202);
    expect(result.smallSample).toBe(true);
  });

  it("clamps to −100: five detractors give [−100, −17.4915]", () => {
    const { nps } = computeNps({ promoters: 0, passives: 0, detractors: 5 })._unsafeUnwrap();
    expect(nps.lower).toBe(-100);
    close(nps.upper, -17.49145303416898);
  });

  it("minSample sets the small-sample flag", () => {
    const input = { promoters: 6, passives: 2, detractors: 2 };
    expect(computeNps({ ...input, minSample: 10 })._unsafeUnwrap().smallSample).toBe(false);
    expect(computeNps({ ...input, minSample: 11 })._unsafeUnwrap().smallSample).toBe(true);
  });

  it("invalid_input and empty_sample", () => {
    expect(codeOf(computeNps({ promoters: 1, passives: 0 }))).toBe("invalid_input");
    expect(codeOf(computeNps({ promoters: 0, passives: 0, detractors: 0 }))).toBe("empty_sample");
  });
});

describe("computeCsat / computeLikertScore", () => {
  it("[2, 3, 10, 20, 15]: CSAT 70% [56.25, 80.90], mean 3.86 ± z·1.04998/√50, score 71.5", () => {
    const metrics = computeCsat({ counts: [2, 3, 10, 20, 15] })._unsafeUnwrap();
    expect(metrics.csat).toMatchObject({ count: 35, total: 50, share: 0.7 });
    close(metrics.csat.lower, 0.562496495355466);
    close(metrics.csat.upper, 0.8089644649911906);
    close(metrics.mean.mean, 3.86);
    close(metrics.mean.standardDeviation, 1.0499757042864548);
    close(metrics.mean.lower, 3.568966931191031);
    close(metrics.mean.upper, 4.151033068808968);
    close(metrics.score ?? 0, 71.5);
    expect(metrics.headline).toMatchObject({ metric: "csat", value: 70, method: "wilson" });
  });

  it("a 1–7 scale: top-2 box is 6–7 and the score is 100·(mean − 1)/6", () => {
    const metrics = computeLikertScore({ points: 7, counts: [0, 0, 1, 2, 3, 2, 2] })._unsafeUnwrap();
    close(metrics.score ?? 0, 70); // mean 5.2 → 100·4.2/6
    expect(metrics.csat.count).toBe(4);
  });

  it("invalid_input: wrong histogram length, unknown points; empty_sample: all zero", () => {
    expect(codeOf(computeCsat({ counts: [1, 2, 3] }))).toBe("invalid_input");
    expect(codeOf(computeLikertScore({ points: 6, counts: [1, 1, 1, 1, 1, 1] }))).toBe("invalid_input");
    expect(codeOf(computeLikertScore({ points: 7, counts: [1, 1, 1, 1, 1] }))).toBe("invalid_input");
    expect(codeOf(computeCsat({ counts: [0, 0, 0, 0, 0] }))).toBe("empty_sample");
  });
});

describe("computeCes", () => {
  it("[1, 1, 2, 6, 10, 20, 10]: agree 80%, net 72 [50.96, 84.89], mean 5.46, score 74.33", () => {
    const metrics = computeCes({ counts: [1, 1, 2, 6, 10, 20, 10] })._unsafeUnwrap();
    expect(metrics.agree.share).toBe(0.8);
    close(metrics.agree.lower, 0.6696289406777459);
    close(metrics.agree.upper, 0.887562499842239);
    expect(metrics.disagree.count).toBe(4);
    expect(metrics.net.value).toBe(72);
    close(metrics.net.lower, 50.95893413987738);
    close(metrics.net.upper, 84.8901224638962);
    close(metrics.mean.mean, 5.46);
    close(metrics.score ?? 0, 74.33333333333333);
  });

  it("invalid_input and empty_sample", () => {
    expect(codeOf(computeCes({ counts: [1, 2, 3, 4, 5] }))).toBe("invalid_input");
    expect(codeOf(computeCes({ counts: [0, 0, 0, 0, 0, 0, 0] }))).toBe("empty_sample");
  });
});

describe("computeNpsFromHistogram", () => {
  it("[0,0,0,0,0,1,2,3,4,5,5]: NPS 35 [0.464, 60.406], mean 8.25, score 82.5", () => {
    const metrics = computeNpsFromHistogram({ counts: [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 5] })._unsafeUnwrap();
    expect(metrics.nps.value).toBe(35);
    close(metrics.nps.lower, 0.46404217907341505);
    close(metrics.nps.upper, 60.405523038317895);
    close(metrics.mean.mean, 8.25);
    close(metrics.mean.standardDeviation, 1.51744244666721);
    close(metrics.score ?? 0, 82.5);
    expect([metrics.promoters.count, metrics.passives.count, metrics.detractors.count]).toEqual([10, 7, 3]);
  });

  it("invalid_input and empty_sample", () => {
    expect(codeOf(computeNpsFromHistogram({ counts: [1] }))).toBe("invalid_input");
    expect(codeOf(computeNpsFromHistogram({ counts: new Array(11).fill(0) }))).toBe("empty_sample");
  });
});

describe("computeMarginOfError / computeSampleSize", () => {
  it("n = 400 at p = 0.5: ±4.8999%; with N = 1000 the correction √(600/999) gives ±3.7974%", () => {
    close(computeMarginOfError({ sampleSize: 400 })._unsafeUnwrap().marginOfError, 0.048999099613501344);
    const corrected = computeMarginOfError({ sampleSize: 400, population: 1000 })._unsafeUnwrap();
    close(corrected.marginOfError, 0.03797353087095146);
    close(corrected.correction, Math.sqrt(600 / 999));
  });

  it("±5% at 95%: 384.146 → 385; N = 1000: 277.733 → 278; p = 0.2, ±3%: 682.93 → 683", () => {
    expect(computeSampleSize({ marginOfError: 0.05 })._unsafeUnwrap()).toMatchObject({
      sampleSize: 385,
      withoutCorrection: 385,
    });
    expect(computeSampleSize({ marginOfError: 0.05, population: 1000 })._unsafeUnwrap().sampleSize).toBe(278);
    expect(computeSampleSize({ marginOfError: 0.03, proportion: 0.2 })._unsafeUnwrap().sampleSize).toBe(683);
  });

  it("never asks for more than the population", () => {
    expect(computeSampleSize({ marginOfError: 0.001, population: 50 })._unsafeUnwrap().sampleSize).toBe(50);
  });

  it("invalid_input: sample above population, margin 0 or above 0.5", () => {
    expect(codeOf(computeMarginOfError({ sampleSize: 10, population: 5 }))).toBe("invalid_input");
    expect(codeOf(computeMarginOfError({ sampleSize: 0 }))).toBe("invalid_input");
    expect(codeOf(computeSampleSize({ marginOfError: 0 }))).toBe("invalid_input");
    expect(codeOf(computeSampleSize({ marginOfError: 0.6 }))).toBe("invalid_input");
  });
});
