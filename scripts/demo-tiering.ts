/**
 * Demo section for customer tiering (kefu/customers): the 120 owners of the demo dataset
 * (examples/data/) at a residential developer's service centre, classed at the 2025 year-end
 * review — ABC by revenue, the value matrix, RFM, rule tiers against the stored tier labels, one
 * owner's tier history with hysteresis, entitlements and retention economics. Deterministic.
 */
import { formatMoney, formatRational, type Money, type Rational } from "kefu/core";
import {
  assignTiers,
  type Customer,
  classifyPareto,
  classifyValueMatrix,
  compareRetentionEconomics,
  computeLifetimeValue,
  estimateRetentionUplift,
  parseMigrationPolicy,
  parseTierEntitlements,
  parseTierRules,
  scoreRfm,
  trackTierMigration,
  VALUE_QUADRANTS,
  type VisitInterval,
} from "kefu/customers";
import { type CustomerValue, type DemoSection, must, padColumns } from "./demo-data.js";

const DAY_MS = 86_400_000;
const pct = (share: Rational) =>
  `${formatRational({ num: share.num * 100n, den: share.den }, 1)}%`.padStart(6);
const yuan = (amount: number): Money => ({ amount: amount * 100, currency: "CNY" });
const show = (value: Money | null) => (value === null ? "—" : formatMoney(value, "zh-CN")._unsafeUnwrap());
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

const RULES = {
  id: "owner-tiers-2026",
  fields: { abc: "string", keyAccount: "boolean", potential: "number" },
  tiers: ["A", "B", "C"],
  rules: [
    { id: "key-account", tier: "A", when: { field: "keyAccount", op: "eq", value: true } },
    { id: "top-revenue", tier: "A", when: { field: "abc", op: "eq", value: "A" } },
    {
      id: "middle-or-promising",
      tier: "B",
      when: {
        any: [
          { field: "abc", op: "eq", value: "B" },
          { field: "potential", op: "gte", value: 1_000_000 },
        ],
      },
    },
  ],
  otherwise: "C",
} as const;

const ENTITLEMENTS = {
  tiers: {
    A: {
      slaPriority: "high",
      slaFactor: 0.5,
      visitEvery: { months: 1 },
      greetings: ["birthday", "anniversary", "holiday", "member_event"],
      dedicatedManager: true,
    },
    B: { slaFactor: 0.75, visitEvery: { months: 3 }, greetings: ["birthday", "holiday"] },
    C: { slaFactor: 1, greetings: ["holiday"] },
  },
} as const;

const everyText = (interval: VisitInterval) => {
  const [unit, n] = Object.entries(interval)[0] ?? ["months", 1];
  return n === 1 ? `every ${unit.slice(0, -1)}` : `every ${n} ${unit}`;
};

