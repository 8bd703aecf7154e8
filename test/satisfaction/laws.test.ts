import { fc, test } from "@fast-check/vitest";
import {
  aggregateSatisfaction,
  analyzeKeyDrivers,
  computeNps,
  computeWilsonInterval,
  parseSurveyResponses,
  type QuestionMetrics,
  type SurveyResponseInput,
} from "kefu/satisfaction";
import { describe, expect } from "vitest";
import { survey } from "./_fixtures";
import {
  referenceCorrelation,
  referenceIndex,
  referencePeriodKey,
  referenceQuestionScore,
  referenceRSquared,
  referenceTopTwo,
  referenceTwoDriverWeights,
} from "./_reference/reference-satisfaction";

const START = Date.UTC(2025, 8, 1);
const SPAN = 100 * 86_400_000;
const ZONES = [
  "Asia/Shanghai",
  "UTC",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Europe/London",
];

const arbAnswers = fc.record(
  {
    walls: fc.integer({ min: 1, max: 5 }),
    plumbing: fc.integer({ min: 1, max: 5 }),
    outlets: fc.integer({ min: 1, max: 7 }),
    explained: fc.boolean(),
    ltr: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ["ltr"] },
);
const arbResponse = fc.record(
  {
    at: fc.integer({ min: START, max: START + SPAN }),
    answers: arbAnswers,
    agent: fc.constantFrom("li", "wang", "zhao"),
    channel: fc.constantFrom("phone", "wechat"),
  },
  { requiredKeys: ["at", "answers"] },
);
const arbResponses = fc
  .array(arbResponse, { maxLength: 60 })
  .map((list) => list.map((r, i): SurveyResponseInput => ({ id: `r${i}`, ...r })));
const accepted = (inputs: readonly SurveyResponseInput[]) =>
  parseSurveyResponses(survey, inputs)._unsafeUnwrap().accepted;

/** Fisher–Yates with a linear congruential generator seeded by fast-check. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Offset changes of 2025 (UTC): London, Santiago (at local midnight), Chatham, Lord Howe (30 min). */
const TRANSITIONS: readonly [string, string][] = [
  ["Europe/London", "2025-03-30T01:00:00Z"],
  ["Europe/London", "2025-10-26T01:00:00Z"],
  ["America/Santiago", "2025-04-06T03:00:00Z"],
  ["America/Santiago", "2025-09-07T04:00:00Z"],
  ["Pacific/Chatham", "2025-04-05T14:00:00Z"],
  ["Pacific/Chatham", "2025-09-27T14:00:00Z"],
  ["Australia/Lord_Howe", "2025-04-05T15:00:00Z"],
  ["Australia/Lord_Howe", "2025-10-04T15:30:00Z"],
];

function intervalsContainTheirPoint(metrics: QuestionMetrics) {
  const inside = (value: number, lower: number, upper: number) => {
    expect(lower).toBeLessThanOrEqual(value);
    expect(value).toBeLessThanOrEqual(upper);
  };
  if (metrics.score !== null && metrics.scoreInterval !== null) {
    inside(metrics.score, metrics.scoreInterval.lower, metrics.scoreInterval.upper);
  }
  if (metrics.kind === "likert") inside(metrics.csat.share, metrics.csat.lower, metrics.csat.upper);
  if (metrics.kind === "likert" || metrics.kind === "nps" || metrics.kind === "ces") {
    inside(metrics.mean.mean, metrics.mean.lower, metrics.mean.upper);
  }
  if (metrics.kind === "yes_no") inside(metrics.yes.share, metrics.yes.lower, metrics.yes.upper);
}

