// Benchmark: kefu/sla (built dist/) evaluating 100,000 generated cases against the preset
// policy `residentialServiceStandard` and a variant of it on business clocks. Run `npm run bench`
// (builds first) or `node bench/sla.mjs` from the repository root. Add `--markdown` to also print
// the timing table as Markdown for docs/performance.md. It is a benchmark, not a test: it always
// exits 0.
//
// It re-spawns itself with --expose-gc (for the memory figures and a clean heap before each timed
// round) if it was not started that way. kefu never reads the host zone; its instants are epoch ms.
//
// The pieces live in bench/_lib/: sla-workload (the cases), sla-policy (the two policies),
// sla-timing, sla-next-change (each case's nextChangeAt checked, and a day of wake-ups driven by
// it), sla-report and respawn, plus the calendar benchmark's PRNG, timing, memory and format
// helpers.

import process from "node:process";
import { respawnUnless, runBenchmark } from "./_lib/respawn.mjs";
import { checkNextChange, simulateWakeUps } from "./_lib/sla-next-change.mjs";
import { compilePolicies } from "./_lib/sla-policy.mjs";
import {
  printPolicies,
  printPolicyReport,
  printSlaHeader,
  printSlaMarkdown,
  printSlaTargets,
  printTimingTable,
} from "./_lib/sla-report.mjs";
import { measureHeld, timeBatch, timeLoop } from "./_lib/sla-timing.mjs";
import { buildCases, NOW } from "./_lib/sla-workload.mjs";
import { keepSinkObservable } from "./_lib/timing.mjs";

respawnUnless(typeof globalThis.gc === "function", import.meta.url, { flags: ["--expose-gc"] });

async function main() {
  const markdown = process.argv.includes("--markdown");
  const { replay } = await import("kefu/cases");
  const sla = await import("kefu/sla");

  const t0 = performance.now();
  const { value: built, bytes: caseBytes } = measureHeld(() => buildCases(replay));
  const { cases, stats } = built;
  printSlaHeader({ stats, buildSeconds: (performance.now() - t0) / 1000, caseBytes });

  const policies = compilePolicies(sla);
  printPolicies(policies);
  const rows = [];
  for (const { name, policy } of policies) {
    const { report, ...batch } = timeBatch(sla, policy, cases, NOW);
    const loop = timeLoop(sla, policy, cases, NOW);
    rows.push({ policy: name, api: "evaluateCases (batch)", ...batch });
    rows.push({ policy: name, api: "evaluateCase loop", ...loop });
    const check = checkNextChange(sla, policy, cases, NOW, report);
    const schedule = simulateWakeUps(sla, policy, cases, NOW, report);
    printPolicyReport(name, { report, ...batch }, check, schedule);
  }
  printTimingTable(rows);
  printSlaTargets(rows);
  if (markdown) printSlaMarkdown(rows);
  keepSinkObservable();
}

await runBenchmark(main);
