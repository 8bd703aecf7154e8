// Timing and memory of SLA evaluation: `evaluateCases` over the whole workload per round, and a
// loop of `evaluateCase` per case. Each round starts after a full gc (outside the timed part),
// so rounds do not pay for each other's garbage; the heap a report holds is measured the same way.
// Each round is timed twice: wall time, and the process's CPU time (user + system, garbage
// collector threads included), which a machine shared with other work disturbs far less.

import process from "node:process";
import { heapAndBuffersUsed } from "./memory.mjs";
import { consume, cpuSecondsSince, median } from "./timing.mjs";

const gc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

/** Collects garbage (twice, so weak references and finalisers settle); no-op without --expose-gc. */
export const settle = () => {
  gc();
  gc();
};

/** Heap growth (after gc) while `build()`'s value is held; returns the value and the bytes. */
export function measureHeld(build) {
  settle();
  const before = heapAndBuffersUsed();
  const value = build();
  settle();
  return { value, bytes: heapAndBuffersUsed() - before };
}

const resultsIn = (report) => {
  let n = 0;
  for (const caseResults of report.results) n += caseResults.length;
  return n;
};

/**
 * `evaluateCases(policy, cases, now)` over all cases, `warmup` untimed rounds then `rounds` timed
 * ones; median cases/s and results/s, median heap held by a report, and the last report.
 */
export function timeBatch(sla, policy, cases, now, { warmup = 1, rounds = 3 } = {}) {
  // The report lives only in `held`, which each round clears before measuring the heap: a local
  // holding the previous round's report would keep it reachable and hide the new one's size.
  const held = { report: null };
  const evaluate = () => {
    const report = sla.evaluateCases(policy, cases, now);
    if (report.isErr()) throw new Error(`evaluateCases failed: ${JSON.stringify(report.error)}`);
    held.report = report.value;
  };
  const round = () => {
    held.report = null;
    settle();
    const before = heapAndBuffersUsed();
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    evaluate();
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSecondsSince(cpu);
    settle();
    return { seconds, cpuSeconds, bytes: heapAndBuffersUsed() - before };
  };
  for (let r = 0; r < warmup; r += 1) evaluate();
  const timed = Array.from({ length: rounds }, round);
  const report = held.report;
  const results = resultsIn(report);
  const s = median(timed.map((t) => t.seconds));
  const cpu = median(timed.map((t) => t.cpuSeconds));
  return {
    casesPerSec: cases.length / s,
    casesPerCpuSec: cases.length / cpu,
    resultsPerSec: results / s,
    seconds: s,
    results,
    rounds,
    reportBytes: median(timed.map((t) => t.bytes)),
    report,
  };
}

/** A loop of `evaluateCase(policy, case, now)`, `rounds` timed rounds after `warmup`; median. */
export function timeLoop(sla, policy, cases, now, { warmup = 0, rounds = 3 } = {}) {
  const run = () => {
    let results = 0;
    for (let i = 0; i < cases.length; i += 1) {
      const r = sla.evaluateCase(policy, cases[i], now);
      if (r.isErr()) throw new Error(`evaluateCase failed on ${cases[i].id}: ${JSON.stringify(r.error)}`);
      results += r.value.length;
    }
    return results;
  };
  for (let r = 0; r < warmup; r += 1) consume(run());
  const seconds = [];
  const cpuSeconds = [];
  let results = 0;
  for (let r = 0; r < rounds; r += 1) {
    settle();
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    results = run();
    seconds.push((performance.now() - t0) / 1000);
    cpuSeconds.push(cpuSecondsSince(cpu));
    consume(results);
  }
  const s = median(seconds);
  return {
    casesPerSec: cases.length / s,
    casesPerCpuSec: cases.length / median(cpuSeconds),
    resultsPerSec: results / s,
    seconds: s,
    results,
    rounds,
  };
}
