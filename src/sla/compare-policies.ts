import type { Result } from "neverthrow";
import type { CaseState } from "../cases/state.js";
import { parseInstant } from "../core/instant.js";
import type { EvaluationError } from "./errors.js";
import { type Attainment, evaluateMany, tally } from "./evaluate-cases.js";
import type { SlaPolicy } from "./policy.js";
import type { SlaState, TargetResult } from "./result.js";

/**
 * How a new policy would change results: every case, target and cycle whose state or due time
 * differs (or that only one policy covers), and each target's attainment before and after.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface PolicyComparison {
  readonly changes: readonly {
    readonly caseId: string;
    readonly targetId: string;
    readonly cycle: number;
    readonly before: { readonly state: SlaState; readonly dueAt: Date | null } | null;
    readonly after: { readonly state: SlaState; readonly dueAt: Date | null } | null;
  }[];
  readonly attainment: readonly {
    readonly targetId: string;
    readonly before: number | null;
    readonly after: number | null;
    /** `after − before`, or null unless both are known. */
    readonly change: number | null;
  }[];
}

/**
 * What-if: evaluates the same cases at the same instant under two policies and lists the
 * differences, so a team sees a policy's effect before it goes live. Targets are matched by id.
 *
 * @param before - the policy in force.
 * @param after - the candidate policy.
 * @param cases - the cases to replay the policies on.
 * @param now - the instant to evaluate at.
 * @returns `Ok` with the comparison (no changes for a policy compared with itself), or `Err`
 *   with the codes of `evaluateCases`.
 * @example
 * ```ts
 * const whatIf = comparePolicies(current, stricter, lastMonth, "2025-10-31T18:00+08:00")._unsafeUnwrap();
 * whatIf.attainment.find((row) => row.targetId === "complaint-plan")?.change; // e.g. -0.08
 * ```
 * @category SLA
 * @since 0.1.0
 */
export function comparePolicies(
  before: SlaPolicy,
  after: SlaPolicy,
  cases: readonly CaseState[],
  now: unknown,
): Result<PolicyComparison, EvaluationError> {
  return parseInstant(now)
    .mapErr((error): EvaluationError => error)
    .andThen((at) =>
      evaluateMany(before, cases, at, false).andThen((old) =>
        evaluateMany(after, cases, at, false).map((updated) =>
          compare(old.results.flat(), updated.results.flat()),
        ),
      ),
    );
}

function compare(old: readonly TargetResult[], updated: readonly TargetResult[]): PolicyComparison {
  const key = (r: TargetResult) => `${r.caseId}\u0000${r.targetId}\u0000${r.cycle}`;
  const oldByKey = new Map(old.map((r) => [key(r), r]));
  const newByKey = new Map(updated.map((r) => [key(r), r]));
  const view = (r: TargetResult | undefined) => (r === undefined ? null : { state: r.state, dueAt: r.dueAt });
  const changes: PolicyComparison["changes"][number][] = [];
  for (const k of new Set([...oldByKey.keys(), ...newByKey.keys()])) {
    const [a, b] = [oldByKey.get(k), newByKey.get(k)];
    const same =
      a !== undefined && b !== undefined && a.state === b.state && a.dueAt?.getTime() === b.dueAt?.getTime();
    if (same) continue;
    const any = (a ?? b) as TargetResult;
    changes.push({
      caseId: any.caseId,
      targetId: any.targetId,
      cycle: any.cycle,
      before: view(a),
      after: view(b),
    });
  }
  const rows = (results: readonly TargetResult[]) => {
    const table: Record<string, Attainment> = {};
    for (const r of results) tally(table, r.targetId, r.state);
    return table;
  };
  const [oldRows, newRows] = [rows(old), rows(updated)];
  const targets = [...new Set([...old, ...updated].map((r) => r.targetId))];
  const attainment = targets.map((targetId) => {
    const [b, a] = [oldRows[targetId]?.attainment ?? null, newRows[targetId]?.attainment ?? null];
    return { targetId, before: b, after: a, change: a !== null && b !== null ? a - b : null };
  });
  return { changes, attainment };
}
