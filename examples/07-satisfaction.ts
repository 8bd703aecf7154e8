/**
 * 07 — Satisfaction: a survey as data, responses checked one by one, metrics with their
 * uncertainty, weekly trends, improvement priorities and key drivers.
 *
 * Everything is computed from plain data; every proportion carries a Wilson interval, every
 * NPS an adjusted-Wald interval, and small samples are flagged instead of trusted.
 */
import {
  aggregateSatisfaction,
  analyzeImportancePerformance,
  analyzeImpressionChange,
  analyzeSurveyDrivers,
  compareSatisfactionPeriods,
  computeNps,
  computeSampleSize,
  parseSurvey,
  parseSurveyResponses,
  rankActionPriority,
  type SurveyResponseInput,
} from "kefu/satisfaction";
import { check } from "./_check.js";

// 1. The instrument: questions on different scales, each in an area and a department, weighted.
const survey = parseSurvey({
  id: "handover-2025",
  title: "交付满意度调查 Handover survey",
  questions: [
    {
      id: "walls",
      text: "墙面",
      scale: { kind: "likert", points: 5 },
      area: "engineering_quality",
      department: "engineering",
      weight: 2,
    },
    {
      id: "plumbing",
      text: "给排水管道及五金配件",
      scale: { kind: "likert", points: 5 },
      area: "engineering_quality",
      department: "engineering",
    },
    {
      id: "outlets",
      text: "管线端口位置",
      scale: { kind: "likert", points: 7 },
      area: "planning_design",
      department: "design",
    },
    {
      id: "explained",
      text: "销售人员讲解全面可靠",
      scale: { kind: "yes_no" },
      area: "sales_service",
      department: "sales",
    },
    {
      id: "ltr",
      text: "您向亲友推荐的可能性 (0–10)",
      scale: { kind: "nps" },
      area: "sales_service",
      required: true,
      inIndex: false,
    },
  ],
  overall: "ltr",
})._unsafeUnwrap();

// 2. Responses: a deterministic month of answers, plus three broken ones.
const responses: SurveyResponseInput[] = [];
for (let i = 0; i < 60; i += 1) {
  const week2 = i >= 30; // the second half arrives a week later, after a repair campaign
  const walls = 1 + ((i * 7) % 5);
  responses.push({
    id: `R${i}`,
    at: `2025-10-${String(week2 ? 13 + (i % 5) : 6 + (i % 5)).padStart(2, "0")}T10:00:00+08:00`,
    answers: {
      walls,
      plumbing: week2 ? 3 + (i % 3) : 1 + (i % 4),
      outlets: 1 + ((i * 3) % 7),
      explained: i % 3 !== 0,
      ltr: Math.min(10, walls * 2 + (i % 2)),
    },
    agent: i % 2 === 0 ? "li" : "wang",
    impression: walls <= 2 ? "worsened" : walls === 5 ? "improved" : "unchanged",
    reasons: walls <= 2 ? ["engineering_quality"] : [],
  });
}
responses.push(
  { id: "R1", at: "2025-10-10T10:00:00+08:00", answers: { ltr: 9 } }, // duplicate id
  { id: "X1", at: "2025-10-10T10:00:00+08:00", answers: { walls: 6, ltr: 9 } }, // 6 on a 1–5 scale
  { id: "X2", at: "2025-10-10T10:00:00+08:00", answers: { walls: 4 } }, // required NPS missing
);
const batch = parseSurveyResponses(survey, responses)._unsafeUnwrap();
check("accepted responses", batch.accepted.length, 60);
check(
  "rejected, with reasons",
  batch.rejected.map((r) => `${r.id}: ${r.reasons.map((reason) => reason.code).join(", ")}`),
  ["R1: duplicate_response_id", "X1: value_out_of_scale", "X2: missing_required_answer"],
);