/** The tiering section: ABC, value matrix, RFM, rule tiers, migration, entitlements, economics. */
export function tieringDemoSection(
  customers: readonly Customer[],
  values: readonly CustomerValue[],
  reviewOn: string,
): DemoSection {
  const lines: string[] = [];
  const rows = values.map((v) => ({
    id: v.customerId,
    value: v.revenueCny,
    current: v.revenueCny,
    potential: v.potentialCny,
    recency: daysBetween(v.lastPurchaseOn, reviewOn),
    frequency: v.purchases,
    monetary: v.revenueCny,
  }));

  const abc = must(classifyPareto(rows));
  lines.push(`ABC by revenue (A ≤ 80%, B ≤ 95% of ${show(yuan(abc.totalValue))}), ${rows.length} owners:`);
  lines.push("  class  owners  heads   revenue                 revenue share");
  for (const c of abc.classes) {
    lines.push(
      `  ${c.class.padEnd(5)}  ${String(c.count).padStart(6)}  ${pct(c.headShare)}  ${show(yuan(c.value)).padEnd(22)}  ${pct(c.valueShare)}`,
    );
  }
  const crossing = abc.assignments.find((a) => a.class === "B");
  if (crossing !== undefined) {
    const share = formatRational(
      { num: BigInt(crossing.cumulativeValue) * 100n, den: BigInt(abc.totalValue) },
      2,
    );
    lines.push(
      `  the first B owner, ${crossing.id} (rank ${crossing.rank}), takes the running share to ${share}%`,
    );
  }

  const matrix = must(
    classifyValueMatrix(rows, { current: { percentile: 80 }, potential: { percentile: 50 } }),
  );
  lines.push("");
  lines.push(
    `Value matrix (current ≥ ${show(yuan(matrix.cuts.current ?? 0))} = top 20%, potential ≥ ${show(yuan(matrix.cuts.potential ?? 0))} = upper half):`,
  );
  lines.push(`  ${VALUE_QUADRANTS.map((q) => `${q} ${matrix.counts[q]}`).join(" · ")}`);

  const rfm = must(scoreRfm(rows));
  lines.push("");
  lines.push(`RFM quintiles at ${reviewOn} (recency = days since the last purchase):`);
  const segments = rfm.segments.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
  lines.push(`  ${segments.map((s) => `${s.segment} ${s.count}`).join(" · ")}`);

  const abcOf = new Map(abc.assignments.map((a) => [a.id, a.class]));
  const potentialOf = new Map(values.map((v) => [v.customerId, v.potentialCny]));
  const rules = must(parseTierRules(RULES));
  const tiers = must(
    assignTiers(
      rules,
      customers.map((c) => ({
        id: c.id,
        abc: abcOf.get(c.id) ?? null,
        keyAccount: c.keyAccount,
        potential: potentialOf.get(c.id) ?? null,
      })),
    ),
  );
  const changed = tiers.filter((t, i) => t.tier !== customers[i]?.tier);
  lines.push("");
  lines.push(
    `Rule tiers (${RULES.id}): ${["A", "B", "C"].map((t) => `${t} ${tiers.filter((x) => x.tier === t).length}`).join(" · ")}`,
  );
  lines.push(
    `  ${changed.length} of ${customers.length} owners differ from the tier label stored in their file, e.g.:`,
  );
  for (const t of changed.slice(0, 3)) {
    const stored = customers.find((c) => c.id === t.id)?.tier ?? "—";
    lines.push(`  ${padColumns(`${t.id} stored ${stored} → ${t.tier}`, 26)} ${t.reason}`);
  }

  const policy = must(
    parseMigrationPolicy({
      tiers: [
        { tier: "A", enter: 80, exit: 70, exitAfter: 2 },
        { tier: "B", enter: 60, exit: 50 },
      ],
      base: "C",
      effectiveLagDays: 1,
    }),
  );
  const quarters = [62, 81, 76, 68, 73, 69, 64, 58].map((score, i) => ({
    on: `${2024 + Math.floor(i / 4)}-${["03-31", "06-30", "09-30", "12-31"][i % 4]}`,
    score,
  }));
  const migration = must(trackTierMigration(policy, quarters));
  lines.push("");
  lines.push("Tier migration with hysteresis (enter A at ≥ 80, leave after 2 quarters < 70; B 60/50):");
  lines.push(`  ${migration.steps.map((s) => `${s.on.slice(0, 7)} ${s.score}→${s.tier}`).join("  ")}`);
  for (const e of migration.events) lines.push(`  from ${e.effectiveOn}: ${e.from} → ${e.to}  (${e.reason})`);

  const table = must(parseTierEntitlements(ENTITLEMENTS));
  lines.push("");
  lines.push("Entitlements: tier  SLA limits  visits         greetings");
  for (const [tier, e] of Object.entries(table.tiers)) {
    const visits = e.visitEvery === undefined ? "—" : everyText(e.visitEvery);
    lines.push(
      `              ${tier.padEnd(4)}  × ${String(e.slaFactor ?? 1).padEnd(8)}  ${visits.padEnd(14)} ${(e.greetings ?? []).join(", ")}`,
    );
  }

  const clv = must(computeLifetimeValue({ margin: yuan(3_000), retention: 85, discountRate: 10 }));
  const economics = must(compareRetentionEconomics({ customers: 120, retentionCost: yuan(500) }));
  const uplift = must(estimateRetentionUplift({ retention: 85, discountRate: 10 }));
  lines.push("");
  lines.push(
    `Retention: an owner worth ${show(yuan(3_000))} a year at 85% retention, 10% discount → lifetime ${show(clv.value)};`,
  );
  lines.push(
    `  +5 points of retention → +${formatRational({ num: uplift.profitChange.num * 100n, den: uplift.profitChange.den }, 0)}% lifetime profit; cost per sale ${show(economics.costPerExistingSale)} (existing) vs ${show(economics.costPerNewSale)} (new)`,
  );
  return {
    title: `Customer tiering: who the ${customers.length} owners are worth, and what each tier is entitled to`,
    lines,
    data: {
      abc: abc.classes.map((c) => ({
        ...c,
        headShare: formatRational(c.headShare, 4),
        valueShare: formatRational(c.valueShare, 4),
      })),
      valueMatrix: matrix.counts,
      rfmSegments: segments.map((x) => ({ segment: x.segment, count: x.count })),
      ruleTiers: tiers.map((t) => ({ id: t.id, tier: t.tier, reason: t.reason })),
      migration: migration.events,
      entitlements: table.tiers,
      lifetimeValue: show(clv.value),
    },
  };
}
