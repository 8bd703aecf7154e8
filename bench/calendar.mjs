// Benchmark: kefu/calendar (built dist/) against dayjs-business-time and moment-business-time,
// in one process, on one shared workload. Run `npm run bench` (builds first) or
// `node bench/calendar.mjs` from the repository root. Add `--markdown` to also print the table
// as Markdown for docs/performance.md. It is a benchmark, not a test: it always exits 0.
//
// The peers compute in the host's local zone, so the whole run uses TZ=Asia/Shanghai: if this
// process was not started that way (or without --expose-gc, needed for the memory figure), it
// re-spawns itself with both. kefu never reads the host zone; its instants are epoch ms.
//
// The pieces live in bench/_lib/: workload, peers (the libraries under test), agreement,
// timing, memory, report and format.

import { spawnSync } from "node:child_process";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { reportAgreement } from "./_lib/agreement.mjs";
import { measureCompiledCalendar } from "./_lib/memory.mjs";
import { setUpLibraries } from "./_lib/peers.mjs";
import {
  printMarkdownTable,
  printResultsTable,
  printRunHeader,
  printSummaryAndTargets,
} from "./_lib/report.mjs";
import { runBenchmark } from "./_lib/respawn.mjs";
import { keepSinkObservable, timeEveryCase } from "./_lib/timing.mjs";
import { makeEnds, makeStarts, ZONE } from "./_lib/workload.mjs";

const CHILD_FLAG = "KEFU_BENCH_CHILD";

if (process.env[CHILD_FLAG] !== "1" && (process.env.TZ !== ZONE || typeof globalThis.gc !== "function")) {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, TZ: ZONE, [CHILD_FLAG]: "1" } },
  );
  if (child.error === undefined) process.exit(0);
  console.warn(`Could not re-spawn (${child.error.message}); running in-process with TZ=${ZONE}.`);
}
process.env.TZ = ZONE; // before moment/dayjs are loaded (_lib/peers.mjs imports them dynamically)

const countInWorkingTime = (kefu, calendar, starts) =>
  starts.filter((t) => kefu.isWorkingTime(calendar, t).unwrapOr(false)).length;

async function main() {
  const markdown = process.argv.includes("--markdown");
  const { kefu, calendar, libs } = await setUpLibraries();
  const starts = makeStarts();
  const ends = makeEnds(starts, libs[0]);

  printRunHeader(countInWorkingTime(kefu, calendar, starts));
  reportAgreement(libs, starts);
  const results = timeEveryCase(libs, starts, ends);
  printResultsTable(results);
  printSummaryAndTargets(results, measureCompiledCalendar(kefu, calendar));
  if (markdown) printMarkdownTable(results);
  keepSinkObservable();
}

await runBenchmark(main);
