// Benchmark: kefu/care (built dist/) planning a year of proactive care for 100,000 customers —
// birthday, delivery-anniversary and eight holiday greetings, inspection and insurance reminders,
// follow-ups after installations, deliveries and repairs, monthly/quarterly key-account visits —
// with and without a business calendar and explanations. Run `node bench/care.mjs` from the
// repository root after `npm run build`. Target: a year for 100,000 customers in under 2 s.
// It is a benchmark, not a test: it always exits 0.

import process from "node:process";
import { buildInputs, CUSTOMERS, RULES, YEAR } from "./_lib/care-workload.mjs";
import { formatOps, padLeft, padRight, verdict } from "./_lib/format.mjs";
import { runBenchmark } from "./_lib/respawn.mjs";
import { cpuSecondsSince, median } from "./_lib/timing.mjs";

const TARGET_MS = 2_000;
const ROUNDS = 3;

async function main() {
  const care = await import("kefu/care");
  const { parseCustomer } = await import("kefu/customers");
  const { calendarFromPreset, cnMainlandPreset } = await import("kefu/calendar");
  const rules = care.parseCareRules(RULES)._unsafeUnwrap();
  const { customers: inputs, events } = buildInputs();
  const t0 = performance.now();
  const customers = inputs.map((c) => parseCustomer(c)._unsafeUnwrap());
  const parseMs = performance.now() - t0;
  const DAY = [["09:00", "18:00"]];
  const office = calendarFromPreset(cnMainlandPreset, {
    weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
  })._unsafeUnwrap();

  console.log(
    `kefu/care — plan ${YEAR.from} … ${YEAR.to} for ${CUSTOMERS.toLocaleString("en-US")} customers, ${events.length.toLocaleString("en-US")} repair events`,
  );
  console.log(`(parseCustomer for all customers, once, not timed below: ${parseMs.toFixed(0)} ms)`);
  // The target is judged on the default plan; explanations (`explain: true`) and moving windows
  // onto a business calendar's working dates are reported beside it.
  const variants = [
    ["default (no steps)", { events }, true],
    ["explained (explain: true)", { events, explain: true }, false],
    ["CN office calendar, explained", { events, calendar: office, explain: true }, false],
  ];
  const rows = [];
  for (const [name, options, judged] of variants) {
    const times = [];
    const cpus = [];
    let tasks = 0;
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      globalThis.gc?.();
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const plan = care.planCare(rules, customers, YEAR, options)._unsafeUnwrap();
      const ms = performance.now() - start;
      const cpu = cpuSecondsSince(cpu0);
      if (round > 0) {
        times.push(ms); // the first round warms up
        cpus.push(cpu * 1000);
      }
      tasks = plan.tasks.length;
    }
    rows.push({ name, ms: median(times), cpu: median(cpus), tasks, judged });
  }
  console.log(
    `${padRight("variant", 32)}${padLeft("wall ms", 9)}${padLeft("cpu ms", 9)}${padLeft("tasks", 11)}${padLeft("tasks/s", 11)}${padLeft("vs 2 s", 9)}`,
  );
  for (const r of rows) {
    console.log(
      `${padRight(r.name, 32)}${padLeft(r.ms.toFixed(0), 9)}${padLeft(r.cpu.toFixed(0), 9)}${padLeft(r.tasks.toLocaleString("en-US"), 11)}${padLeft(formatOps((r.tasks / r.ms) * 1000), 11)}${padLeft(`${(r.ms / TARGET_MS).toFixed(2)}×`, 9)}`,
    );
  }
  console.log("(medians of 3 after a warm-up; cpu ms is the process's CPU time, GC helper threads included:");
  console.log(" on a shared machine wall time is inflated by other processes, so compare the two)");
  for (const r of rows)
    console.log(
      r.judged
        ? `${verdict(r.ms < TARGET_MS)} plan a year for 100,000 customers in < 2 s (${r.name}: ${r.ms.toFixed(0)} ms)`
        : `info ${r.name}: ${r.ms.toFixed(0)} ms (${(r.ms / TARGET_MS).toFixed(2)}× the target's time)`,
    );
}

await runBenchmark(main);
