import { ok, type Result } from "neverthrow";
import type { TargetResult } from "../sla/index.js";
import { summarise, where } from "./_internal/describe.js";
import { readOutcome } from "./_internal/outcome.js";
import type { TestingError } from "./errors.js";
import type { OutcomeInput } from "./evaluate-scenario.js";

/**
 * The verdict of `checkNoSlaBreaches`: the results that failed (breached or early) and an account.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface SlaBreachCheck {
  /** Whether no result is breached or early. */
  readonly pass: boolean;
  /** The breached and early results, in the outcome's order. */
  readonly failures: readonly TargetResult[];
  /** The account: a line per failure, with its figures. */
  readonly message: string;
}

/**
 * Checks that no target of an outcome is breached or early (an early follow-up call is a failure
 * too); pending, running, paused, met and not-applicable results pass.
 *
 * @param outcome - an outcome of `evaluateScenario`, or the `Result` it returned.
 * @returns `Ok` with the check, or `Err` with the outcome's own error or `invalid_input` (not an outcome).
 * @example
 * ```ts
 * checkNoSlaBreaches(outcome)._unsafeUnwrap().pass; // false once the complaint plan is late
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function checkNoSlaBreaches(outcome: OutcomeInput): Result<SlaBreachCheck, TestingError> {
  return readOutcome(outcome).andThen((read) => {
    const failures = read.results.filter((r) => r.state === "breached" || r.state === "early");
    const lines =
      failures.length === 0
        ? [`No SLA target is breached or early for ${where(read)}`]
        : [
            `${failures.length} SLA target${failures.length > 1 ? "s are" : " is"} breached or early for ${where(read)}:`,
            ...failures.map((r) => `  ${r.targetId} (cycle ${r.cycle}): ${summarise(r, read.timeZone)}`),
          ];
    return ok({ pass: failures.length === 0, failures, message: lines.join("\n") });
  });
}