describe("metric laws", () => {
  test.prop([
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 5000 }),
  ])(
    "NPS and its interval stay within [−100, 100]; the interval contains the NPS from n = 30 on",
    (promoters, passives, detractors) => {
      const result = computeNps({ promoters, passives, detractors });
      if (promoters + passives + detractors === 0) return;
      const { nps, n } = result._unsafeUnwrap();
      for (const value of [nps.value, nps.lower, nps.upper]) {
        expect(value).toBeGreaterThanOrEqual(-100);
        expect(value).toBeLessThanOrEqual(100);
      }
      expect(nps.lower).toBeLessThanOrEqual(nps.upper);
      if (n >= 30) {
        expect(nps.lower).toBeLessThanOrEqual(nps.value + 1e-9);
        expect(nps.upper).toBeGreaterThanOrEqual(nps.value - 1e-9);
      }
    },
  );

  test.prop([
    fc
      .integer({ min: 1, max: 1_000_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
    fc.constantFrom(0.8, 0.9, 0.95, 0.99),
  ])("every Wilson interval contains its share, inside [0, 1], exact at the ends", ([k, n], confidence) => {
    const { share, lower, upper } = computeWilsonInterval({
      successes: k,
      trials: n,
      confidence,
    })._unsafeUnwrap();
    expect(0 <= lower && lower <= share && share <= upper && upper <= 1).toBe(true);
    if (k === 0) expect(lower).toBe(0);
    if (k === n) expect(upper).toBe(1);
  });

  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 499 })])(
    "the Wilson interval narrows as the confidence drops",
    (n, k) => {
      const at = (confidence: number) =>
        computeWilsonInterval({ successes: Math.min(k, n), trials: n, confidence })._unsafeUnwrap();
      const wide = at(0.99);
      const narrow = at(0.9);
      expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
      expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
    },
  );
});

describe("aggregation laws", () => {
  test.prop([arbResponses, fc.integer()])("results do not depend on response order", (inputs, seed) => {
    const responses = accepted(inputs);
    const shuffled = shuffle(responses, seed);
    for (const options of [
      {},
      { by: "agent" as const },
      { by: "period" as const, period: { unit: "week" as const, timeZone: "Asia/Shanghai" } },
    ]) {
      expect(aggregateSatisfaction(survey, shuffled, options)._unsafeUnwrap()).toEqual(
        aggregateSatisfaction(survey, responses, options)._unsafeUnwrap(),
      );
    }
  });

  test.prop([arbResponses])(
    "scores, top-2 counts and indexes match the reference; intervals contain their point",
    (inputs) => {
      const responses = accepted(inputs);
      const { overall } = aggregateSatisfaction(survey, responses)._unsafeUnwrap();
      for (const question of overall.questions) {
        const expected = referenceQuestionScore(survey, responses, question.id);
        if (expected === null) expect(question.metrics).toBeNull();
        else expect(question.metrics?.score).toBeCloseTo(expected, 9);
        if (question.metrics !== null) intervalsContainTheirPoint(question.metrics);
        if (question.metrics?.kind === "likert") {
          expect(question.metrics.csat.count).toBe(referenceTopTwo(survey, responses, question.id));
        }
      }
      const index = referenceIndex(survey, responses);
      if (index === null) expect(overall.index.value).toBeNull();
      else {
        expect(overall.index.value).toBeCloseTo(index, 9);
        expect(overall.index.lower ?? Number.NaN).toBeLessThanOrEqual(overall.index.value ?? 0);
        expect(overall.index.upper ?? Number.NaN).toBeGreaterThanOrEqual(overall.index.value ?? 0);
      }
      for (const area of overall.areas) {
        const expected = referenceIndex(survey, responses, area.id);
        if (expected === null) expect(area.value).toBeNull();
        else expect(area.value).toBeCloseTo(expected, 9);
      }
    },
  );

  test.prop([
    arbResponses,
    fc.constantFrom(...ZONES),
    fc.constantFrom("day" as const, "week" as const, "month" as const),
  ])(
    "period groups match the Intl reference in any zone and partition the responses",
    (inputs, timeZone, unit) => {
      const responses = accepted(inputs);
      const report = aggregateSatisfaction(survey, responses, {
        by: "period",
        period: { unit, timeZone },
      })._unsafeUnwrap();
      const expected = [
        ...new Set(responses.map((r) => referencePeriodKey(r.at.getTime(), timeZone, unit))),
      ].sort();
      expect(report.groups.map((g) => g.key)).toEqual(expected);
      expect(report.groups.reduce((sum, g) => sum + g.summary.responses, 0)).toBe(responses.length);
    },
  );

  test.prop([
    fc.constantFrom(...ZONES),
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
  ])("single instants near any offset change land on the reference's local date", (timeZone, ms) => {
    const responses = accepted([{ id: "x", at: ms, answers: { ltr: 5 } }]);
    const report = aggregateSatisfaction(survey, responses, {
      by: "period",
      period: { unit: "day", timeZone },
    });
    expect(report._unsafeUnwrap().groups[0]?.key).toBe(referencePeriodKey(ms, timeZone, "day"));
  });
});

