/** Test helpers: valid events of every type for one case, at increasing times. */
import type { CaseEventInput, CaseEventType } from "kefu/cases";

export const CASE_ID = "C-2025-0930-001";
const START = Date.parse("2025-09-30T17:20:00+08:00");

let counter = 0;
/** A fresh event id. */
export const nextId = () => `e${++counter}`;

/** An event of the given type with a valid payload; `minute` orders it in time. */
export function sample(
  type: CaseEventType,
  minute: number,
  extra: Record<string, unknown> = {},
): CaseEventInput {
  const base = { id: nextId(), caseId: CASE_ID, at: START + minute * 60_000, by: "agent-zhang" };
  const payloads: Record<CaseEventType, Record<string, unknown>> = {
    received: { channel: "hotline", kind: "inquiry", subtype: "after_sale", by: "agent-li" },
    registered: {},
    classified: {},
    assigned: { assignee: "agent-wang", department: "customer_service" },
    transferred: {
      assignee: "agent-zhao",
      department: "production_engineering",
      reason: "needs an engineer",
    },
    first_feedback: {},
    complaint_reviewed: { valid: true, reason: "leak confirmed on site" },
    plan_proposed: { plan: "replace the pipe joint" },
    service_confirmed: { content: "replace the pipe joint", scheduledAt: START + 86_400_000 },
    quote_issued: { quoteId: "Q1", amount: { amount: 38_000, currency: "CNY" } },
    quote_approved: { quoteId: "Q1" },
    work_started: {},
    work_completed: {},
    resolved: { resolution: "fixed" },
    follow_up_done: { rating: 5 },
    reopened: { reason: "leaking again" },
    paused: { reason: "waiting on the customer" },
    resumed: {},
    priority_changed: { priority: "high" },
    tier_changed: { tier: "A" },
    closed: {},
    cancelled: { reason: "customer withdrew" },
    comment: { text: "called the owner" },
  };
  return { ...base, ...payloads[type], type, ...extra } as CaseEventInput;
}

/** The kinds under test, as `received` payloads. */
export const KINDS = {
  inquiry: { kind: "inquiry", subtype: "after_sale" },
  complaint: { kind: "complaint", subtype: undefined },
  warrantyRepair: { kind: "repair", subtype: "warranty" },
  paidRepair: { kind: "repair", subtype: "paid" },
  followUp: { kind: "follow_up", subtype: "after_repair" },
  defect: { kind: "defect", subtype: undefined },
} as const;
export type KindName = keyof typeof KINDS;

/** The event types that lead a case of a kind, legally, to resolution. */
const TO_RESOLVED: Record<KindName, CaseEventType[]> = {
  inquiry: ["first_feedback", "resolved"],
  complaint: ["complaint_reviewed", "plan_proposed", "resolved"],
  warrantyRepair: ["work_started", "work_completed", "resolved"],
  paidRepair: ["quote_issued", "quote_approved", "work_started", "work_completed", "resolved"],
  followUp: ["resolved"],
  defect: ["resolved"],
};

/** Status fixtures: a log that brings a case of each kind to each status. */
export const STATUSES = ["received", "in_progress", "paused", "resolved", "closed", "cancelled"] as const;
export type StatusName = (typeof STATUSES)[number];

export function logTo(kind: KindName, status: StatusName): CaseEventInput[] {
  const paths: Record<StatusName, readonly CaseEventType[]> = {
    received: [],
    in_progress: ["assigned"],
    paused: ["assigned", "paused"],
    resolved: ["assigned", ...TO_RESOLVED[kind]],
    closed: ["assigned", ...TO_RESOLVED[kind], "closed"],
    cancelled: ["cancelled"],
  };
  const types = paths[status];
  return [sample("received", 0, KINDS[kind]), ...types.map((type, i) => sample(type, i + 1))];
}
