import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";
import type { CaseStatus } from "./vocabulary.js";

/**
 * The codes of events a case refuses, each naming the rule that refused it.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseRuleCode =
  | "empty_log"
  | "not_received"
  | "too_many_events"
  | "case_mismatch"
  | "duplicate_event_id"
  | "out_of_order"
  | "already_received"
  | "case_cancelled"
  | "case_closed"
  | "case_resolved"
  | "case_paused"
  | "already_paused"
  | "not_paused"
  | "not_resolved"
  | "already_assigned"
  | "not_assigned"
  | "not_applicable_to_kind"
  | "classification_locked"
  | "complaint_not_reviewed"
  | "complaint_already_reviewed"
  | "complaint_invalid"
  | "no_quote"
  | "unknown_quote"
  | "quote_already_approved"
  | "quote_not_approved"
  | "work_not_started"
  | "work_already_started"
  | "work_already_completed"
  | "work_not_completed";

/**
 * An event the case refused: the rule's code, why, and which event. The case is unchanged.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseRuleError extends KefuErrorShape<CaseRuleCode> {
  readonly eventId?: string;
  readonly eventType?: string;
  /** The case's status when the event was refused. */
  readonly status?: CaseStatus;
  /** The event's position in a replayed log. */
  readonly index?: number;
}

/**
 * Every error of the cases module: malformed input (`invalid_input`, whose issues may carry
 * `invalid_subtype`, `invalid_instant`, …) or a refused event.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseError = InvalidInputError | CaseRuleError;
