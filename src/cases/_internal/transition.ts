import { ok, type Result } from "neverthrow";
import { match } from "ts-pattern";
import type { CaseEvent, CaseEventType } from "../events.js";
import type { CaseCore } from "../state.js";
import {
  type Check,
  isOpen,
  pass,
  type Refusal,
  refuse,
  requireKind,
  requireOpen,
  requirePaidRepair,
  requireValidReview,
} from "./guards.js";

/** Events a paused case still accepts: talk, administration, or giving up. */
const ALLOWED_WHILE_PAUSED: ReadonlySet<CaseEventType> = new Set([
  "resumed",
  "comment",
  "registered",
  "classified",
  "assigned",
  "transferred",
  "first_feedback",
  "priority_changed",
  "tier_changed",
  "cancelled",
]);

/** Kinds whose handling involves work on site or in engineering. */
const WORK_KINDS = ["repair", "complaint", "defect"] as const;

type Patch = Partial<CaseCore>;

/** Rules that hold for every event, before its own. */
function generalRules(state: CaseCore, event: CaseEvent): Check {
  if (event.type === "received") return refuse("already_received", "The case was already received");
  if (state.status === "cancelled") return refuse("case_cancelled", "The case was cancelled");
  if (state.status === "closed" && event.type !== "reopened")
    return refuse("case_closed", "A closed case can only be reopened");
  if (state.pausedSince !== null && event.type === "paused")
    return refuse("already_paused", "The case is already paused");
  if (state.pausedSince !== null && !ALLOWED_WHILE_PAUSED.has(event.type)) {
    return refuse("case_paused", `The case is paused: resume it before "${event.type}"`);
  }
  return pass;
}

/**
 * The case life cycle: what each event requires and what it changes. Every event type has its
 * branch (`exhaustive`), so a new event cannot be added without its rule.
 */
