// The satisfaction benchmark's workload: a 10-question handover survey and a million seeded
// responses over October 2025, built directly in the accepted-response shape (what
// parseSurveyResponses returns), plus the raw-input form of a sample for the validation timing.

import { mulberry32, SEED } from "./workload.mjs";

export const RESPONSES = 1_000_000;
export const VALIDATED_SAMPLE = 100_000;
export const AGENTS = 50;
const OCTOBER = Date.UTC(2025, 8, 30, 16); // 2025-10-01T00:00+08:00
const MONTH_MS = 31 * 86_400_000;

const likert = (id, area, department, weight = 1) => ({
  id,
  text: id,
  scale: { kind: "likert", points: 5 },
  area,
  department,
  weight,
});

export const SURVEY_INPUT = {
  id: "bench-handover",
  title: "Benchmark handover survey",
  questions: [
    likert("walls", "engineering_quality", "engineering", 2),
    likert("plumbing", "engineering_quality", "engineering", 1.5),
    likert("kitchen", "engineering_quality", "engineering"),
    likert("cabinets", "planning_design", "design"),
    { ...likert("outlets", "planning_design", "design"), scale: { kind: "likert", points: 7 } },
    likert("explained", "sales_service", "sales"),
    { id: "news", text: "news", scale: { kind: "yes_no" }, area: "sales_service", department: "sales" },
    likert("channel", "property_management", "property"),
    {
      id: "effort",
      text: "effort",
      scale: { kind: "ces" },
      area: "complaint_handling",
      department: "service",
    },
    { id: "ltr", text: "ltr", scale: { kind: "nps" }, area: "sales_service", required: true, inIndex: false },
  ],
  overall: "ltr",
};

/** One seeded response's fields: answers skip a question 5% of the time. */
function generate(random, i) {
  const mood = random();
  const pick = (points) =>
    Math.max(1, Math.min(points, Math.round(1 + mood * (points - 1) + (random() - 0.5) * 2)));
  const answers = {};
  for (const id of ["walls", "plumbing", "kitchen", "cabinets", "explained", "channel"]) {
    if (random() >= 0.05) answers[id] = pick(5);
  }
  if (random() >= 0.05) answers.outlets = pick(7);
  if (random() >= 0.05) answers.news = random() < 0.3 + 0.6 * mood;
  if (random() >= 0.05) answers.effort = pick(7);
  answers.ltr = Math.max(0, Math.min(10, Math.round(mood * 10 + (random() - 0.5) * 3)));
  return {
    id: `R${i}`,
    at: OCTOBER + Math.floor(random() * MONTH_MS),
    answers,
    agent: `agent-${Math.floor(random() * AGENTS)}`,
    channel: random() < 0.6 ? "phone" : "wechat",
  };
}

/** `count` responses in the accepted shape (`at` a Date, absent fields null). */
export function buildAccepted(count, seed = SEED) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const r = generate(random, i);
    return { ...r, at: new Date(r.at), customerId: null, impression: null, reasons: [] };
  });
}

/** The same first `count` responses as raw input (ISO instants with +08:00), for parsing. */
export function buildInputs(count, seed = SEED) {
  const random = mulberry32(seed);
  const iso = (ms) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
  return Array.from({ length: count }, (_, i) => {
    const r = generate(random, i);
    return { ...r, at: iso(r.at) };
  });
}
