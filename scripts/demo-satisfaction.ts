/**
 * Demo section for kefu/satisfaction: October 2025 satisfaction at a residential developer's
 * service centre — a handover survey answered by phone, WeChat and at visits, rated per agent,
 * per week and per area, with trends, improvement priorities, key drivers and the reasons owners
 * give for a worse impression. The survey and its answers are the dataset's (examples/data/).
 */
import {
  aggregateSatisfaction,
  analyzeImportancePerformance,
  analyzeImpressionChange,
  analyzeSurveyDrivers,
  compareSatisfactionPeriods,
  computeSampleSize,
  type MetricChange,
  parseSurvey,
  parseSurveyResponses,
  type QuestionMetrics,
  rankActionPriority,
} from "kefu/satisfaction";
import { type DemoSection, padColumns, type TeamMember } from "./demo-data.js";

const fixed = (value: number | null | undefined, digits = 1) => (value == null ? "—" : value.toFixed(digits));
const pct = (share: number) => `${(100 * share).toFixed(1)}%`;
const row = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .map((cell, i) => padColumns(cell, widths[i] ?? 8))
    .join(" ")
    .trimEnd();

function headline(metrics: QuestionMetrics | null): string {
  const h = metrics?.headline;
  if (h == null) return "—";
  const name = { csat: "CSAT", nps: "NPS", ces: "CES agree", yes: "yes", score: "score" }[h.metric];
  return `${name} ${h.value.toFixed(1)} [${h.lower.toFixed(1)}, ${h.upper.toFixed(1)}]`;
}

const changeText = (c: MetricChange) =>
  `${c.change >= 0 ? "+" : ""}${c.change.toFixed(1)} [${c.lower.toFixed(1)}, ${c.upper.toFixed(1)}]${c.significant ? " ▲ significant" : ""}`;

