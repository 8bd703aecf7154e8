// The printed report of the SLA benchmark: the run's setting and workload, the timing table (and
// its Markdown twin), each policy's report figures, and the target with PASS/FAIL.

import os from "node:os";
import process from "node:process";
import { formatBytes, formatInstant, formatOps, padLeft, padRight, verdict } from "./format.mjs";
import { CASES, MIX, NOW, SHARES, SLA_SEED } from "./sla-workload.mjs";

export const TARGET_CASES_PER_SEC = 100_000;

/** A size per item: "2.31 KB". */
const perItem = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const int = (n) => Math.round(n).toLocaleString("en-US");
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;
const shares = (weighted) => {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  return weighted.map(([value, w]) => `${value} ${Math.round((100 * w) / total)}%`).join(", ");
};
const span = (ms) => {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${(s / 3600).toFixed(1)} h`;
};

/** Machine, workload shares, and what building the cases held on the heap. */
export function printSlaHeader({ stats, buildSeconds, caseBytes }) {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log("kefu SLA benchmark");
  console.log(
    `node ${process.version} · ${os.cpus().length} cores (${cpu}) · ${os.platform()} ${os.arch()} · ` +
      `single thread · gc exposed: ${typeof globalThis.gc === "function"}`,
  );
  console.log(
    `Workload: ${int(CASES)} cases (seed 0x${SLA_SEED.toString(16)}) received 2025-10-01 … 10-31 ` +
      "Asia/Shanghai, across the National Day break (10-01 … 10-08); " +
      `evaluated at ${formatInstant(NOW)}, logs as they stand then`,
  );
  const kinds = Object.entries(stats.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${percent(n, CASES)}`)
    .join(", ");
  console.log(`  kinds: ${kinds}`);
  console.log(`  priorities: ${shares(MIX.priority)}; tiers: ${shares(MIX.tier)}`);
  console.log(`  channels: ${shares(MIX.channel)} (follow-ups by phone)`);
  console.log(
    `  ${int(stats.events)} events (${(stats.events / CASES).toFixed(2)} per case); ` +
      `paused at some time ${percent(stats.paused, CASES)} (still paused at now ${percent(stats.pausedAtNow, CASES)}); ` +
      `reopened ${percent(stats.reopened, CASES)}; priority or tier changed ${percent(stats.changed, CASES)}; ` +
      `open at now ${percent(stats.open, CASES)}; cases handled late by design ${SHARES.late * 100}% ` +
      `(${SHARES.lateOnBreak * 100}% for cases received during the break)`,
  );
  console.log(
    `  built with replay in ${buildSeconds.toFixed(1)} s (not timed); heap held by the cases: ` +
      `${formatBytes(caseBytes)} (${perItem(caseBytes / CASES)} per case)`,
  );
  console.log("");
}

/** One line per policy: what it is. */
export function printPolicies(policies) {
  console.log("Policies:");
  for (const p of policies) console.log(`  ${padRight(p.name, 30)} ${p.note}`);
  console.log("");
}

/** rows: { policy, api, casesPerSec, casesPerCpuSec, resultsPerSec, seconds, rounds }. */
export function printTimingTable(rows) {
  const header =
    `${padRight("policy", 30)} ${padRight("API", 24)} ${padLeft("cases/s", 9)} ${padLeft("cases/CPU s", 12)} ` +
    `${padLeft("results/s", 10)} ${padLeft("s/round", 8)}  rounds`;
  console.log(header);
  console.log("-".repeat(header.length));
  for (const r of rows)
    console.log(
      `${padRight(r.policy, 30)} ${padRight(r.api, 24)} ${padLeft(formatOps(r.casesPerSec), 9)} ` +
        `${padLeft(formatOps(r.casesPerCpuSec), 12)} ${padLeft(formatOps(r.resultsPerSec), 10)} ` +
        `${padLeft(r.seconds.toFixed(2), 8)}  ${r.rounds} (median)`,
    );
  console.log("");
}

