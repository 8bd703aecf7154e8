import { err, type Result } from "neverthrow";
import { parseWithSchema } from "../core/result.js";
import { advance, MAX_EVENTS, withLog } from "./_internal/advance.js";
import type { CaseError } from "./errors.js";
import { CaseEventSchema } from "./events.js";
import type { CaseState } from "./state.js";

/**
 * Appends one event to a case, if the case's process allows it. A refused event leaves the case
 * unchanged (the input is never mutated) and the error says which rule refused it.
 *
 * @param state - the case so far (from `replay` or an earlier `applyEvent`).
 * @param input - the event, validated here.
 * @returns `Ok` with the new case, or `Err` with code `invalid_input`, `case_mismatch`,
 *   `duplicate_event_id`, `out_of_order`, `too_many_events`, or a life-cycle code:
 *   `already_received`, `case_cancelled`, `case_closed`, `case_resolved`, `case_paused`,
 *   `already_paused`, `not_paused`, `not_resolved`, `already_assigned`, `not_assigned`,
 *   `not_applicable_to_kind`, `classification_locked`, `complaint_not_reviewed`,
 *   `complaint_already_reviewed`, `complaint_invalid`, `no_quote`, `unknown_quote`,
 *   `quote_already_approved`, `quote_not_approved`, `work_not_started`, `work_already_started`,
 *   `work_already_completed`, `work_not_completed`.
 * @example
 * ```ts
 * const next = applyEvent(complaint, {
 *   type: "plan_proposed", id: "e4", caseId: "C-1", at: "2025-09-30T18:00+08:00",
 * });
 * next.isErr() && next.error.code; // "complaint_not_reviewed" until the complaint is reviewed
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function applyEvent(state: CaseState, input: unknown): Result<CaseState, CaseError> {
  return parseWithSchema(CaseEventSchema, input)
    .mapErr((error): CaseError => error)
    .andThen((event) => {
      const refused = (code: "duplicate_event_id" | "too_many_events", message: string) =>
        err<never, CaseError>({
          code,
          message,
          eventId: event.id,
          eventType: event.type,
          status: state.status,
        });
      if (state.events.length >= MAX_EVENTS)
        return refused("too_many_events", `A case holds at most ${MAX_EVENTS} events`);
      if (state.events.some((logged) => logged.id === event.id)) {
        return refused("duplicate_event_id", `Event ${event.id} is already in the log`);
      }
      return advance(state, event).map((next) => withLog(next, [...state.events, event]));
    });
}
