import { tzOffset } from "@date-fns/tz";
import { MS_PER_DAY, MS_PER_MINUTE } from "../../core/_internal/days.js";

/** Instants [start, end) during which a zone's UTC offset is `offset` milliseconds. */
export interface OffsetPiece {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/** The zone's UTC offset at an instant, in whole milliseconds (historic offsets may have seconds). */
export function offsetAt(zone: string, ms: number): number {
  return Math.round(tzOffset(zone, new Date(ms)) * MS_PER_MINUTE);
}

/**
 * The offset pieces covering [from, to). The offset is sampled once a day and every change is
 * located to the millisecond by bisection; no zone changes its offset and back within one day.
 */
export function offsetPieces(zone: string, from: number, to: number): OffsetPiece[] {
  const pieces: OffsetPiece[] = [];
  let start = from;
  let offset = offsetAt(zone, from);
  for (let sample = from + MS_PER_DAY; start < to; sample += MS_PER_DAY) {
    const probe = Math.min(sample, to);
    const next = offsetAt(zone, probe);
    if (next !== offset || probe === to) {
      const change = next === offset ? to : firstInstantWithOffset(zone, probe - MS_PER_DAY, probe, next);
      pieces.push({ start, end: change, offset });
      start = change;
      offset = next;
    }
  }
  return pieces;
}

/** Smallest t in (low, high] whose offset is `target`, given offset(low) ≠ target = offset(high). */
function firstInstantWithOffset(zone: string, low: number, high: number, target: number): number {
  let [lo, hi] = [low, high];
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(zone, mid) === target) hi = mid;
    else lo = mid;
  }
  return hi;
}
