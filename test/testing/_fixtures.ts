/** Shared helpers for the testing module's tests. */
import { parsePolicy, residentialServiceStandard, type SlaPolicy } from "kefu/sla";

/** Shanghai is UTC+8 all year (no DST since 1991): a wall time minus 8 hours is the instant. */
export const sh = (wall: string) => Date.parse(`${wall.replace(" ", "T")}+08:00`);
export const H = 3_600_000;
export const MIN = 60_000;

export const standard: SlaPolicy = parsePolicy(residentialServiceStandard)._unsafeUnwrap();

/** The complaint of docs/sla.md example 1: hotline, on the eve of the National Day holiday 2025. */
export const EVE_COMPLAINT = `
  received at 2025-09-30 17:20 kind=complaint channel=hotline by=agent-li
  assigned at 2025-09-30 17:25 assignee=agent-wang department=customer_service
  first feedback at 2025-10-01 09:00
  complaint reviewed at 2025-10-02 10:00 reason="leak confirmed"
  transferred at 2025-10-02 11:00 assignee=agent-chen department=production_engineering
  plan proposed at 2025-10-03 09:00
`;

/** The same complaint as a hand-written log, to compare the script with. */
export const EVE_COMPLAINT_LOG = [
  {
    type: "received",
    id: "e1",
    caseId: "C-1",
    at: "2025-09-30T17:20+08:00",
    channel: "hotline",
    kind: "complaint",
    by: "agent-li",
  },
  {
    type: "assigned",
    id: "e2",
    caseId: "C-1",
    at: "2025-09-30T17:25+08:00",
    assignee: "agent-wang",
    department: "customer_service",
  },
  { type: "first_feedback", id: "e3", caseId: "C-1", at: "2025-10-01T09:00+08:00" },
  {
    type: "complaint_reviewed",
    id: "e4",
    caseId: "C-1",
    at: "2025-10-02T10:00+08:00",
    valid: true,
    reason: "leak confirmed",
  },
  {
    type: "transferred",
    id: "e5",
    caseId: "C-1",
    at: "2025-10-02T11:00+08:00",
    assignee: "agent-chen",
    department: "production_engineering",
  },
  { type: "plan_proposed", id: "e6", caseId: "C-1", at: "2025-10-03T09:00+08:00" },
] as const;

/** A policy whose only business calendar has no working time at all. */
export const closedPolicy: SlaPolicy = parsePolicy({
  id: "closed",
  timeZone: "Asia/Shanghai",
  calendars: { never: { timeZone: "Asia/Shanghai", weekly: {} } },
  targets: [
    {
      id: "reply",
      label: "Reply within 4 business hours",
      start: ["received"],
      stop: ["first_feedback"],
      clock: { business: "never" },
      deadline: { hours: 4 },
    },
  ],
})._unsafeUnwrap();
