/**
 * 06 — Customer tiering (客户分层): who gets which service, exactly and explainably.
 *
 * Ten owners of a residential project, with last year's spend on paid services in yuan. We class
 * them by cumulative share of spend (Pareto / ABC), place them in the current × potential value
 * matrix, score them with RFM, assign rule tiers with explanations, follow one owner's monthly
 * score through tiers with hysteresis, and map tiers to service entitlements.
 */
import { formatMoney, formatRational } from "kefu/core";
import {
  assignTiers,
  careVisitFrequencies,
  classifyPareto,
  classifyValueMatrix,
  computeLifetimeValue,
  entitlementsForTier,
  estimateRetentionUplift,
  parseMigrationPolicy,
  parseTierEntitlements,
  parseTierRules,
  scoreRfm,
  slaTierFactors,
  trackTierMigration,
} from "kefu/customers";
import { check } from "./_check.js";

// Spend sums to 100,000 yuan, so cumulative shares read off directly.
const owners = [
  { id: "O-01", value: 42_000, potential: 30, recency: 12, frequency: 9, keyAccount: true },
  { id: "O-02", value: 23_000, potential: 80, recency: 40, frequency: 6, keyAccount: false },
  { id: "O-03", value: 15_000, potential: 75, recency: 5, frequency: 7, keyAccount: false },
  { id: "O-04", value: 8_000, potential: 20, recency: 90, frequency: 3, keyAccount: false },
  { id: "O-05", value: 4_000, potential: 95, recency: 20, frequency: 4, keyAccount: false },
  { id: "O-06", value: 3_000, potential: 10, recency: 200, frequency: 2, keyAccount: false },
  { id: "O-07", value: 2_000, potential: 60, recency: 33, frequency: 2, keyAccount: false },
  { id: "O-08", value: 1_500, potential: 40, recency: 365, frequency: 1, keyAccount: false },
  { id: "O-09", value: 1_500, potential: 55, recency: 150, frequency: 1, keyAccount: false },
  { id: "O-10", value: 0, potential: 70, recency: 400, frequency: 0, keyAccount: false },
];

// 1. Pareto / ABC. Cumulative shares: 42, 65, 80, 88, 92, 95, 97, 98.5, 100, 100 (%).
// With the default rule a customer is in A only if the share *including it* is ≤ 80%: O-03 lands
// on exactly 80% and stays in A; O-06 lands on exactly 95% and stays in B. Integer arithmetic
// makes "exactly" mean exactly.
const abc = classifyPareto(owners)._unsafeUnwrap();
check(
  "ABC classes",
  abc.assignments.map((a) => `${a.id}:${a.class}`).join(" "),
  "O-01:A O-02:A O-03:A O-04:B O-05:B O-06:B O-07:C O-08:C O-09:C O-10:C",
);
check(
  "the 20/80 picture (share of heads, share of spend)",
  abc.classes.map((c) => `${c.class} ${formatRational(c.headShare, 2)} ${formatRational(c.valueShare, 2)}`),
  ["A 0.30 0.80", "B 0.30 0.15", "C 0.40 0.05"],
);
// The other convention keeps the customer who crosses a cut-off in the upper class: at 70/90,
// O-03 (65% → 80%) crosses 70% and stays in A.
const crossing = classifyPareto(owners, { cutoffs: [70, 90], boundary: "crossingInUpper" })._unsafeUnwrap();
check("crossing customer stays upper", crossing.assignments[2]?.class, "A");

// 2. Value matrix: current spend ≥ 10,000 yuan is high; potential at or above the median is high.
const matrix = classifyValueMatrix(
  owners.map((o) => ({ id: o.id, current: o.value, potential: o.potential })),
  { current: { at: 10_000 }, potential: { percentile: 50 } },
)._unsafeUnwrap();
check("potential cut (median)", matrix.cuts.potential, 60);
check(
  "quadrants",
  matrix.assignments.slice(0, 5).map((a) => a.quadrant),
  ["maintain", "strategic", "strategic", "basic", "develop"],
);

