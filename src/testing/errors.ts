import type { CaseError } from "../cases/index.js";
import type { InputIssue, InvalidInputError, KefuErrorShape } from "../core/index.js";
import type { EvaluationError } from "../sla/index.js";

/**
 * A step of a case script that could not be read, or whose event has the wrong shape: an unknown
 * event type, no `at`, a time that is not a time, a bad `key=value`, a field the event does not
 * have. `step` is 1-based; `text` is the step as written.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface ScriptError extends KefuErrorShape<"invalid_script"> {
  /** The step's number in the script, from 1. */
  readonly step: number;
  /** The step as written. */
  readonly text: string;
  /** The event's own shape issues, when the step was read but its event is malformed. */
  readonly issues?: readonly InputIssue[];
}

/**
 * A script over the step limit (`CASE_SCRIPT_LIMITS`).
 *
 * @category Testing
 * @since 0.1.0
 */
export interface TooManyStepsError extends KefuErrorShape<"too_many_steps"> {
  /** The bound exceeded: 1,000 steps or 200,000 characters. */
  readonly limit: number;
}

/**
 * A scripted event the case's life cycle refused (for example a plan proposed before a complaint
 * was reviewed): the step, and the `kefu/cases` error in `cause`.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface CaseRejectedError extends KefuErrorShape<"case_rejected"> {
  /** The refused step's number in the script, from 1. */
  readonly step: number;
  /** The step as written. */
  readonly text: string;
  /** The `kefu/cases` error that refused it (`complaint_not_reviewed`, `out_of_order`, …). */
  readonly cause: CaseError;
}

/**
 * An expectation names a target the policy does not have (a typo in a test); `known` lists the
 * policy's target ids.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface UnknownTargetError extends KefuErrorShape<"unknown_target"> {
  /** The id the test gave. */
  readonly targetId: string;
  /** The policy's target ids, in policy order. */
  readonly known: readonly string[];
}

/**
 * A target has results in several cycles of a reopened case and the expectation gives no `cycle`.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface AmbiguousCycleError extends KefuErrorShape<"ambiguous_cycle"> {
  /** The target asked about. */
  readonly targetId: string;
  /** The cycles it has results in. */
  readonly cycles: readonly number[];
}

/**
 * Every error of the testing module: malformed options or expectations (`invalid_input`), script
 * errors, the case's refusals, the SLA evaluation's errors (`invalid_instant`, `out_of_range`,
 * `horizon_exceeded`), and expectations that cannot be checked.
 *
 * @category Testing
 * @since 0.1.0
 */
export type TestingError =
  | InvalidInputError
  | ScriptError
  | TooManyStepsError
  | CaseRejectedError
  | EvaluationError
  | UnknownTargetError
  | AmbiguousCycleError;
