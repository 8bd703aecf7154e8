import { err, ok, type Result } from "neverthrow";
import { isInRange } from "../calendar/_internal/range.js";
import { create24x7Calendar } from "../calendar/presets/always-open.js";
import type { CaseState } from "../cases/state.js";
import { cached } from "../core/_internal/cached.js";
import { parseInstant } from "../core/instant.js";
import {
  attributeChanges,
  attributesAt,
  type CaseFacts,
  type Cycle,
  readCase,
} from "./_internal/case-facts.js";
import { type LocalDates, localDatesOf } from "./_internal/clock.js";
import { evaluateTarget } from "./_internal/evaluate-target.js";
import { applies } from "./_internal/limits.js";
import type { EvaluationError } from "./errors.js";
import { compiledTargets, type SlaPolicy } from "./policy.js";
import type { TargetResult } from "./result.js";

/**
 * Options of the evaluation functions.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface EvaluationOptions {
  /** Build each result's `trace` (default: true for `evaluateCase`, false for batches). */
  readonly trace?: boolean;
}

const zoneDates = new Map<string, LocalDates>();
/** When a result became final (its stop, or the first instant after its due time); never for others. */
function decidedBy(result: TargetResult): number {
  if (result.state === "met" || result.state === "early")
    return result.stoppedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (result.state === "breached") return (result.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) + 1;
  return Number.POSITIVE_INFINITY;
}

/** Local-date arithmetic in the policy's zone (cached per zone). */
const policyDates = (policy: SlaPolicy): LocalDates =>
  cached(zoneDates, policy.timeZone, (zone) => localDatesOf(create24x7Calendar(zone)._unsafeUnwrap()));

/** Evaluates a case read at `now` by `readCase`. */
export function evaluateFacts(
  policy: SlaPolicy,
  facts: CaseFacts,
  now: number,
  withTrace: boolean,
): Result<TargetResult[], EvaluationError> {
  const state = facts.state;
  // The log is in time order, so its first and last events bound it.
  const first = state.events[0];
  const last = state.events[state.events.length - 1];
  if (
    (first !== undefined && !isInRange(first.at)) ||
    (last !== undefined && !isInRange(last.at)) ||
    !isInRange(now)
  ) {
    return err({
      code: "out_of_range",
      message: `Case ${state.id} has instants outside 1970–2199, the calendars' range`,
    });
  }
  const dates = policyDates(policy);
  const cycles = facts.cycles;
  const results: TargetResult[] = [];
  const targets = compiledTargets(policy, facts.oneKind ? (facts.attributes[0]?.kind ?? null) : null);
  for (let i = 0; i < cycles.length; i += 1) {
    const cycle = cycles[i] as Cycle;
    const opened = cycle.events[0]?.at ?? now;
    const lastAt = cycle.events.at(-1)?.at ?? now;
    const current = attributesAt(facts, lastAt);
    const earlier = attributeChanges(facts, opened, lastAt);
    for (const target of targets) {
      const matchesNow = applies(target.target, current);
      // A target the case no longer matches still reports a result made final while it matched.
      let matchedUntil = matchesNow ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      if (!matchesNow)
        for (const change of earlier)
          if (applies(target.target, attributesAt(facts, change - 1)))
            matchedUntil = Math.max(matchedUntil, change);
      if (matchedUntil === Number.NEGATIVE_INFINITY) continue;
      const result = evaluateTarget(
        target,
        state,
        facts,
        cycle,
        cycles[i + 1]?.events[0]?.at,
        now,
        dates,
        withTrace,
      );
      if (typeof result === "string") {
        return err({
          code: result,
          message:
            result === "out_of_range"
              ? "A due time lies beyond 2199"
              : `No working time within 10 years on the calendar of target ${target.target.id}`,
        });
      }
      if (matchesNow || decidedBy(result) <= matchedUntil) results.push(result);
    }
  }
  // An exact-size copy: a pushed-to array keeps room for 16 more, and a report holds one per case.
  return ok(results.slice());
}

/**
 * Evaluates every matching target of a policy against a case at `now`, one result per target and
 * cycle (reopening starts a new cycle), ordered by cycle, then by the policy's target order. Only events at or before `now` count. A target matches on
 * the case's kind, subtype, priority, tier and channel as they stand (priority and tier changes
 * re-match and recompute the limit, keeping the original start; a breach under the earlier limit
 * stays a breach).
 *
 * @param policy - a compiled policy from `parsePolicy`.
 * @param state - a case from `replay` or `applyEvent`.
 * @param now - the instant to evaluate at (a parameter: kefu never reads the clock).
 * @param options - `{ trace: false }` to skip building the explanation (default: built).
 * @returns `Ok` with the results, or `Err` with code `invalid_instant`, `out_of_range` or
 *   `horizon_exceeded`.
 * @example
 * ```ts
 * const [reply] = evaluateCase(policy, complaint, "2025-10-01T09:00+08:00")._unsafeUnwrap();
 * reply?.state; // "running", with reply.dueAt and reply.nextChangeAt
 * ```
 * @category SLA
 * @since 0.1.0
 */
export function evaluateCase(
  policy: SlaPolicy,
  state: CaseState,
  now: unknown,
  options: EvaluationOptions = {},
): Result<readonly TargetResult[], EvaluationError> {
  return parseInstant(now)
    .mapErr((error): EvaluationError => error)
    .andThen((at) => evaluateFacts(policy, readCase(state, at), at, options.trace ?? true));
}