// 3. Metrics for the month: CSAT (top-2 box), NPS, the weighted index — each with an interval.
//    (Checked by hand in Python: walls cycles 1,3,5,2,4 → 24 of 60 in the top two boxes; 18
//    promoters, 30 detractors → NPS −20; index (2·50 + 55.42 + 49.72 + 66.67)/5 = 54.36.)
const month = aggregateSatisfaction(survey, batch.accepted)._unsafeUnwrap();
const metric = (id: string) => month.overall.questions.find((q) => q.id === id)?.metrics;
const walls = metric("walls");
check("walls CSAT (top-2 box)", walls?.kind === "likert" ? walls.csat.share : null, 0.4);
const ltr = metric("ltr");
check("NPS", ltr?.kind === "nps" ? ltr.nps.value : null, -20);
check(
  "NPS interval (adjusted Wald)",
  ltr?.kind === "nps" ? [ltr.nps.lower.toFixed(1), ltr.nps.upper.toFixed(1)] : null,
  ["-40.4", "2.3"],
);
const { index } = month.overall;
check("index 0–100", index.value?.toFixed(2), "54.36");
check("index interval", [index.lower?.toFixed(2), index.upper?.toFixed(2)], ["49.14", "59.58"]);

// 4. Weekly trends: is the change larger than its uncertainty?
const weekly = aggregateSatisfaction(survey, batch.accepted, {
  by: "period",
  period: { unit: "week", timeZone: "Asia/Shanghai" },
})._unsafeUnwrap();
check(
  "weeks",
  weekly.groups.map((g) => g.key),
  ["2025-W41", "2025-W42"],
);
const [trend] = compareSatisfactionPeriods(weekly)._unsafeUnwrap();
const plumbing = trend?.questions.find((q) => q.id === "plumbing")?.change;
check("plumbing CSAT change (points)", plumbing?.change.toFixed(1), "43.3");
check("…larger than its uncertainty", plumbing?.significant, true);
check("…while the index change is within the noise", trend?.index?.significant, false);

// 5. Standard formulas on their own.
check(
  "NPS of 60/25/15",
  computeNps({ promoters: 60, passives: 25, detractors: 15 })._unsafeUnwrap().nps.value,
  45,
);
check("sample for ±5% at 95%", computeSampleSize({ marginOfError: 0.05 })._unsafeUnwrap().sampleSize, 385);
check(
  "…for a 400-unit project",
  computeSampleSize({ marginOfError: 0.05, population: 400 })._unsafeUnwrap().sampleSize,
  197,
);

// 6. Priorities: action priority index inside each area, and the IPA grid.
const scored = month.overall.questions.filter((q) => q.id !== "ltr" && q.metrics?.score != null);
const importance: Record<string, number> = { walls: 0.9, plumbing: 0.7, outlets: 0.6, explained: 0.5 };
const ranked = rankActionPriority({
  items: scored.map((q) => ({
    id: q.id,
    area: q.area,
    importance: importance[q.id] ?? 0,
    satisfaction: q.metrics?.score ?? 0,
  })),
})._unsafeUnwrap();
check(
  "engineering quality: act first on",
  ranked[0]?.items.map((item) => item.id),
  ["walls", "plumbing"],
);
const ipa = analyzeImportancePerformance({
  items: scored.map((q) => ({
    id: q.id,
    importance: importance[q.id] ?? 0,
    performance: q.metrics?.score ?? 0,
  })),
})._unsafeUnwrap();
check(
  "IPA quadrants",
  ipa.items.map((item) => `${item.id}: ${item.quadrant}`),
  [
    "walls: concentrate_here",
    "plumbing: concentrate_here",
    "outlets: low_priority",
    "explained: possible_overkill",
  ],
);

// 7. Key drivers of the recommendation score: Johnson's relative weights sum to R².
const drivers = analyzeSurveyDrivers(survey, batch.accepted)._unsafeUnwrap();
const top = [...drivers.drivers].sort((a, b) => a.rank - b.rank)[0];
check("top driver", top?.id, "walls");
check(
  "relative weights sum to R²",
  drivers.drivers.reduce((sum, d) => sum + d.relativeWeight, 0).toFixed(6),
  drivers.rSquared.toFixed(6),
);

// 8. Why impressions worsened.
const impression = analyzeImpressionChange(survey, batch.accepted)._unsafeUnwrap();
check("owners whose impression worsened", impression.worsened.owners, 24);
check("…citing engineering quality", impression.worsened.areas[0]?.share, 1);