export function transition(state: CaseCore, event: CaseEvent): Result<Patch, Refusal> {
  return generalRules(state, event).andThen(() =>
    match(event)
      .with({ type: "received" }, () => refuse("already_received", "The case was already received")) // see generalRules
      .with({ type: "registered" }, { type: "first_feedback" }, () => requireOpen(state).map(() => ({})))
      .with({ type: "classified" }, (e) =>
        requireOpen(state)
          .andThen(() => {
            const changesKind = e.kind !== state.kind || (e.subtype ?? null) !== state.subtype;
            const progressed =
              state.review !== null || state.quote !== null || state.work !== "none" || state.planProposed;
            return changesKind && progressed
              ? refuse(
                  "classification_locked",
                  "The kind cannot change once it has been reviewed, quoted or worked on",
                )
              : pass;
          })
          .map(() => ({
            kind: e.kind,
            subtype: e.subtype ?? null,
            ...(e.priority === undefined ? {} : { priority: e.priority }),
          })),
      )
      .with({ type: "assigned" }, (e) =>
        requireOpen(state)
          .andThen(() =>
            state.assignee === null
              ? pass
              : refuse("already_assigned", "The case is assigned: transfer it instead"),
          )
          .map(() => ({ assignee: e.assignee, department: e.department, status: "in_progress" as const })),
      )
      .with({ type: "transferred" }, (e) =>
        requireOpen(state)
          .andThen(() =>
            state.assignee === null ? refuse("not_assigned", "Only an assigned case is transferred") : pass,
          )
          .map(() => ({ assignee: e.assignee, department: e.department })),
      )
      .with({ type: "complaint_reviewed" }, (e) =>
        requireOpen(state)
          .andThen(() => requireKind(state, ["complaint"], "A complaint review"))
          .andThen(() =>
            state.review === null
              ? pass
              : refuse("complaint_already_reviewed", "The complaint was already reviewed"),
          )
          .map(() => ({ review: { valid: e.valid, reason: e.reason } })),
      )
      .with({ type: "plan_proposed" }, () =>
        requireOpen(state)
          .andThen(() => requireValidReview(state))
          .map(() => ({ planProposed: true })),
      )
      .with({ type: "service_confirmed" }, () =>
        requireOpen(state)
          .andThen(() => requireKind(state, ["repair"], "Confirming service content and time"))
          .map(() => ({})),
      )
      .with({ type: "quote_issued" }, (e) =>
        requireOpen(state)
          .andThen(() => requirePaidRepair(state, "A quote"))
          .andThen(() =>
            state.quote?.approved
              ? refuse("quote_already_approved", "The customer already approved a quote")
              : pass,
          )
          .map(() => ({ quote: { id: e.quoteId, amount: e.amount, approved: false } })),
      )
      .with({ type: "quote_approved" }, (e) =>
        requireOpen(state)
          .andThen(() => requirePaidRepair(state, "Approving a quote"))
          .andThen(() => {
            if (state.quote === null) return refuse("no_quote", "No quote was issued");
            if (state.quote.id !== e.quoteId)
              return refuse("unknown_quote", `The open quote is ${state.quote.id}, not ${e.quoteId}`);
            return state.quote.approved
              ? refuse("quote_already_approved", "The quote is already approved")
              : pass;
          })
          .map(() => ({ quote: state.quote === null ? null : { ...state.quote, approved: true } })),
      )
      .with({ type: "work_started" }, () =>
        requireOpen(state)
          .andThen(() => requireKind(state, WORK_KINDS, "Work"))
          .andThen(() => requireValidReview(state))
          .andThen(() =>
            state.kind === "repair" && state.subtype === "paid" && !state.quote?.approved
              ? refuse("quote_not_approved", "A paid repair starts only after the customer approves a quote")
              : pass,
          )
          .andThen(() =>
            state.work === "none" ? pass : refuse("work_already_started", "Work has already started"),
          )
          .map(() => ({ work: "started" as const })),
      )
      .with({ type: "work_completed" }, () =>
        requireOpen(state)
          .andThen(() => requireKind(state, WORK_KINDS, "Work"))
          .andThen(() =>
            match(state.work)
              .with("none", () => refuse("work_not_started", "Work has not started"))
              .with("completed", () => refuse("work_already_completed", "Work is already completed"))
              .with("started", () => pass)
              .exhaustive(),
          )
          .map(() => ({ work: "completed" as const })),
      )
      .with({ type: "resolved" }, () =>
        requireOpen(state)
          .andThen(() => requireValidReview(state))
          .andThen(() =>
            state.kind === "repair" && state.work !== "completed"
              ? refuse("work_not_completed", "A repair is resolved when its work is completed")
              : pass,
          )
          .map(() => ({ status: "resolved" as const })),
      )
      .with({ type: "follow_up_done" }, () =>
        state.status === "resolved"
          ? ok({})
          : refuse("not_resolved", "A follow-up visit comes after resolution"),
      )
      .with({ type: "reopened" }, () =>
        isOpen(state)
          ? refuse("not_resolved", "Only a resolved or closed case is reopened")
          : ok({
              status: state.assignee === null ? ("received" as const) : ("in_progress" as const),
              cycle: state.cycle + 1,
              planProposed: false,
              work: "none" as const,
            }),
      )
      .with({ type: "paused" }, (e) => requireOpen(state).map(() => ({ pausedSince: e.at })))
      .with({ type: "resumed" }, () =>
        state.pausedSince === null
          ? refuse("not_paused", "The case is not paused")
          : ok({ pausedSince: null }),
      )
      .with({ type: "priority_changed" }, (e) => ok({ priority: e.priority }))
      .with({ type: "tier_changed" }, (e) => ok({ tier: e.tier }))
      .with({ type: "closed" }, () =>
        state.status === "resolved" || (isOpen(state) && state.review?.valid === false)
          ? ok({ status: "closed" as const })
          : refuse(
              "not_resolved",
              "A case is closed after resolution (or, for an invalid complaint, after review)",
            ),
      )
      .with({ type: "cancelled" }, () =>
        requireOpen(state).map(() => ({ status: "cancelled" as const, pausedSince: null })),
      )
      .with({ type: "comment" }, () => ok({}))
      .exhaustive(),
  );
}