describe("period keys at offset changes", () => {
  test.prop([
    fc.constantFrom(...TRANSITIONS),
    fc.constantFrom(-1_800_000, -60_000, -1, 0, 1, 60_000, 1_800_000),
  ])(
    "instants around each 2025 transition match the reference, all three units",
    ([timeZone, iso], delta) => {
      const ms = Date.parse(iso) + delta;
      const responses = accepted([{ id: "x", at: ms, answers: { ltr: 5 } }]);
      for (const unit of ["day", "week", "month"] as const) {
        const report = aggregateSatisfaction(survey, responses, { by: "period", period: { unit, timeZone } });
        expect(report._unsafeUnwrap().groups[0]?.key).toBe(referencePeriodKey(ms, timeZone, unit));
      }
    },
  );
});

describe("period keys at local midnight inside a UTC hour", () => {
  // Kolkata is UTC+05:30 and Kathmandu UTC+05:45 all year: local midnight falls at :30 / :15 UTC.
  const zones = [
    ["Asia/Kolkata", 330],
    ["Asia/Kathmandu", 345],
  ] as const;
  test.prop([fc.constantFrom(...zones), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -2, max: 2 })])(
    "instants a few ms around local midnight take the reference's date",
    ([timeZone, minutes], day, delta) => {
      const ms = Date.UTC(2025, 0, 1 + day) - minutes * 60_000 + delta;
      const batch = accepted([
        { id: "x", at: ms, answers: { ltr: 5 } },
        { id: "y", at: ms + 3_600_000 * 0.4, answers: { ltr: 5 } },
      ]);
      const report = aggregateSatisfaction(survey, batch, {
        by: "period",
        period: { unit: "day", timeZone },
      });
      const expected = [
        ...new Set(batch.map((r) => referencePeriodKey(r.at.getTime(), timeZone, "day"))),
      ].sort();
      expect(report._unsafeUnwrap().groups.map((g) => g.key)).toEqual(expected);
    },
  );
});

describe("key-driver laws", () => {
  const arbColumn = (n: number) => fc.array(fc.integer({ min: 1, max: 7 }), { minLength: n, maxLength: n });
  const arbData = fc
    .tuple(fc.integer({ min: 8, max: 40 }), fc.integer({ min: 1, max: 5 }))
    .chain(([n, p]) => fc.tuple(fc.array(arbColumn(n), { minLength: p, maxLength: p }), arbColumn(n)));
  const variable = (column: readonly number[]) => column.some((v) => v !== column[0]);

  test.prop([arbData])("relative weights are ≥ 0 and sum to R², which equals the OLS R²", ([columns, y]) => {
    const result = analyzeKeyDrivers({
      drivers: columns.map((values, j) => ({ id: `d${j}`, values })),
      overall: y,
    });
    if (!variable(y) || !columns.every(variable)) {
      expect(result._unsafeUnwrapErr().code).toBe("zero_variance");
      return;
    }
    const analysis = result._unsafeUnwrap();
    const total = analysis.drivers.reduce((sum, d) => sum + d.relativeWeight, 0);
    expect(total).toBeCloseTo(analysis.rSquared, 9);
    for (const driver of analysis.drivers) expect(driver.relativeWeight).toBeGreaterThanOrEqual(0);
    expect(analysis.rSquared).toBeGreaterThanOrEqual(0);
    expect(analysis.rSquared).toBeLessThanOrEqual(1);
    if (!analysis.collinear) expect(analysis.rSquared).toBeCloseTo(referenceRSquared(columns, y), 6);
  });

  test.prop([arbData.filter(([columns]) => columns.length === 2)])(
    "two drivers match the closed-form relative weights",
    ([columns, y]) => {
      const [x1 = [], x2 = []] = columns;
      if (!variable(y) || !variable(x1) || !variable(x2)) return;
      const r12 = referenceCorrelation(x1, x2);
      if (Math.abs(r12) > 0.999) return;
      const analysis = analyzeKeyDrivers({
        drivers: [
          { id: "a", values: x1 },
          { id: "b", values: x2 },
        ],
        overall: y,
      })._unsafeUnwrap();
      const [w1, w2] = referenceTwoDriverWeights(
        r12,
        referenceCorrelation(x1, y),
        referenceCorrelation(x2, y),
      );
      expect(analysis.drivers[0]?.relativeWeight).toBeCloseTo(w1, 8);
      expect(analysis.drivers[1]?.relativeWeight).toBeCloseTo(w2, 8);
    },
  );
});
