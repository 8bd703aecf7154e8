import { err, type Result } from "neverthrow";
import type { CaseRuleError } from "../errors.js";
import type { CaseEvent } from "../events.js";
import type { CaseCore, CaseState } from "../state.js";
import { transition } from "./transition.js";

/** At most this many events in one case's log. */
export const MAX_EVENTS = 10_000;

/** The case a `received` event opens. */
export function openCase(event: Extract<CaseEvent, { type: "received" }>): CaseCore {
  return {
    id: event.caseId,
    kind: event.kind,
    subtype: event.subtype ?? null,
    channel: event.channel,
    priority: event.priority,
    customerId: event.customerId ?? null,
    unitId: event.unitId ?? null,
    tier: event.tier ?? null,
    status: "received",
    pausedSince: null,
    owner: event.by,
    assignee: null,
    department: null,
    cycle: 1,
    review: null,
    planProposed: false,
    quote: null,
    work: "none",
    lastEventAt: event.at,
  };
}

/**
 * A case with its log. Every field is written out, in one order, so every case shares one object
 * shape (a spread would give each case its own, and every read of a case would be a slow lookup).
 */
export function withLog(core: CaseCore, events: readonly CaseEvent[]): CaseState {
  return {
    id: core.id,
    kind: core.kind,
    subtype: core.subtype,
    channel: core.channel,
    priority: core.priority,
    customerId: core.customerId,
    unitId: core.unitId,
    tier: core.tier,
    status: core.status,
    pausedSince: core.pausedSince,
    owner: core.owner,
    assignee: core.assignee,
    department: core.department,
    cycle: core.cycle,
    review: core.review,
    planProposed: core.planProposed,
    quote: core.quote,
    work: core.work,
    lastEventAt: core.lastEventAt,
    events,
  };
}

/**
 * One event applied to a case: the log-level rules (same case, in time order) and then the life
 * cycle's. Duplicate ids are checked by the callers, which know the log.
 */
export function advance(state: CaseCore, event: CaseEvent): Result<CaseCore, CaseRuleError> {
  const refused = (code: CaseRuleError["code"], message: string) =>
    err<never, CaseRuleError>({
      code,
      message,
      eventId: event.id,
      eventType: event.type,
      status: state.status,
    });
  if (event.caseId !== state.id)
    return refused("case_mismatch", `The event is for case ${event.caseId}, not ${state.id}`);
  if (event.at < state.lastEventAt) {
    return refused(
      "out_of_order",
      `The event at ${new Date(event.at).toISOString()} is earlier than the case's latest event`,
    );
  }
  return transition(state, event)
    .mapErr(
      (refusal): CaseRuleError => ({
        ...refusal,
        eventId: event.id,
        eventType: event.type,
        status: state.status,
      }),
    )
    .map((patch) => ({ ...state, ...patch, lastEventAt: event.at }));
}
