import { ratio } from "kefu/core";
import {
  aggregateSatisfaction,
  compareSatisfactionPeriods,
  parseSurvey,
  parseSurveyResponses,
  type SurveyResponse,
} from "kefu/satisfaction";
import { describe, expect, it } from "vitest";
import { accept, answer, followUpCallInput, owners, survey } from "./_fixtures";

describe("aggregateSatisfaction", () => {
  const report = aggregateSatisfaction(survey, owners)._unsafeUnwrap();

  it("scores every question from its histogram", () => {
    const [walls, , outlets, explained, ltr] = report.overall.questions.map((q) => q.metrics);
    expect(walls).toMatchObject({ kind: "likert", n: 5, score: 50, distribution: [1, 1, 1, 1, 1] });
    expect(walls?.kind === "likert" ? walls.csat.share : 0).toBe(0.4);
    expect(outlets?.score).toBeCloseTo(170 / 3, 12);
    expect(explained).toMatchObject({ kind: "yes_no", n: 4, score: 50 });
    expect(ltr?.kind === "nps" ? [ltr.nps.value, ltr.promoters.count, ltr.detractors.count] : []).toEqual([
      0, 2, 2,
    ]);
    expect(report.overall.responses).toBe(5);
  });

  it("computes the weighted index exactly, with its interval from respondent composites", () => {
    const { index } = report.overall;
    expect(index.exact).toEqual(ratio(154, 3)._unsafeUnwrap());
    expect(index.value).toBeCloseTo(154 / 3, 12);
    expect(index.standardError).toBeCloseTo(13.595342339688742, 5);
    expect(index.lower).toBeCloseTo(24.686951990050893, 4);
    expect(index.upper).toBeCloseTo(77.97971467661577, 4);
    expect(index).toMatchObject({ respondents: 5, smallSample: true });
  });

  it("scores areas and departments (the overall NPS question stays out: inIndex false)", () => {
    const value = (scores: readonly { id: string; value: number | null }[], id: string) =>
      scores.find((score) => score.id === id)?.value;
    expect(value(report.overall.areas, "engineering_quality")).toBe(50);
    expect(value(report.overall.areas, "planning_design")).toBeCloseTo(170 / 3, 12);
    expect(value(report.overall.areas, "sales_service")).toBe(50);
    expect(report.overall.areas.find((area) => area.id === "complaint_handling")).toMatchObject({
      value: null,
      respondents: 0,
    });
    expect(report.overall.departments.map((d) => [d.id, d.value])).toEqual([
      ["engineering", 50],
      ["design", 170 / 3],
    ]);
  });

  it("groups by agent and channel, keys ascending, responses without one last (null)", () => {
    const byAgent = aggregateSatisfaction(survey, owners, { by: "agent" })._unsafeUnwrap();
    expect(byAgent.groups.map((g) => [g.key, g.summary.responses])).toEqual([
      ["li", 2],
      ["wang", 2],
      [null, 1],
    ]);
    expect(byAgent.overall).toEqual(report.overall);
    const byChannel = aggregateSatisfaction(survey, owners, { by: "channel" })._unsafeUnwrap();
    expect(byChannel.groups.map((g) => g.key)).toEqual(["phone", "wechat", null]);
  });

  it("groups by ISO week, day and month in the given zone", () => {
    const weekly = aggregateSatisfaction(survey, owners, {
      by: "period",
      period: { unit: "week", timeZone: "Asia/Shanghai" },
    })._unsafeUnwrap();
    expect(weekly.groups.map((g) => g.key)).toEqual(["2025-W40", "2025-W41"]);
    // Week 40 (a, b): index 425/6; week 41 (c, d, e): 115/3.
    expect(weekly.groups[0]?.summary.index.exact).toEqual(ratio(425, 6)._unsafeUnwrap());
    expect(weekly.groups[1]?.summary.index.exact).toEqual(ratio(115, 3)._unsafeUnwrap());
    const late = accept([
      answer("x", 1, { ltr: 9 }),
      { id: "y", at: "2025-10-01T01:00:00+08:00", answers: { ltr: 9 } },
    ]);
    const keys = (unit: "day" | "month", timeZone: string) =>
      aggregateSatisfaction(survey, late, { by: "period", period: { unit, timeZone } })
        ._unsafeUnwrap()
        .groups.map((g) => g.key);
    expect(keys("day", "Asia/Shanghai")).toEqual(["2025-10-01"]);
    expect(keys("day", "UTC")).toEqual(["2025-09-30", "2025-10-01"]);
    expect(keys("month", "UTC")).toEqual(["2025-09", "2025-10"]);
  });

  it("reports the worst-case margin of error, with the finite-population correction", () => {
    // z·√(0.25/5) = 0.438261; with N = 20: × √(15/19).
    expect(report.overall.marginOfError).toBeCloseTo(1.959963984540054 * Math.sqrt(0.05), 12);
    const finite = aggregateSatisfaction(survey, owners, { population: 20 })._unsafeUnwrap();
    expect(finite.overall.marginOfError).toBeCloseTo(
      1.959963984540054 * Math.sqrt(0.05) * Math.sqrt(15 / 19),
      12,
    );
  });

  it("an empty list gives empty metrics, never NaN", () => {
    const empty = aggregateSatisfaction(survey, [])._unsafeUnwrap();
    expect(empty.overall.responses).toBe(0);
    expect(empty.overall.marginOfError).toBeNull();
    expect(empty.overall.questions.every((q) => q.metrics === null)).toBe(true);
    expect(empty.overall.index).toMatchObject({ value: null, exact: null, respondents: 0 });
  });

  it("invalid_input: unknown options, a bad zone, a bad confidence", () => {
    const code = (options: unknown) =>
      aggregateSatisfaction(survey, owners, options as never)._unsafeUnwrapErr().code;
    expect(code({ by: "floor" })).toBe("invalid_input");
    expect(code({ by: "period", period: { unit: "week", timeZone: "Mars/Olympus" } })).toBe("invalid_input");
    expect(code({ confidence: 0.3 })).toBe("invalid_input");
    expect(code({ group: "agent" })).toBe("invalid_input");
  });

  it("missing_period: grouping by period without a period", () => {
    expect(aggregateSatisfaction(survey, owners, { by: "period" })._unsafeUnwrapErr()).toMatchObject({
      code: "missing_period",
      path: ["period"],
    });
  });
});

