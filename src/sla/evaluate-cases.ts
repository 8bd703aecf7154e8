import { err, ok, type Result } from "neverthrow";
import type { CaseState } from "../cases/state.js";
import { parseInstant } from "../core/instant.js";
import { attributesAt, readCase } from "./_internal/case-facts.js";
import type { EvaluationError } from "./errors.js";
import { type EvaluationOptions, evaluateFacts } from "./evaluate-case.js";
import type { SlaPolicy } from "./policy.js";
import type { SlaState, TargetResult } from "./result.js";

/** At most this many cases in one batch. */
const MAX_CASES = 1_000_000;

/**
 * Met, breached and early counts and the share met (`met / (met + breached + early)`, null when
 * nothing has been judged yet).
 *
 * @category SLA
 * @since 0.1.0
 */
export interface Attainment {
  met: number;
  breached: number;
  early: number;
  attainment: number | null;
}

/**
 * A batch evaluation: attainment per target, department, agent and tier; breaches and cases at
 * risk sorted by time to breach; counts per state; and the earliest `nextChangeAt` of all, so a
 * host schedules one wake-up.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface SlaReport {
  readonly now: Date;
  readonly cases: number;
  readonly counts: Readonly<Record<SlaState, number>>;
  readonly byTarget: Readonly<Record<string, Attainment>>;
  readonly byDepartment: Readonly<Record<string, Attainment>>;
  readonly byAgent: Readonly<Record<string, Attainment>>;
  readonly byTier: Readonly<Record<string, Attainment>>;
  /** Breached results, earliest due first. */
  readonly breaches: readonly TargetResult[];
  /** Running results past their first warning, soonest due first. */
  readonly atRisk: readonly TargetResult[];
  readonly nextChangeAt: Date | null;
  /** Every result, by case, in input order. */
  readonly results: readonly (readonly TargetResult[])[];
}

/** Results per case, in input order, and each case's tier at `now` (null for none). */
export interface Evaluated {
  readonly results: readonly (readonly TargetResult[])[];
  readonly tiers: readonly (string | null)[];
}

/** Evaluates cases at a parsed instant; shared by `evaluateCases` and `comparePolicies`. */
export function evaluateMany(
  policy: SlaPolicy,
  cases: readonly CaseState[],
  now: number,
  withTrace: boolean,
): Result<Evaluated, EvaluationError> {
  if (cases.length > MAX_CASES)
    return err({ code: "too_many_cases", message: `At most ${MAX_CASES} cases in one batch` });
  const results: TargetResult[][] = [];
  const tiers: (string | null)[] = [];
  for (const given of cases) {
    const facts = readCase(given, now);
    const caseResults = evaluateFacts(policy, facts, now, withTrace);
    if (caseResults.isErr()) return err(caseResults.error);
    results.push(caseResults.value);
    tiers.push(attributesAt(facts, now).tier);
  }
  return ok({ results, tiers });
}

/** Adds a judged result to an attainment row. */
export function tally(rows: Record<string, Attainment>, key: string, state: SlaState): void {
  if (state !== "met" && state !== "breached" && state !== "early") return;
  const row = rows[key] ?? { met: 0, breached: 0, early: 0, attainment: null };
  rows[key] = row;
  row[state] += 1;
  row.attainment = row.met / (row.met + row.breached + row.early);
}

/**
 * Evaluates many cases against one compiled policy and reports attainment.
 *
 * @param policy - a compiled policy.
 * @param cases - cases from `replay` (at most 1,000,000).
 * @param now - the instant to evaluate at.
 * @param options - `{ trace: true }` to build every result's trace (default: not built).
 * @returns `Ok` with the report, or `Err` with code `invalid_instant`, `too_many_cases`,
 *   `out_of_range` or `horizon_exceeded`.
 * @example
 * ```ts
 * const report = evaluateCases(policy, cases, "2025-10-31T18:00+08:00")._unsafeUnwrap();
 * report.byTarget["complaint-plan"]?.attainment; // e.g. 0.92
 * ```
 * @category SLA
 * @since 0.1.0
 */
export function evaluateCases(
  policy: SlaPolicy,
  cases: readonly CaseState[],
  now: unknown,
  options: EvaluationOptions = {},
): Result<SlaReport, EvaluationError> {
  return parseInstant(now)
    .mapErr((error): EvaluationError => error)
    .andThen((at) =>
      evaluateMany(policy, cases, at, options.trace ?? false).map((evaluated) =>
        report(cases.length, evaluated, at),
      ),
    );
}

function report(cases: number, { results, tiers }: Evaluated, now: number): SlaReport {
  const counts: Record<SlaState, number> = {
    pending: 0,
    running: 0,
    paused: 0,
    met: 0,
    breached: 0,
    early: 0,
    not_applicable: 0,
  };
  const byTarget: Record<string, Attainment> = {};
  const byDepartment: Record<string, Attainment> = {};
  const byAgent: Record<string, Attainment> = {};
  const byTier: Record<string, Attainment> = {};
  const breaches: TargetResult[] = [];
  const atRisk: TargetResult[] = [];
  let next = Number.POSITIVE_INFINITY;
  results.forEach((caseResults, i) => {
    const tier = tiers[i] ?? "none";
    for (const result of caseResults) {
      counts[result.state] += 1;
      tally(byTarget, result.targetId, result.state);
      tally(byTier, tier, result.state);
      if (result.attribution !== null) {
        tally(byAgent, result.attribution.agent, result.state);
        tally(byDepartment, result.attribution.department ?? "unassigned", result.state);
      }
      if (result.state === "breached") breaches.push(result);
      if (result.state === "running" && result.warningLevel > 0) atRisk.push(result);
      if (result.nextChangeAt !== null) next = Math.min(next, result.nextChangeAt.getTime());
    }
  });
  const byDue = (a: TargetResult, b: TargetResult) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0);
  return {
    now: new Date(now),
    cases,
    counts,
    byTarget,
    byDepartment,
    byAgent,
    byTier,
    breaches: breaches.sort(byDue),
    atRisk: atRisk.sort(byDue),
    nextChangeAt: Number.isFinite(next) ? new Date(next) : null,
    results,
  };
}
