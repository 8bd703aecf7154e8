/**
 * Demo section for kefu/kpi: October 2025 payroll of the customer-service team at a residential
 * developer's service centre — 2/3 fixed base + 1/3 performance pay, scored by rater groups,
 * SLA attainment and late document hand-overs — with one specialist's full trace, and the
 * hotline's Erlang C staffing for the peak half-hour. Deterministic.
 */
import { formatMoney, formatRational, type Money, moneyFromDecimal } from "kefu/core";
import {
  agentsForServiceLevel,
  computePayroll,
  type EmployeePeriodInput,
  formatPayTrace,
  parseKpiScheme,
  serviceResultsFrom,
} from "kefu/kpi";
import type { SlaReport } from "kefu/sla";
import type { DemoSection, KpiRatings, TeamMember } from "./demo-data.js";

const show = (value: Money) => formatMoney(value, "zh-CN")._unsafeUnwrap();

/** The source's scheme plus the team's own rules for October 2025. */
const SCHEME = {
  id: "cs-specialist-2025-10",
  label: "客服专员绩效考核（2025 年 10 月）",
  groups: [
    { id: "supervisor", label: "本部门主管", weight: 50 },
    { id: "marketing", label: "市场部主管", weight: 20 },
    { id: "production", label: "生产部主管", weight: 20 },
    { id: "peers", label: "部门互评", weight: 10, excludeSelf: true, minRaters: 2 },
  ],
  missingGroup: "renormalize",
  indicators: [
    {
      id: "sla",
      label: "SLA 达成率",
      source: "sla_attainment",
      rule: {
        bands: [
          { from: 80, points: -3 },
          { from: 90, points: 0 },
          { from: 98, points: 2 },
        ],
        below: -6,
      },
    },
    { id: "late", label: "资料逾期移交", source: "late_handovers", rule: { linear: { per: -2, min: -10 } } },
  ],
  score: { gate: 60 },
} as const;

/**
 * The KPI section: the specialists' payroll — their ratings, and the SLA attainment and late
 * document hand-overs of the cases they held in the month's report — with totals, one trace, and
 * the hotline's staffing.
 */
export function kpiDemoSection(
  team: readonly TeamMember[],
  ratings: readonly KpiRatings[],
  sla: SlaReport,
): DemoSection {
  const scheme = parseKpiScheme(SCHEME)._unsafeUnwrap();
  const employees = ratings.map((rated): EmployeePeriodInput => {
    const member = team.find((m) => m.id === rated.employeeId);
    const attainment = sla.byAgent[rated.employeeId];
    const late = sla.breaches.filter(
      (r) => r.attribution?.agent === rated.employeeId && r.targetId.endsWith("-documents-handover"),
    ).length;
    return {
      id: rated.employeeId,
      name: member?.name ?? rated.employeeId,
      total: moneyFromDecimal(member?.monthlyTotal ?? "0", "CNY")._unsafeUnwrap(),
      ratings: rated.ratings,
      serviceResults: serviceResultsFrom({
        sla: { attainment: attainment?.attainment ?? 1, breached: attainment?.breached ?? 0 },
        lateHandovers: late,
      }),
      ...(rated.deductions === undefined ? {} : { deductions: rated.deductions }),
      ...(rated.proration === undefined ? {} : { proration: rated.proration }),
    } as EmployeePeriodInput;
  });
  const payroll = computePayroll(scheme, employees)._unsafeUnwrap();
  const lines = [
    "Rater groups: own supervisor 50%, marketing 20%, production 20%, peers 10% (≥ 2 peers, no self-rating);",
    "SLA attainment bands and −2 points per late hand-over; below 60 points no performance pay.",
    `${"name".padEnd(6)} ${"score".padStart(7)} ${"total".padStart(11)} ${"base".padStart(11)} ${"performance".padStart(11)} ${"deducted".padStart(9)} ${"net".padStart(11)}`,
  ];
  for (const line of payroll.lines) {
    lines.push(
      `${(line.name ?? line.employeeId).padEnd(6)} ${formatRational(line.score.score, 2).padStart(7)} ${show(line.total).padStart(11)} ${show(line.base).padStart(11)}` +
        ` ${show(line.performancePay).padStart(11)} ${show(line.moneyDeducted).padStart(9)} ${show(line.net).padStart(11)}`,
    );
  }
  const t = payroll.totals;
  lines.push(
    `${"total".padEnd(6)} ${"".padStart(7)} ${show(t.total).padStart(11)} ${show(t.base).padStart(11)} ${show(t.performancePay).padStart(11)}` +
      ` ${show(t.moneyDeducted).padStart(9)} ${show(t.net).padStart(11)}`,
    `check: base + performance paid = net → ${show(t.base)} + ${show(t.performancePaid)} = ${show(t.net)}`,
  );
  const wang = payroll.lines.find((line) => line.employeeId === "agent-wang");
  if (wang !== undefined) {
    lines.push("The trace of 王磊's pay, as the payroll clerk sees it:");
    lines.push(...formatPayTrace(wang, scheme, "zh-CN").map((text) => `  ${text}`));
  }
  const staffing = agentsForServiceLevel({
    arrivals: 120,
    intervalSeconds: 1_800,
    ahtSeconds: 210,
    targetSeconds: 20,
    serviceLevel: 0.8,
    maxOccupancy: 0.85,
    shrinkage: 0.3,
  })._unsafeUnwrap();
  lines.push(
    `Hotline peak (120 calls / 30 min, AHT 210 s, 80/20, ≤ 85% occupancy, 30% shrinkage): ${staffing.agents} agents on the phones` +
      ` (SL ${(staffing.serviceLevel * 100).toFixed(1)}%, ASA ${(staffing.asaSeconds ?? 0).toFixed(1)} s), ${staffing.scheduled} scheduled`,
  );
  const amounts = (line: (typeof payroll.lines)[number]) => ({
    employee: line.name ?? line.employeeId,
    score: formatRational(line.score.score, 2),
    total: show(line.total),
    base: show(line.base),
    performancePay: show(line.performancePay),
    deducted: show(line.moneyDeducted),
    net: show(line.net),
  });
  return {
    title: "KPI pay: October 2025 payroll of the customer-service team (2/3 base + 1/3 performance)",
    lines,
    data: {
      payroll: payroll.lines.map(amounts),
      totals: Object.fromEntries(Object.entries(t).map(([key, value]) => [key, show(value)])),
      trace: wang === undefined ? [] : formatPayTrace(wang, scheme, "zh-CN"),
      hotlineStaffing: staffing,
    },
  };
}
