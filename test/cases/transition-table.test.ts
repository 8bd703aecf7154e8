import { applyEvent, CASE_EVENT_TYPES, type CaseEventType, replay } from "kefu/cases";
import { describe, expect, it } from "vitest";
import { KINDS, type KindName, logTo, STATUSES, type StatusName, sample } from "./_events";

// The life cycle as a table, written from the processes in the source documents (not from the
// code): for every kind × status × event, "ok" or the exact error code. Statuses are fixtures:
// received (nobody assigned), in_progress (assigned), paused (assigned, then paused), resolved
// (by the kind's legal path), closed, cancelled.

type Outcome = string;
type ByKind = Partial<Record<KindName, Outcome>> & { other?: Outcome };
type Row = Partial<Record<StatusName, Outcome | ByKind>>;

const OPEN = ["received", "in_progress"] as const;
/** The same outcome in received and in_progress. */
const whileOpen = (outcome: Outcome | ByKind): Row => Object.fromEntries(OPEN.map((s) => [s, outcome]));

const SPEC: Record<CaseEventType, Row> = {
  received: {
    received: "already_received",
    in_progress: "already_received",
    paused: "already_received",
    resolved: "already_received",
    closed: "already_received",
    cancelled: "already_received",
  },
  registered: { ...whileOpen("ok"), paused: "ok", resolved: "case_resolved" },
  classified: { ...whileOpen("ok"), paused: "ok", resolved: "case_resolved" },
  assigned: {
    received: "ok",
    in_progress: "already_assigned",
    paused: "already_assigned",
    resolved: "case_resolved",
  },
  transferred: { received: "not_assigned", in_progress: "ok", paused: "ok", resolved: "case_resolved" },
  first_feedback: { ...whileOpen("ok"), paused: "ok", resolved: "case_resolved" },
  complaint_reviewed: {
    ...whileOpen({ complaint: "ok", other: "not_applicable_to_kind" }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  plan_proposed: {
    ...whileOpen({ complaint: "complaint_not_reviewed", other: "ok" }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  service_confirmed: {
    ...whileOpen({ warrantyRepair: "ok", paidRepair: "ok", other: "not_applicable_to_kind" }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  quote_issued: {
    ...whileOpen({ paidRepair: "ok", other: "not_applicable_to_kind" }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  quote_approved: {
    ...whileOpen({ paidRepair: "no_quote", other: "not_applicable_to_kind" }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  work_started: {
    ...whileOpen({
      inquiry: "not_applicable_to_kind",
      followUp: "not_applicable_to_kind",
      complaint: "complaint_not_reviewed",
      warrantyRepair: "ok",
      paidRepair: "quote_not_approved",
      defect: "ok",
    }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  work_completed: {
    ...whileOpen({
      inquiry: "not_applicable_to_kind",
      followUp: "not_applicable_to_kind",
      other: "work_not_started",
    }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  resolved: {
    ...whileOpen({
      complaint: "complaint_not_reviewed",
      warrantyRepair: "work_not_completed",
      paidRepair: "work_not_completed",
      other: "ok",
    }),
    paused: "case_paused",
    resolved: "case_resolved",
  },
  follow_up_done: { ...whileOpen("not_resolved"), paused: "case_paused", resolved: "ok" },
  reopened: { ...whileOpen("not_resolved"), paused: "case_paused", resolved: "ok", closed: "ok" },
  paused: { ...whileOpen("ok"), paused: "already_paused", resolved: "case_resolved" },
  resumed: { ...whileOpen("not_paused"), paused: "ok", resolved: "not_paused" },
  priority_changed: { ...whileOpen("ok"), paused: "ok", resolved: "ok" },
  tier_changed: { ...whileOpen("ok"), paused: "ok", resolved: "ok" },
  closed: { ...whileOpen("not_resolved"), paused: "case_paused", resolved: "ok" },
  cancelled: { ...whileOpen("ok"), paused: "ok", resolved: "case_resolved" },
  comment: { ...whileOpen("ok"), paused: "ok", resolved: "ok" },
};

function expected(event: CaseEventType, status: StatusName, kind: KindName): Outcome {
  if (event === "received") return "already_received";
  if (status === "cancelled") return "case_cancelled";
  if (status === "closed" && event !== "reopened") return "case_closed";
  const cell = SPEC[event][status];
  if (cell === undefined) throw new Error(`no spec for ${event} in ${status}`);
  return typeof cell === "string" ? cell : (cell[kind] ?? cell.other ?? "missing");
}

const kinds = Object.keys(KINDS) as KindName[];
const cells = kinds.flatMap((kind) =>
  STATUSES.flatMap((status) => CASE_EVENT_TYPES.map((event) => [kind, status, event] as const)),
);

describe("the case life cycle, exhaustively", () => {
  it("covers every kind × status × event", () => {
    expect(cells).toHaveLength(6 * 6 * 23);
  });

  it.each(cells)("%s case, %s, %s", (kind, status, event) => {
    const state = replay(logTo(kind, status))._unsafeUnwrap();
    expect(state.status).toBe(status === "paused" ? "in_progress" : status);
    // A classification restates the kind (here unchanged, with a new priority).
    const extra = event === "classified" ? { ...KINDS[kind], priority: "high" } : {};
    const result = applyEvent(state, sample(event, 100, extra));
    const outcome = result.isOk() ? "ok" : result.error.code;
    expect(outcome).toBe(expected(event, status, kind));
  });
});
