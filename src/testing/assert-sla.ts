import type { TargetResult } from "../sla/index.js";
import { checkNoSlaBreaches } from "./check-no-sla-breaches.js";
import { checkSlaTarget } from "./check-sla-target.js";
import type { TestingError } from "./errors.js";
import type { OutcomeInput } from "./evaluate-scenario.js";
import type { SlaTargetExpectation } from "./expectation.js";

/** The error an assertion throws: a plain `Error` named `SlaAssertionError`, with the kefu error if any. */
function failure(message: string, error?: TestingError): Error {
  return Object.assign(new Error(message), { name: "SlaAssertionError", ...(error ? { error } : {}) });
}

/**
 * Asserts that one target's result matches an expectation, for any test runner: returns the result
 * when it does, and **throws** an `Error` named `SlaAssertionError` with the account of
 * `checkSlaTarget` (the target, expected against actual, the trace) when it does not — or when the
 * outcome or the expectation is in error (the kefu error is in the thrown error's `error`).
 *
 * @param outcome - an outcome of `evaluateScenario`, or the `Result` it returned.
 * @param targetId - the id of one of the policy's targets.
 * @param expectation - the fields expected; with none, asserts that the target applies.
 * @returns the target's result. Throws instead of returning an `Err`: an assertion's job is to fail
 *   the test (codes as for `checkSlaTarget`).
 * @example
 * ```ts
 * assertSlaTarget(outcome, "complaint-plan", { state: "breached", remainingMs: "-15h40m" });
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function assertSlaTarget(
  outcome: OutcomeInput,
  targetId: string,
  expectation: SlaTargetExpectation = {},
): TargetResult {
  const checked = checkSlaTarget(outcome, targetId, expectation);
  if (checked.isErr()) throw failure(checked.error.message, checked.error);
  if (!checked.value.pass || checked.value.result === null) throw failure(checked.value.message);
  return checked.value.result;
}

/**
 * Asserts that no target of an outcome is breached or early; **throws** an `Error` named
 * `SlaAssertionError` listing the failures otherwise.
 *
 * @param outcome - an outcome of `evaluateScenario`, or the `Result` it returned.
 * @returns nothing; throws on a failure (codes as for `checkNoSlaBreaches`).
 * @example
 * ```ts
 * assertNoSlaBreaches(evaluateScenario(standard, script, "2025-10-01 12:00"));
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function assertNoSlaBreaches(outcome: OutcomeInput): void {
  const checked = checkNoSlaBreaches(outcome);
  if (checked.isErr()) throw failure(checked.error.message, checked.error);
  if (!checked.value.pass) throw failure(checked.value.message);
}
