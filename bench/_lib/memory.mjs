// The size of a compiled calendar and what compiling it costs: parseCalendar itself, and the
// first query over ten years, which compiles those years.

import process from "node:process";
import { KEFU_DEFINITION } from "./peers.mjs";
import { consume, median } from "./timing.mjs";
import { shanghai } from "./workload.mjs";

const COPIES = 8;
const PARSE_RUNS = 9;
const COMPILE_RUNS = 5;
const TEN_YEARS = [shanghai(2025, 1, 1), shanghai(2035, 1, 1)];

/** Bytes in use: V8 heap plus ArrayBuffers. */
export const heapAndBuffersUsed = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Heap + ArrayBuffer growth per built object, averaged over several (exact with --expose-gc). */
function measureMemory(build) {
  const gc = globalThis.gc;
  const hasGc = typeof gc === "function";
  const settle = () => {
    if (!hasGc) return;
    gc();
    gc();
  };
  settle();
  const before = heapAndBuffersUsed();
  const keep = Array.from({ length: COPIES }, build);
  settle();
  const bytes = (heapAndBuffersUsed() - before) / keep.length;
  if (keep.length === 0) console.log(""); // `keep` stays reachable until measured
  const method = hasGc
    ? `heapUsed + arrayBuffers delta after gc, mean of ${COPIES}`
    : `heap delta without --expose-gc (approximate), mean of ${COPIES}`;
  return { bytes, method };
}

/** Wall time in ms of one call of `fn`. */
const elapsedMs = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/** A query over ten years, which compiles those years on a fresh calendar. */
const queryTenYears = (kefu, calendar) =>
  consume(kefu.workingTimeBetween(calendar, TEN_YEARS[0], TEN_YEARS[1]).unwrapOr(0));

/** Bytes per calendar compiled over 2025–2035, parseCalendar ms, and first-use compile ms. */
export function measureCompiledCalendar(kefu, calendar) {
  const memory = measureMemory(() => {
    const c = kefu.parseCalendar(KEFU_DEFINITION);
    if (c.isErr()) throw new Error("parseCalendar failed");
    queryTenYears(kefu, c.value);
    return c.value;
  });
  const parseMs = median(
    Array.from({ length: PARSE_RUNS }, () => elapsedMs(() => kefu.parseCalendar(KEFU_DEFINITION))),
  );
  const compileMs = median(
    Array.from({ length: COMPILE_RUNS }, () => {
      const fresh = kefu.parseCalendar(KEFU_DEFINITION).unwrapOr(calendar);
      return elapsedMs(() => queryTenYears(kefu, fresh));
    }),
  );
  return { memory, parseMs, compileMs };
}