describe("compareSatisfactionPeriods", () => {
  const weekly = aggregateSatisfaction(survey, owners, {
    by: "period",
    period: { unit: "week", timeZone: "Asia/Shanghai" },
  })._unsafeUnwrap();

  it("gives the change of the index with its interval: −32.5 ± z·√(5.8333² + 20.1920²)", () => {
    const [trend] = compareSatisfactionPeriods(weekly)._unsafeUnwrap();
    expect(trend).toMatchObject({ from: "2025-W40", to: "2025-W41" });
    const half = 1.959963984540054 * Math.hypot(5.833333333333336, 20.191979828206946);
    expect(trend?.index?.change).toBeCloseTo(-32.5, 10);
    expect(trend?.index?.lower).toBeCloseTo(-32.5 - half, 4);
    expect(trend?.index?.upper).toBeCloseTo(-32.5 + half, 4);
    expect(trend?.index).toMatchObject({ significant: false, smallSample: true, method: "normal" });
  });

  it("uses Newcombe's interval for proportions: walls CSAT 100% → 0%", () => {
    const [trend] = compareSatisfactionPeriods(weekly)._unsafeUnwrap();
    const walls = trend?.questions.find((q) => q.id === "walls");
    expect(walls).toMatchObject({
      metric: "csat",
      change: { previous: 100, current: 0, method: "newcombe" },
    });
    // Wilson 2/2 = [34.2380, 100], 0/3 = [0, 56.1497]: lower −100 − √(0² + 0²), upper −100 + √(56.1497² + 65.7620²)
    expect(walls?.change.lower).toBeCloseTo(-100, 10);
    expect(walls?.change.upper).toBeCloseTo(
      -100 + Math.hypot(56.14970317550454, 100 - 34.238022750665316),
      8,
    );
    expect(walls?.change.significant).toBe(false);
    expect(trend?.questions.find((q) => q.id === "ltr")?.change.method).toBe("normal");
  });

  it("flags a change larger than its uncertainty as significant", () => {
    const many = (prefix: string, day: number, walls: number) =>
      Array.from({ length: 100 }, (_, i) => answer(`${prefix}${i}`, day, { walls, ltr: 9 }));
    const responses = accept([...many("s", 1, 5), ...many("t", 9, 2)]);
    const report = aggregateSatisfaction(survey, responses, {
      by: "period",
      period: { unit: "week", timeZone: "Asia/Shanghai" },
    })._unsafeUnwrap();
    const [trend] = compareSatisfactionPeriods(report)._unsafeUnwrap();
    expect(trend?.index).toMatchObject({ previous: 100, current: 25, significant: true, smallSample: false });
    expect(trend?.questions.find((q) => q.id === "ltr")?.change.significant).toBe(false);
  });

  it("not_grouped_by_period", () => {
    const byAgent = aggregateSatisfaction(survey, owners, { by: "agent" })._unsafeUnwrap();
    expect(compareSatisfactionPeriods(byAgent)._unsafeUnwrapErr().code).toBe("not_grouped_by_period");
  });
});

