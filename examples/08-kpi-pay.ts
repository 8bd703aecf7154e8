/**
 * 08 — KPI pay: the weighted multi-rater score and the 2/3 + 1/3 formula.
 *
 * A customer-service specialist's monthly total is split into a fixed base (2/3) and a
 * performance part (1/3). Rater groups score the specialist; the weighted score out of 100 is the
 * percentage of the performance part that is paid. Every number stays exact until one final
 * rounding to the fen, and every step can be printed for the payroll clerk.
 */
import { moneyToDecimal } from "kefu/core";
import {
  agentsForServiceLevel,
  allocateBonusPool,
  computePay,
  computePayroll,
  erlangC,
  formatPayTrace,
  parseKpiScheme,
  serviceResultsFrom,
} from "kefu/kpi";
import { check } from "./_check.js";

// The source's scheme: own supervisor 50%, marketing 20%, production 20%, peers 10%.
// Each group scores on its own points (the weight, unless `points` says otherwise).
const scheme = parseKpiScheme({
  id: "cs-specialist",
  label: "客服专员绩效考核",
  groups: [
    { id: "supervisor", label: "本部门主管", weight: 50 },
    { id: "marketing", label: "市场部主管", weight: 20 },
    { id: "production", label: "生产部主管", weight: 20 },
    { id: "peers", label: "部门互评", weight: 10, excludeSelf: true },
  ],
})._unsafeUnwrap();

// The worked example: 45 + 18 + 17 + 10 = 90 points → 90% of the performance part.
const workedRatings = [
  { group: "supervisor", rater: "chen", points: 45 },
  { group: "marketing", rater: "zhou", points: 18 },
  { group: "production", rater: "wu", points: 17 },
  { group: "peers", rater: "wang", points: 10 },
];
const jia = computePay(scheme, {
  id: "jia",
  name: "某甲",
  total: { amount: 900_000, currency: "CNY" }, // ¥9,000.00 in fen
  ratings: workedRatings,
})._unsafeUnwrap();
check("score", jia.score.score, { num: 90n, den: 1n });
check("base", moneyToDecimal(jia.base), "6000.00");
check("performance pay", moneyToDecimal(jia.performancePay), "2700.00");
check("net pay", moneyToDecimal(jia.net), "8700.00");
// The trace, line by line, in zh-CN or English.
for (const text of formatPayTrace(jia, scheme, "en")) console.log(`  ${text}`);

// Several raters in a group are averaged; the specialist's own peer rating is left out.
const yi = computePay(scheme, {
  id: "yi",
  total: { amount: 900_000, currency: "CNY" },
  ratings: [
    { group: "supervisor", rater: "chen", points: 44 },
    { group: "marketing", rater: "zhou", points: 18 },
    { group: "marketing", rater: "qian", points: 17 },
    { group: "production", rater: "wu", percent: 80 }, // 80% of 20 points = 16
    { group: "peers", rater: "yi", points: 10 }, // self-rating: not counted
    { group: "peers", rater: "wang", points: 9 },
  ],
})._unsafeUnwrap();
// 44 + (18 + 17) / 2 + 16 + 9 = 86.5 → ¥3,000.00 × 86.5% = ¥2,595.00.
check("averaged score", yi.score.score, { num: 173n, den: 2n });
check("averaged performance pay", moneyToDecimal(yi.performancePay), "2595.00");

// A group nobody rated is an error by default; a scheme can renormalize or count it as zero.
const missing = computePay(scheme, {
  id: "bing",
  total: { amount: 900_000, currency: "CNY" },
  ratings: [{ group: "supervisor", rater: "chen", points: 45 }],
});
check("missing group", missing.isErr() ? missing.error.code : "ok", "missing_group");