export function printSlaMarkdown(rows) {
  console.log("\n| policy | API | cases/s | cases per CPU s | results/s | s per 100,000 cases |");
  console.log("|---|---|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(
      `| ${r.policy} | \`${r.api}\` | ${formatOps(r.casesPerSec)} | ${formatOps(r.casesPerCpuSec)} | ${formatOps(r.resultsPerSec)} | ${r.seconds.toFixed(2)} |`,
    );
}

const STATES = ["pending", "running", "paused", "met", "breached", "early", "not_applicable"];

/** A policy's report: results, counts per state, attainment per target, memory, nextChangeAt. */
export function printPolicyReport(name, batch, check, schedule) {
  const { report, results, reportBytes } = batch;
  console.log(`${name}:`);
  console.log(
    `  ${int(results)} results (${(results / report.cases).toFixed(2)} per case); report holds ` +
      `${formatBytes(reportBytes)} (${perItem(reportBytes / results)} per result)`,
  );
  console.log(`  counts: ${STATES.map((s) => `${s} ${int(report.counts[s])}`).join(" · ")}`);
  const attainment = Object.entries(report.byTarget)
    .map(([id, a]) => `${id} ${a.attainment === null ? "–" : `${(100 * a.attainment).toFixed(1)}%`}`)
    .join(", ");
  console.log(`  attainment: ${attainment}`);
  console.log(`  breaches listed: ${int(report.breaches.length)}; at risk: ${int(report.atRisk.length)}`);
  const next = report.nextChangeAt;
  console.log(
    `  nextChangeAt: ${next === null ? "none" : `${formatInstant(next.getTime(), true)} (${span(next.getTime() - NOW)} after now)`}`,
  );
  console.log(
    `  check, per case (no new events): ${int(check.withNext)} cases with a nextChangeAt — changed at ` +
      `nextChangeAt − 1 ms: ${int(check.changedBefore)} (want 0), changed at nextChangeAt: ` +
      `${int(check.changedAt)}, a window opens: ${int(check.windowOpens)}; ${int(check.without)} without — ${int(check.sampled)} sampled 30 days later, ` +
      `changed: ${int(check.changedLater)} (want 0)`,
  );
  console.log(
    `  host following each case's nextChangeAt over the next ${schedule.hours} h (no new events): ` +
      `${int(schedule.wakeUps)} wake-ups, ${int(schedule.evaluations)} case evaluations ` +
      `(${int(schedule.scheduledAtStart)} cases scheduled, ${(schedule.ms / 1000).toFixed(1)} s) — ` +
      `polling every case every minute: ${int(schedule.pollingEvaluations)}`,
  );
  console.log("");
}

/** The target, judged on the slowest batch figure; rows as for the timing table. */
export function printSlaTargets(rows) {
  const batch = rows.filter((r) => r.api.startsWith("evaluateCases"));
  const slowest = Math.min(...batch.map((r) => r.casesPerSec));
  const slowestCpu = Math.min(...batch.map((r) => r.casesPerCpuSec));
  const detail = rows.map((r) => `${r.policy} ${r.api.split(" ")[0]} ${formatOps(r.casesPerSec)}`).join("; ");
  console.log("Target:");
  console.log(
    `  ${verdict(slowest >= TARGET_CASES_PER_SEC)}  ≥ ${int(TARGET_CASES_PER_SEC)} case evaluations/s, one core ` +
      `(evaluateCases, slowest policy): ${formatOps(slowest)} cases/s = ` +
      `${((100 * slowest) / TARGET_CASES_PER_SEC).toFixed(0)}% of target`,
  );
  console.log(
    `        per CPU second (unaffected by other work on the machine): ${formatOps(slowestCpu)} = ` +
      `${((100 * slowestCpu) / TARGET_CASES_PER_SEC).toFixed(0)}% of target ${verdict(slowestCpu >= TARGET_CASES_PER_SEC)}`,
  );
  console.log(`        all: ${detail}`);
}
