import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { advance, MAX_EVENTS, openCase, withLog } from "./_internal/advance.js";
import type { CaseError, CaseRuleError } from "./errors.js";
import { type CaseEvent, CaseEventSchema } from "./events.js";
import type { CaseCore, CaseState } from "./state.js";

const LogSchema = z.array(CaseEventSchema).max(MAX_EVENTS);

/**
 * Rebuilds a case from its event log. The first event must be `received`; each later one must be
 * allowed by the process, in time order, with a unique id. Replay is deterministic: the same log
 * gives the same case, and equals applying the events one by one.
 *
 * @param input - the log, oldest first (at most 10,000 events).
 * @returns `Ok` with the case, or `Err` with code `invalid_input` (the issues' paths start with the
 *   event's index), `empty_log`, `too_many_events`, `not_received`, `duplicate_event_id`, or any
 *   code of `applyEvent` — with `index` and `eventId` of the refused event.
 * @example
 * ```ts
 * const complaint = replay([
 *   { type: "received", id: "e1", caseId: "C-1", at: "2025-09-30T17:20+08:00",
 *     channel: "hotline", kind: "complaint", by: "agent-li" },
 * ])._unsafeUnwrap();
 * complaint.owner; // "agent-li"
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function replay(input: unknown): Result<CaseState, CaseError> {
  if (Array.isArray(input) && input.length > MAX_EVENTS) {
    return err({ code: "too_many_events", message: `A case holds at most ${MAX_EVENTS} events` });
  }
  return parseWithSchema(LogSchema, input)
    .mapErr((error): CaseError => error)
    .andThen((events) => replayParsed(events));
}

function replayParsed(events: readonly CaseEvent[]): Result<CaseState, CaseError> {
  const [first, ...rest] = events;
  if (first === undefined)
    return err({ code: "empty_log", message: "A case log needs at least its received event" });
  if (first.type !== "received") {
    return err({
      code: "not_received",
      message: "A case log starts with its received event",
      eventId: first.id,
      index: 0,
    });
  }
  let state: CaseCore = openCase(first);
  const seen = new Set([first.id]);
  for (const [offset, event] of rest.entries()) {
    const index = offset + 1;
    const refused = (error: CaseRuleError) => err<never, CaseError>({ ...error, index });
    if (seen.has(event.id)) {
      return refused({
        code: "duplicate_event_id",
        message: `Event ${event.id} is already in the log`,
        eventId: event.id,
      });
    }
    seen.add(event.id);
    const next = advance(state, event);
    if (next.isErr()) return refused(next.error);
    state = next.value;
  }
  return ok(withLog(state, events));
}