/** The satisfaction section: scores with intervals by question, area, agent and week, and priorities. */
export function satisfactionDemoSection(
  surveyInput: unknown,
  responses: unknown,
  team: readonly TeamMember[],
): DemoSection {
  const lines: string[] = [];
  const survey = parseSurvey(surveyInput)._unsafeUnwrap();
  const batch = parseSurveyResponses(survey, responses)._unsafeUnwrap();
  const nameOf = (agent: string) => team.find((m) => m.id === agent)?.name ?? agent;
  lines.push(
    `${survey.title}: ${batch.accepted.length} responses accepted, ${batch.rejected.length} rejected`,
  );
  for (const rejected of batch.rejected) {
    lines.push(
      `  ✗ ${rejected.id}: ${rejected.reasons.map((r) => `${r.code} (${r.path?.join(".") ?? ""})`).join(", ")}`,
    );
  }

  const month = aggregateSatisfaction(survey, batch.accepted)._unsafeUnwrap();
  const textOf = new Map(survey.questions.map((q) => [q.id, q.text]));
  lines.push("", "Per question (95% intervals; CSAT = top-2 box, NPS adjusted Wald):");
  const qw = [22, 20, 6, 34, 6];
  lines.push(row(["question", "area", "n", "headline", "0–100"], qw));
  for (const q of month.overall.questions) {
    lines.push(
      row(
        [
          textOf.get(q.id) ?? q.id,
          q.area,
          String(q.metrics?.n ?? 0),
          headline(q.metrics),
          fixed(q.metrics?.score),
        ],
        qw,
      ),
    );
  }
  const { index } = month.overall;
  lines.push(
    "",
    `Satisfaction index ${fixed(index.value, 2)} [${fixed(index.lower, 2)}, ${fixed(index.upper, 2)}] (exact ${index.exact?.num}/${index.exact?.den}), ±${pct(month.overall.marginOfError ?? 0)} margin on proportions`,
  );
  const cw = [22, 8, 18];
  lines.push(row(["area / department", "score", "95% interval"], cw));
  for (const score of [...month.overall.areas, ...month.overall.departments]) {
    if (score.value === null) continue;
    lines.push(row([score.id, fixed(score.value), `[${fixed(score.lower)}, ${fixed(score.upper)}]`], cw));
  }

  const byAgent = aggregateSatisfaction(survey, batch.accepted, { by: "agent" })._unsafeUnwrap();
  lines.push("", "Per agent:");
  const aw = [8, 6, 22, 26];
  lines.push(row(["agent", "n", "index", "NPS"], aw));
  for (const group of byAgent.groups) {
    const ltr = group.summary.questions.find((q) => q.id === "ltr")?.metrics;
    const i = group.summary.index;
    lines.push(
      row(
        [
          group.key === null ? "—" : nameOf(group.key),
          String(group.summary.responses),
          `${fixed(i.value)} [${fixed(i.lower)}, ${fixed(i.upper)}]`,
          ltr?.kind === "nps"
            ? `${fixed(ltr.nps.value)} [${fixed(ltr.nps.lower)}, ${fixed(ltr.nps.upper)}]`
            : "—",
        ],
        aw,
      ),
    );
  }

  const weekly = aggregateSatisfaction(survey, batch.accepted, {
    by: "period",
    period: { unit: "week", timeZone: "Asia/Shanghai" },
  })._unsafeUnwrap();
  lines.push("", "Weekly trend (ISO weeks, Asia/Shanghai):");
  for (const trend of compareSatisfactionPeriods(weekly)._unsafeUnwrap()) {
    const plumbing = trend.questions.find((q) => q.id === "plumbing")?.change;
    lines.push(
      `  ${trend.from} → ${trend.to}: index ${trend.index ? changeText(trend.index) : "—"}; plumbing CSAT ${plumbing ? changeText(plumbing) : "—"}`,
    );
  }

  const drivers = analyzeSurveyDrivers(survey, batch.accepted)._unsafeUnwrap();
  lines.push(
    "",
    `Key drivers of the recommendation score (n = ${drivers.n}, R² = ${drivers.rSquared.toFixed(3)}):`,
  );
  const dw = [22, 8, 8, 16];
  lines.push(row(["question", "r", "β", "relative weight"], dw));
  for (const d of [...drivers.drivers].sort((a, b) => a.rank - b.rank)) {
    lines.push(
      row(
        [
          textOf.get(d.id) ?? d.id,
          d.correlation.toFixed(3),
          d.beta.toFixed(3),
          `${d.relativeWeight.toFixed(3)} (${pct(d.share)})`,
        ],
        dw,
      ),
    );
  }

  // Importance = each driver's share of R² (derived importance); performance = its 0–100 score.
  const scoreOf = new Map(month.overall.questions.map((q) => [q.id, q.metrics?.score ?? 0]));
  const areaOf = new Map(survey.questions.map((q) => [q.id, q.area]));
  const items = drivers.drivers.map((d) => ({
    id: d.id,
    importance: d.share,
    performance: scoreOf.get(d.id) ?? 0,
  }));
  const ipa = analyzeImportancePerformance({ items })._unsafeUnwrap();
  lines.push("", "Importance–performance (crosshair at the means):");
  for (const quadrant of [
    "concentrate_here",
    "keep_up_the_good_work",
    "possible_overkill",
    "low_priority",
  ] as const) {
    const names = ipa.items.filter((i) => i.quadrant === quadrant).map((i) => textOf.get(i.id) ?? i.id);
    lines.push(`  ${padColumns(quadrant, 22)} ${names.join("、") || "—"}`);
  }
  const ranked = rankActionPriority({
    items: items.map((i) => ({
      id: i.id,
      area: areaOf.get(i.id) ?? "",
      importance: i.importance,
      satisfaction: i.performance,
    })),
  })._unsafeUnwrap();
  lines.push("", "Action priority index (行动优先指数) inside each area:");
  for (const area of ranked) {
    lines.push(
      `  ${area.area}: ${area.items.map((i) => `${i.rank}. ${textOf.get(i.id) ?? i.id} ${i.index.toFixed(3)}`).join("  ")}`,
    );
  }

  const impression = analyzeImpressionChange(survey, batch.accepted)._unsafeUnwrap();
  lines.push("", `Owners whose impression worsened (${impression.worsened.owners}) cite:`);
  for (const area of impression.worsened.areas.filter((a) => a.count > 0)) {
    lines.push(`  ${padColumns(area.area, 22)} ${pct(area.share)} [${pct(area.lower)}, ${pct(area.upper)}]`);
  }
  const plan = computeSampleSize({ marginOfError: 0.05, population: 1200 })._unsafeUnwrap();
  lines.push(
    "",
    `Next month, ±5% at 95% for a 1,200-unit handover needs ${plan.sampleSize} responses (${plan.withoutCorrection} without the finite-population correction).`,
  );
  return {
    title: "Satisfaction: the October 2025 hand-over survey, with intervals, trends, priorities and drivers",
    lines,
    data: lines,
  };
}
