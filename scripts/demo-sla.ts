/**
 * Demo: a month of cases (October 2025, across the National Day break) measured against the
 * source documents' service standard: attainment by target, department, agent and tier; the
 * breaches and the cases at risk, soonest first; and the one instant a host must wake up at.
 */
import {
  type CaseState,
  caseLabel,
  evaluateCases,
  parsePolicy,
  residentialServiceStandard,
  type TargetResult,
} from "kefu";
import { type DemoSection, must, padColumns, percent, shanghai, type TeamMember } from "./demo-data.js";

const brief = (r: TargetResult) => ({
  caseId: r.caseId,
  target: r.targetId,
  state: r.state,
  dueAt: r.dueAt === null ? null : shanghai(r.dueAt),
  fractionConsumed: r.fractionConsumed === null ? null : Number(r.fractionConsumed.toFixed(3)),
  heldBy: r.attribution?.agent ?? null,
});

/** The month's cases evaluated at `now` against the preset service standard. */
export function monthReport(cases: readonly CaseState[], now: string) {
  const standard = must(parsePolicy(residentialServiceStandard));
  return { standard, report: must(evaluateCases(standard, cases, now)), cases: cases.length, now };
}

/** The month's attainment report. */
export function slaDemoSection(
  month: ReturnType<typeof monthReport>,
  team: readonly TeamMember[],
): DemoSection {
  const { standard, report, now } = month;
  const nameOf = (agent: string) => `${team.find((m) => m.id === agent)?.name ?? ""} (${agent})`;
  const row = (
    name: string,
    a: { met: number; breached: number; early: number; attainment: number | null },
  ) =>
    `${percent(a.attainment)}  ${padColumns(name, 70)} ${a.met} met, ${a.breached} breached${a.early > 0 ? `, ${a.early} early` : ""}`;
  const lines = [
    `${month.cases} cases at ${now} · ${Object.entries(report.counts)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${n} ${state}`)
      .join(" · ")}`,
    "by target:",
    ...standard.targets.flatMap((t) => {
      const a = report.byTarget[t.id];
      return a === undefined ? [] : [`  ${row(t.label.slice(0, 68), a)}`];
    }),
    "by department:",
    ...Object.entries(report.byDepartment).map(
      ([dept, a]) => `  ${row(caseLabel("department", dept as "customer_service"), a)}`,
    ),
    "by agent:",
    ...Object.entries(report.byAgent).map(([agent, a]) => `  ${row(nameOf(agent), a)}`),
    "by customer tier:",
    ...Object.entries(report.byTier).map(([tier, a]) => `  ${row(`tier ${tier}`, a)}`),
    `breaches (${report.breaches.length}), earliest due first:`,
    ...report.breaches
      .slice(0, 5)
      .map(
        (r) =>
          `  ${r.caseId} ${r.targetId.padEnd(28)} due ${r.dueAt === null ? "—" : shanghai(r.dueAt)}  held by ${nameOf(r.attribution?.agent ?? "")}`,
      ),
    `at risk (${report.atRisk.length}: running past a warning), soonest due first:`,
    ...report.atRisk
      .slice(0, 5)
      .map(
        (r) =>
          `  ${r.caseId} ${r.targetId.padEnd(28)} due ${r.dueAt === null ? "—" : shanghai(r.dueAt)}  ${percent(r.fractionConsumed).trim()} of the limit used, warning level ${r.warningLevel}`,
      ),
    `next change anywhere: ${report.nextChangeAt === null ? "none — every clock has stopped" : shanghai(report.nextChangeAt)} (one wake-up instead of polling)`,
  ];
  return {
    title: "A month of cases (October 2025) against the source documents' service standard",
    lines,
    data: {
      now,
      cases: month.cases,
      counts: report.counts,
      byTarget: report.byTarget,
      byDepartment: report.byDepartment,
      byAgent: report.byAgent,
      byTier: report.byTier,
      breaches: report.breaches.map(brief),
      atRisk: report.atRisk.map(brief),
      nextChangeAt: report.nextChangeAt,
    },
  };
}