// Indicators from service results, a gate and deductions. Late document hand-overs cost 2
// points each (the source deducts them in the quarterly evaluation); SLA attainment below 90%
// costs 3 points; below 60 points no performance pay is paid; a ¥50 fine comes off the
// performance pay, never below zero.
const strict = parseKpiScheme({
  id: "cs-specialist-2025",
  groups: scheme.groups.map(({ id, weight }) => ({ id, weight })),
  indicators: [
    { id: "late", source: "late_handovers", rule: { linear: { per: -2, min: -10 } } },
    { id: "sla", source: "sla_attainment", rule: { bands: [{ from: 90, points: 0 }], below: -3 } },
  ],
  score: { gate: 60 },
})._unsafeUnwrap();
const ding = computePay(strict, {
  id: "ding",
  total: { amount: 900_000, currency: "CNY" },
  ratings: workedRatings,
  // From an SLA report row (attainment is a 0–1 share) and a hand-over log.
  serviceResults: serviceResultsFrom({ sla: { attainment: 0.875, breached: 3 }, lateHandovers: 1 }),
  deductions: [{ reason: "迟交交车资料", amount: { amount: 5_000, currency: "CNY" } }],
})._unsafeUnwrap();
// 90 − 2 − 3 = 85 → ¥3,000.00 × 85% = ¥2,550.00 − ¥50.00 = ¥2,500.00 → net ¥8,500.00.
check("score after indicators", ding.score.score, { num: 85n, den: 1n });
check("net after the fine", moneyToDecimal(ding.net), "8500.00");

// A new hire who joined mid-month: 10 paid days by the 21.75-day convention.
const geng = computePay(scheme, {
  id: "geng",
  total: { amount: 900_000, currency: "CNY" },
  ratings: workedRatings,
  proration: { method: "cn_21_75", paidDays: 10 },
})._unsafeUnwrap();
check("prorated total", moneyToDecimal(geng.total), "4137.93"); // 9,000 × 10 / 21.75
check("prorated net", moneyToDecimal(geng.net), "4000.00");

// A payroll batch: one line per employee, and totals that add up exactly. ¥9,000.01 does not
// split evenly into thirds: the largest remainder gives the odd fen to the base (6,000.01 + 3,000.00).
const ratingsWith = (supervisor: number) =>
  workedRatings.map((r) => (r.group === "supervisor" ? { ...r, points: supervisor } : r));
const payroll = computePayroll(scheme, [
  { id: "jia", total: { amount: 900_000, currency: "CNY" }, ratings: ratingsWith(45) },
  { id: "yi", total: { amount: 900_001, currency: "CNY" }, ratings: ratingsWith(41) },
])._unsafeUnwrap();
check("second line's base", moneyToDecimal(payroll.lines[1]?.base ?? jia.base), "6000.01");
check("payroll net", moneyToDecimal(payroll.totals.net), "17280.01"); // 8,700.00 + 8,580.01

// A team bonus pool of ¥1,000.00 split by score, to the fen.
const pool = allocateBonusPool({
  pool: { amount: 100_000, currency: "CNY" },
  members: [
    { id: "jia", score: 90 },
    { id: "yi", score: 86.5 },
    { id: "ding", score: 85 },
  ],
})._unsafeUnwrap();
check(
  "bonus shares",
  pool.map((s) => moneyToDecimal(s.amount)),
  ["344.17", "330.78", "325.05"],
);

// Contact-centre staffing with Erlang C: 100 calls per half hour, 3-minute handle time.
const fourteen = erlangC({
  arrivals: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetSeconds: 20,
  agents: 14,
});
check("service level with 14 agents", fourteen._unsafeUnwrap().serviceLevel.toFixed(4), "0.8884");
const staffing = agentsForServiceLevel({
  arrivals: 100,
  ahtSeconds: 180,
  targetSeconds: 20,
  serviceLevel: 0.8,
  shrinkage: 0.3,
})._unsafeUnwrap();
check("agents for 80/20, 30% shrinkage", [staffing.agents, staffing.scheduled], [14, 20]);
