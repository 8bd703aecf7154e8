import type { SearchFailure } from "../../calendar/_internal/time-walk.js";
import type { CaseEvent } from "../../cases/events.js";
import type { CompiledTarget } from "../policy.js";
import type { Clock } from "./clock.js";

/** The clock's active stretches from its start to `end`, with the pauses cut out. */
export interface ActiveTime {
  readonly segments: readonly (readonly [number, number])[];
  readonly pauses: readonly (readonly [number, number])[];
  /** A pause still under way at `end`. */
  readonly pausedSince: number | null;
}

export function activeTime(
  target: CompiledTarget,
  events: readonly CaseEvent[],
  startIndex: number,
  end: number,
): ActiveTime {
  const start = events[startIndex]?.at ?? end;
  // A clock that starts while the case is paused starts paused: the last pause or resume before it decides.
  let startsPaused = false;
  for (let i = 0; i < startIndex; i += 1) {
    const type = (events[i] as CaseEvent).type;
    if (target.pause.has(type)) startsPaused = true;
    else if (target.resume.has(type)) startsPaused = false;
  }
  const segments: [number, number][] = [];
  const pauses: [number, number][] = [];
  let activeFrom: number | null = startsPaused ? null : start;
  let pausedFrom: number | null = startsPaused ? start : null;
  for (let i = startIndex + 1; i < events.length; i += 1) {
    const event = events[i] as CaseEvent;
    if (event.at > end) continue;
    if (activeFrom !== null && target.pause.has(event.type)) {
      segments.push([activeFrom, event.at]);
      activeFrom = null;
      pausedFrom = event.at;
    } else if (pausedFrom !== null && target.resume.has(event.type)) {
      pauses.push([pausedFrom, event.at]);
      pausedFrom = null;
      activeFrom = event.at;
    }
  }
  if (activeFrom !== null) segments.push([activeFrom, end]);
  if (pausedFrom !== null) pauses.push([pausedFrom, end]);
  return { segments, pauses, pausedSince: pausedFrom };
}

/** Time on the clock over a list of spans. */
export function measureAll(clock: Clock, spans: readonly (readonly [number, number])[]): number {
  let total = 0;
  for (const [a, b] of spans) total += clock.measure(a, b);
  return total;
}

/**
 * The earliest instant at which `amount` of active time has been consumed while the clock counts:
 * within the recorded stretches, or projected past `end` when the clock is still running there;
 * null when it is paused or stopped before reaching it. For a `due` time (the latest instant still
 * within the limit) an amount used up exactly at the start of a pause is due when the clock
 * resumes. `lengths` are the stretches measured on the clock.
 */
export function reach(
  clock: Clock,
  time: ActiveTime,
  lengths: readonly number[],
  amount: number,
  runningAtEnd: boolean,
  due: boolean,
): number | null | SearchFailure {
  let consumed = 0;
  const segments = time.segments;
  for (let i = 0; i < segments.length; i += 1) {
    const [a, b] = segments[i] as readonly [number, number];
    const length = lengths[i] ?? 0;
    const projected = i === segments.length - 1 && runningAtEnd;
    if (consumed + length >= amount || projected) {
      const at = clock.advance(a, amount - consumed);
      // A limit used up exactly as a pause begins is still kept there: the clock froze with nothing
      // left, so it falls due where it resumes (the next stretch), or not yet while the pause lasts.
      if (!due || at !== b || projected || consumed + length !== amount) return at;
    }
    consumed += length;
  }
  return null;
}