// 3. RFM: quintile scores 1 + ⌊5 · (customers strictly worse) / n⌋; ties share a score.
const rfm = scoreRfm(owners.map((o) => ({ ...o, monetary: o.value })))._unsafeUnwrap();
check("RFM of O-01 and O-10", [rfm.scores[0]?.code, rfm.scores[9]?.code], ["555", "111"]);
check("segments", [rfm.scores[0]?.segment, rfm.scores[9]?.segment], ["champions", "hibernating"]);

// 4. Rule tiers: declared fields, first match wins, every assignment explained.
const rules = parseTierRules({
  id: "owner-tiers-2025",
  fields: { spend: "number", keyAccount: "boolean" },
  tiers: ["VIP", "Gold", "Standard"],
  rules: [
    { id: "key-account", tier: "VIP", when: { field: "keyAccount", op: "eq", value: true } },
    { id: "big-spender", tier: "Gold", when: { field: "spend", op: "gte", value: 10_000 } },
  ],
  otherwise: "Standard",
})._unsafeUnwrap();
const tiers = assignTiers(
  rules,
  owners.map((o) => ({ id: o.id, spend: o.value, keyAccount: o.keyAccount })),
)._unsafeUnwrap();
check("O-02's tier", tiers[1]?.reason, 'rule "big-spender" → Gold: spend 23000 ≥ 10000');
check("O-04's tier", tiers[3]?.reason, "no rule matched → Standard (otherwise)");
const typo = parseTierRules({
  id: "x",
  fields: { spend: "number" },
  rules: [{ id: "r", tier: "Gold", when: { field: "spnd", op: "gte", value: 1 } }],
  otherwise: "Standard",
});
check("a typo in a rule is caught", typo.isErr() ? typo.error.code : "ok", "unknown_field");

// 5. Migration with hysteresis: enter Gold at ≥ 80, leave only after two months below 70.
const policy = parseMigrationPolicy({
  tiers: [
    { tier: "Gold", enter: 80, exit: 70, exitAfter: 2 },
    { tier: "Silver", enter: 60, exit: 50 },
  ],
  base: "Standard",
  effectiveLagDays: 1,
})._unsafeUnwrap();
const months = [82, 75, 68, 72, 69, 66, 61].map((score, i) => ({ on: `2025-0${i + 3}-01`, score }));
const history = trackTierMigration(policy, months)._unsafeUnwrap();
// 75 sits in the dead band; 68 then 72 resets the count; 69 and 66 are two in a row → Silver.
check(
  "tier changes",
  history.events.map((e) => `${e.effectiveOn} ${e.from}→${e.to}`),
  ["2025-03-02 Standard→Gold", "2025-08-02 Gold→Silver"],
);

// 6. Entitlements, consumed by kefu/sla (limit multipliers) and kefu/care (visit frequency).
const entitlements = parseTierEntitlements({
  tiers: {
    VIP: { slaFactor: 0.5, visitEvery: { months: 1 }, greetings: ["birthday", "holiday", "member_event"] },
    Gold: { slaFactor: 0.75, visitEvery: { months: 3 }, greetings: ["birthday", "holiday"] },
  },
  default: { greetings: ["holiday"] },
})._unsafeUnwrap();
check("SLA tier factors", slaTierFactors(entitlements), { VIP: 0.5, Gold: 0.75 });
check("visit plan", careVisitFrequencies(entitlements).VIP, { months: 1 });
check("Standard falls back", entitlementsForTier(entitlements, "Standard")._unsafeUnwrap().greetings, [
  "holiday",
]);

// 7. Why keep them: lifetime value, and the sources' "+5% retention → +25% profit".
const clv = computeLifetimeValue({
  margin: { amount: 300_000, currency: "CNY" },
  retention: 80,
  discountRate: 10,
})._unsafeUnwrap();
check("lifetime value of 3,000 yuan a year", formatMoney(clv.value, "en")._unsafeUnwrap(), "CN¥11,000.00");
const uplift = estimateRetentionUplift({ retention: 85, discountRate: 10 })._unsafeUnwrap();
check("+5 points of retention", formatRational(uplift.profitChange, 2), "0.25");
