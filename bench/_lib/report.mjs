// The printed report: the run's setting, the results table (and its Markdown twin), the kefu
// ratios and compile figures, and the performance targets with PASS/FAIL.

import os from "node:os";
import process from "node:process";
import { formatBytes, formatOps, formatRatio, padLeft, padRight, verdict } from "./format.mjs";
import { HOLIDAYS, HOURS_PER_DAY, LENGTHS, N, SEED } from "./workload.mjs";

const holidaysIn = (year) => HOLIDAYS.filter((d) => d.startsWith(year)).length;

/** Machine, zone, calendar and workload; `inWorkingTime` is how many starts fall in working time. */
export function printRunHeader(inWorkingTime) {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const lengths = LENGTHS.map((l) => `${l.label} (${l.hours} h)`).join(", ");
  console.log("kefu calendar benchmark");
  console.log(
    `node ${process.version} · ${os.cpus().length} cores (${cpu}) · ${os.platform()} ${os.arch()} · single thread`,
  );
  console.log(
    `TZ=${process.env.TZ} for the whole run (dayjs/moment plugins use the host zone; kefu uses epoch ms)` +
      ` · gc exposed: ${typeof globalThis.gc === "function"}`,
  );
  console.log(
    `Calendar: 09:00–18:00 Mon–Fri, ${HOLIDAYS.length} weekday holidays over 2025–2026 ` +
      `(${holidaysIn("2025")} + ${holidaysIn("2026")}); 1 business day = ${HOURS_PER_DAY} h`,
  );
  console.log(
    `Workload: ${N.toLocaleString("en-US")} minute-aligned starts (seed 0x${SEED.toString(16)}), ` +
      `2025-01-01 … 2026-12-31, ${((100 * inWorkingTime) / N).toFixed(1)}% inside working time; ` +
      `lengths ${lengths}`,
  );
  console.log("");
}

export function printResultsTable(results) {
  const header =
    `${padRight("library", 21)} ${padRight("operation", 19)} ${padRight("length", 13)} ` +
    `${padLeft("ops/s", 10)} ${padLeft("vs fastest peer", 16)}  cases/round × rounds`;
  console.log(header);
  console.log("-".repeat(header.length));
  for (const r of results) {
    console.log(
      `${padRight(r.lib, 21)} ${padRight(r.op, 19)} ${padRight(r.length, 13)} ` +
        `${padLeft(formatOps(r.opsPerSec), 10)} ${padLeft(formatRatio(r.ratio), 16)}  ` +
        `${r.perRound.toLocaleString("en-US")} × ${r.rounds}`,
    );
  }
  console.log("");
}

export function printMarkdownTable(results) {
  console.log("\n| library | operation | length | ops/s | vs fastest peer |");
  console.log("|---|---|---|---:|---:|");
  for (const r of results)
    console.log(
      `| ${r.lib} | \`${r.op}\` | ${r.length} | ${formatOps(r.opsPerSec)} | ${formatRatio(r.ratio)} |`,
    );
}

/** kefu's figures that the targets and the summary are about. */
function summariseKefu(results) {
  const kefuRows = (opKey) => results.filter((r) => r.lib === "kefu" && r.opKey === opKey);
  const addRows = kefuRows("add");
  const betweenRows = kefuRows("between");
  const first = 0;
  const last = LENGTHS.length - 1;
  return {
    addRows,
    betweenRows,
    minAdd: Math.min(...addRows.map((r) => r.opsPerSec)),
    ratio4h: addRows[first].ratio,
    ratio30d: addRows[last].ratio,
    costRatio: addRows[first].opsPerSec / addRows[last].opsPerSec,
    costRatioBetween: betweenRows[first].opsPerSec / betweenRows[last].opsPerSec,
  };
}

function evaluateTargets(kefu, { memory }) {
  const slowest = kefu.addRows.map((r) => `${r.length} ${formatOps(r.opsPerSec)}`).join(", ");
  return [
    [
      "≥ 1,000,000 deadlines/s at every length",
      kefu.minAdd >= 1e6,
      `slowest: ${formatOps(kefu.minAdd)} ops/s (${slowest})`,
    ],
    ["≥ 50× fastest peer at 4 hours", kefu.ratio4h >= 50, `${formatRatio(kefu.ratio4h)}`],
    ["≥ 1,000× fastest peer at 30 business days", kefu.ratio30d >= 1000, `${formatRatio(kefu.ratio30d)}`],
    [
      "30-day cost within 1.5× of 4-hour cost",
      kefu.costRatio <= 1.5,
      `${kefu.costRatio.toFixed(2)}× (workingTimeBetween: ${kefu.costRatioBetween.toFixed(2)}×)`,
    ],
    [
      "10-year compiled calendar < 1 MB",
      memory.bytes < 1024 * 1024,
      `${formatBytes(memory.bytes)} per calendar (${memory.method})`,
    ],
  ];
}

function printKefuSummary(kefu, { memory, parseMs, compileMs }) {
  const printRatios = (rows) => {
    for (const r of rows) console.log(`  ${padRight(r.length, 13)} ${formatRatio(r.ratio)}`);
  };
  console.log("Deadline ratios to the fastest peer (addWorkingTime):");
  printRatios(kefu.addRows);
  console.log("workingTimeBetween ratios to the fastest peer (for information):");
  printRatios(kefu.betweenRows);
  console.log(
    `kefu 30-day / 4-hour cost: addWorkingTime ${kefu.costRatio.toFixed(2)}×, ` +
      `workingTimeBetween ${kefu.costRatioBetween.toFixed(2)}×`,
  );
  console.log(
    `Compiled calendar spanning 2025-01-01 … 2035-01-01: ${formatBytes(memory.bytes)} (${memory.method}); ` +
      `parseCalendar ${parseMs.toFixed(2)} ms, compiling those years on first use ${compileMs.toFixed(1)} ms`,
  );
  console.log("");
}

/** kefu's ratios and compile figures, then each target with PASS or FAIL. */
export function printSummaryAndTargets(results, compiled) {
  const kefu = summariseKefu(results);
  printKefuSummary(kefu, compiled);
  console.log("Targets:");
  for (const [name, ok, detail] of evaluateTargets(kefu, compiled))
    console.log(`  ${verdict(ok)}  ${padRight(name, 42)} ${detail}`);
}
