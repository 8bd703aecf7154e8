// Benchmark: kefu/kpi (built dist/) paying a payroll batch of 100,000 generated employees on the
// source's scheme with indicators, a gate, self-rating exclusion and renormalisation; the same
// employees one by one with computePay; printing traces; and Erlang C staffing for a day of
// half-hour intervals. Run `npm run build && node bench/kpi.mjs` from the repository root.
// The issue sets no performance target. The PASS/FAIL lines check the module's own goals: a
// 100,000-employee payroll within a minute of CPU time (it is a monthly batch job), exact totals, a flat cost
// per employee, and agreement between the batch and the one-by-one API. It is a benchmark, not a
// test: it always exits 0. It re-spawns itself with --expose-gc for the memory figure.

import process from "node:process";
import { formatOps, verdict } from "./_lib/format.mjs";
import { buildEmployees, EMPLOYEES, SCHEME } from "./_lib/kpi-workload.mjs";
import { heapAndBuffersUsed } from "./_lib/memory.mjs";
import { respawnUnless, runBenchmark } from "./_lib/respawn.mjs";
import { consume, cpuSecondsSince, keepSinkObservable, median } from "./_lib/timing.mjs";

respawnUnless(typeof globalThis.gc === "function", import.meta.url, { flags: ["--expose-gc"] });

const seconds = (start) => (performance.now() - start) / 1000;

/** Runs `op` `rounds` times; median wall-clock and CPU seconds (CPU is robust on a shared machine). */
function timeRounds(op, rounds) {
  const [walls, cpus] = [[], []];
  let last;
  for (let i = 0; i < rounds; i += 1) {
    globalThis.gc?.();
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    last = op();
    walls.push(seconds(start));
    cpus.push(cpuSecondsSince(cpu));
  }
  return { median: median(walls), cpu: median(cpus), last };
}

async function main() {
  const kpi = await import("kefu/kpi");
  const scheme = kpi.parseKpiScheme(SCHEME)._unsafeUnwrap();
  const t0 = performance.now();
  const employees = buildEmployees();
  console.log(
    `kefu/kpi benchmark — ${EMPLOYEES.toLocaleString("en-US")} employees built in ${seconds(t0).toFixed(2)} s`,
  );

  globalThis.gc?.();
  const before = heapAndBuffersUsed();
  const batch = timeRounds(() => kpi.computePayroll(scheme, employees)._unsafeUnwrap(), 1);
  globalThis.gc?.();
  const held = heapAndBuffersUsed() - before;
  const payroll = batch.last;
  console.log(
    `computePayroll(100,000): ${batch.median.toFixed(2)} s wall, ${batch.cpu.toFixed(2)} s CPU — ${formatOps(EMPLOYEES / batch.cpu)} employees per CPU second;` +
      ` result held ≈ ${(held / 1024 / 1024).toFixed(0)} MB`,
  );

  const loop = timeRounds(() => {
    let net = 0;
    for (const employee of employees) net += kpi.computePay(scheme, employee)._unsafeUnwrap().net.amount;
    return net;
  }, 1);
  console.log(
    `computePay loop (100,000): ${loop.median.toFixed(2)} s wall, ${loop.cpu.toFixed(2)} s CPU — ${formatOps(EMPLOYEES / loop.cpu)} employees per CPU second`,
  );

  const small = employees.slice(0, 10_000);
  const smallBatch = timeRounds(() => kpi.computePayroll(scheme, small)._unsafeUnwrap(), 3);
  const perEmployeeSmall = smallBatch.cpu / small.length;
  const perEmployeeLarge = batch.cpu / EMPLOYEES;
  console.log(
    `computePayroll(10,000): ${smallBatch.cpu.toFixed(3)} s CPU; CPU per employee ${(perEmployeeSmall * 1e6).toFixed(1)} µs` +
      ` vs ${(perEmployeeLarge * 1e6).toFixed(1)} µs at 100,000`,
  );

  const lines = payroll.lines.slice(0, 1_000);
  const trace = timeRounds(() => {
    for (const line of lines) consume(kpi.formatPayTrace(line, scheme, "zh-CN").length);
  }, 3);
  console.log(`formatPayTrace: ${formatOps(lines.length / trace.cpu)} traces per CPU second`);

  const staffing = timeRounds(() => {
    const day = [];
    for (let interval = 0; interval < 48; interval += 1) {
      const arrivals = 20 + 180 * Math.sin((Math.PI * interval) / 47) ** 2;
      day.push(
        kpi
          .agentsForServiceLevel({
            arrivals,
            ahtSeconds: 210,
            targetSeconds: 20,
            serviceLevel: 0.8,
            shrinkage: 0.3,
          })
          ._unsafeUnwrap().scheduled,
      );
    }
    return day;
  }, 5);
  console.log(
    `agentsForServiceLevel, 48 half-hours: ${(staffing.cpu * 1000).toFixed(2)} ms CPU; peak ${Math.max(...staffing.last)} scheduled`,
  );

  // Exactness: the totals are the sums of the lines, and each line's parts add up.
  let [sumNet, sumTotal, partsOk] = [0, 0, true];
  for (const line of payroll.lines) {
    sumNet += line.net.amount;
    sumTotal += line.total.amount;
    partsOk &&= line.base.amount + line.performancePart.amount === line.total.amount;
    partsOk &&= line.base.amount + line.performancePaid.amount === line.net.amount;
  }
  const exact = partsOk && sumNet === payroll.totals.net.amount && sumTotal === payroll.totals.total.amount;
  console.log(
    `payroll net ${kpi.formatPayTrace(payroll.lines[0], scheme, "en").at(-1)} (first line); totals net ${payroll.totals.net.amount} fen`,
  );
  console.log(
    `${verdict(batch.cpu < 60)} computePayroll of 100,000 employees within a CPU minute (${batch.cpu.toFixed(2)} s)`,
  );
  console.log(`${verdict(exact)} every line's parts add up and the totals equal the sums of the lines`);
  console.log(
    `${verdict(perEmployeeLarge < perEmployeeSmall * 2)} cost per employee stays flat from 10,000 to 100,000 (${(perEmployeeLarge / perEmployeeSmall).toFixed(2)}×)`,
  );
  console.log(
    `${verdict(loop.last === payroll.totals.net.amount)} computePay one by one agrees with the batch`,
  );
  keepSinkObservable();
}

await runBenchmark(main);
