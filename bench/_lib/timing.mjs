// Timing: kefu runs the whole workload per round; the peers, far slower, run under a time
// budget per round. Every result is folded into `sink` so no call can be optimised away.
import process from "node:process";

import { timedCases } from "./peers.mjs";
import { LENGTHS, N, OPERATIONS } from "./workload.mjs";

let sink = 0;

/** Folds a value into the sink, so the computation that produced it is kept. */
export const consume = (value) => {
  sink += value;
};

/** Keeps `sink` observable; call once at the end of the run. */
export const keepSinkObservable = () => {
  if (sink === 42) console.log("");
};

/** CPU seconds (user + system, GC helper threads included) the process spent since a `process.cpuUsage()` reading. */
export const cpuSecondsSince = (from) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** kefu: the whole 20,000-case workload per round, warm-up rounds first; median ops/s. */
export function timeFull(op, { warmup = 5, rounds = 31 } = {}) {
  for (let r = 0; r < warmup; r += 1) for (let i = 0; i < N; i += 1) sink += op(i);
  const rates = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    for (let i = 0; i < N; i += 1) sink += op(i);
    rates.push(N / ((performance.now() - t0) / 1000));
  }
  return { opsPerSec: median(rates), perRound: N, rounds };
}

/**
 * Peers: each round walks the same workload from a different offset until it has done 20,000
 * cases or spent `budgetMs`; ops/s is normalised per round, median over rounds.
 */
export function timeBudgeted(op, { warmupMs = 150, budgetMs = 300, rounds = 5 } = {}) {
  const run = (offset, limitMs) => {
    const t0 = performance.now();
    let done = 0;
    let elapsed = 0;
    while (done < N) {
      sink += op((offset + done) % N);
      done += 1;
      elapsed = performance.now() - t0;
      if (elapsed >= limitMs) break;
    }
    return { done, elapsed };
  };
  run(0, warmupMs);
  const rates = [];
  let total = 0;
  for (let r = 0; r < rounds; r += 1) {
    const { done, elapsed } = run((r * 3_989) % N, budgetMs);
    rates.push(done / (elapsed / 1000));
    total += done;
  }
  return { opsPerSec: median(rates), perRound: Math.round(total / rounds), rounds };
}

/** Sets each result's `ratio`: its ops/s over the fastest peer's on the same operation and length. */
function addRatiosToFastestPeer(results) {
  const fastestPeer = (opKey, k) =>
    Math.max(
      ...results.filter((r) => r.opKey === opKey && r.k === k && r.lib !== "kefu").map((r) => r.opsPerSec),
    );
  for (const r of results) r.ratio = r.opsPerSec / fastestPeer(r.opKey, r.k);
}

/** Times every library on every operation and length; one result row each, with ratios. */
export function timeEveryCase(libs, starts, ends) {
  const cases = new Map(libs.map((lib) => [lib.name, timedCases(lib, starts, ends)]));
  const results = [];
  for (const op of OPERATIONS) {
    for (let k = 0; k < LENGTHS.length; k += 1) {
      for (const lib of libs) {
        const run = cases.get(lib.name)[op.key];
        const fn = (i) => run(i, k);
        const timing = lib.name === "kefu" ? timeFull(fn) : timeBudgeted(fn);
        results.push({ lib: lib.name, op: op.label, opKey: op.key, k, length: LENGTHS[k].label, ...timing });
      }
    }
  }
  addRatiosToFastestPeer(results);
  return results;
}
