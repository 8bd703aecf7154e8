import { err, ok, type Result } from "neverthrow";
import { parseWithSchema } from "../core/index.js";
import type { TargetResult } from "../sla/index.js";
import { expectedFields, mismatchesOf } from "./_internal/compare.js";
import { caseAttributes, listResults, summarise, traceLines, where } from "./_internal/describe.js";
import { readOutcome } from "./_internal/outcome.js";
import type { TestingError } from "./errors.js";
import type { OutcomeInput } from "./evaluate-scenario.js";
import {
  type SlaFieldMismatch,
  type SlaTargetExpectation,
  SlaTargetExpectationSchema,
} from "./expectation.js";

/**
 * The verdict of `checkSlaTarget`: whether the target's result matched, where it did not, and a
 * readable account (the target, expected against actual, the actual result and its trace).
 *
 * @category Testing
 * @since 0.1.0
 */
export interface SlaTargetCheck {
  /** Whether the result exists and matches every field expected. */
  readonly pass: boolean;
  /** The target checked. */
  readonly targetId: string;
  /** The result compared, or null when the target has no result for this case. */
  readonly result: TargetResult | null;
  /** The fields that differ, in the expectation's order (empty on a pass or a missing result). */
  readonly mismatches: readonly SlaFieldMismatch[];
  /** The account of a failure, or of the match (for a negated assertion). */
  readonly message: string;
}

/**
 * Checks one target's result in an outcome against an expectation, without throwing: the data a
 * test framework's assertion (or `assertSlaTarget`, or the vitest matchers) turns into a failure.
 * With no expectation, checks only that the target has a result (it applies to the case).
 *
 * @param outcome - an outcome of `evaluateScenario`, or the `Result` it returned.
 * @param targetId - the id of one of the policy's targets.
 * @param expectation - the fields expected (see `SlaTargetExpectation`); others are not compared.
 * @returns `Ok` with the check (`pass` false on a mismatch or a missing result), or `Err` with the
 *   outcome's own error, `invalid_input` (a malformed expectation, or not an outcome),
 *   `unknown_target`, or `ambiguous_cycle`.
 * @example
 * ```ts
 * const check = checkSlaTarget(outcome, "complaint-plan", { state: "running", dueAt: "2025-10-02 17:20" });
 * check._unsafeUnwrap().pass; // true
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function checkSlaTarget(
  outcome: OutcomeInput,
  targetId: string,
  expectation: SlaTargetExpectation = {},
): Result<SlaTargetCheck, TestingError> {
  return readOutcome(outcome).andThen((read) =>
    parseWithSchema(SlaTargetExpectationSchema, expectation)
      .mapErr((error): TestingError => error)
      .andThen(() => {
        const known = read.policy.targets.map((target) => target.id);
        if (!known.includes(targetId)) {
          return err<never, TestingError>({
            code: "unknown_target",
            message: `Policy ${read.policy.id} has no target "${targetId}" (its targets: ${known.join(", ")})`,
            targetId,
            known,
          });
        }
        const { fields, issues } = expectedFields(expectation, read.timeZone);
        const [issue, ...more] = issues;
        if (issue !== undefined) {
          return err<never, TestingError>({
            code: "invalid_input",
            message: `Invalid input at ${issue.path.join(".")}: ${issue.message}`,
            issues: [issue, ...more],
          });
        }
        const all = read.results.filter((r) => r.targetId === targetId);
        const cycles = all.map((r) => r.cycle);
        if (expectation.cycle === undefined && cycles.length > 1) {
          return err<never, TestingError>({
            code: "ambiguous_cycle",
            message: `Target ${targetId} has results in cycles ${cycles.join(", ")}: give the expectation a cycle`,
            targetId,
            cycles,
          });
        }
        const result =
          all.find((r) => expectation.cycle === undefined || r.cycle === expectation.cycle) ?? null;
        const heading = `SLA target "${targetId}"${expectation.cycle === undefined ? "" : ` (cycle ${expectation.cycle})`}`;
        if (result === null) {
          const why =
            expectation.cycle !== undefined && all.length > 0
              ? `it has results only in cycles ${cycles.join(", ")}`
              : `it does not apply to this case (${caseAttributes(read)})`;
          const message = `${heading} has no result for ${where(read)}: ${why}.\nResults: ${listResults(read.results)}`;
          return ok({ pass: false, targetId, result: null, mismatches: [], message });
        }
        const mismatches = mismatchesOf(result, fields);
        const label = `${heading} — ${result.label}\n  for ${where(read)}`;
        const body =
          mismatches.length === 0
            ? [`${label}\n  matches the expectation`]
            : [label, ...mismatches.map((m) => `  ${m.field}: expected ${m.expected}, actual ${m.actual}`)];
        const message = [
          ...body,
          `Actual: ${summarise(result, read.timeZone)}`,
          "Trace:",
          ...traceLines(result, read.timeZone),
        ].join("\n");
        return ok({ pass: mismatches.length === 0, targetId, result, mismatches, message });
      }),
  );
}