describe("aggregateSatisfaction on choice and effort questions", () => {
  const call = parseSurvey(followUpCallInput)._unsafeUnwrap();
  const responses = parseSurveyResponses(call, [
    { id: "1", at: "2025-10-01T09:00:00+08:00", answers: { verdict: "satisfied", easy: 7, how: "app" } },
    { id: "2", at: "2025-10-01T09:00:00+08:00", answers: { verdict: "satisfied", easy: 5, how: "phone" } },
    { id: "3", at: "2025-10-01T09:00:00+08:00", answers: { verdict: "neutral", easy: 2, how: "phone" } },
    { id: "4", at: "2025-10-01T09:00:00+08:00", answers: { verdict: "unsatisfied", easy: 4 } },
  ])._unsafeUnwrap().accepted;

  it("scores a scored choice by its option scores and an unscored one by shares only", () => {
    const { overall } = aggregateSatisfaction(call, responses)._unsafeUnwrap();
    const [verdict, easy, how] = overall.questions.map((q) => q.metrics);
    // (100 + 100 + 50 + 0)/4 = 62.5
    expect(verdict).toMatchObject({
      kind: "choice",
      score: 62.5,
      headline: { metric: "score", value: 62.5 },
    });
    expect(verdict?.kind === "choice" ? verdict.options.map((o) => [o.id, o.count]) : []).toEqual([
      ["satisfied", 2],
      ["neutral", 1],
      ["unsatisfied", 1],
    ]);
    // agree (5–7) 2 of 4, disagree (1–3) 1 of 4 → net 25; mean 4.5 → 100·3.5/6 = 58.33
    expect(easy?.kind === "ces" ? [easy.agree.share, easy.net.value] : []).toEqual([0.5, 25]);
    expect(easy?.score).toBeCloseTo(175 / 3, 12);
    expect(how).toMatchObject({ kind: "choice", score: null, headline: null, n: 3 });
    // index = (62.5 + 175/3)/2 = 725/12
    expect(overall.index.exact).toEqual(ratio(725, 12)._unsafeUnwrap());
  });

  it("ignores answers that are not on their scale in hand-built responses", () => {
    const forged = [{ ...(responses[0] as SurveyResponse), id: "x", answers: { verdict: "great", easy: 9 } }];
    const { overall } = aggregateSatisfaction(call, forged)._unsafeUnwrap();
    expect(overall.responses).toBe(1);
    expect(overall.questions.every((q) => q.metrics === null)).toBe(true);
  });
});
