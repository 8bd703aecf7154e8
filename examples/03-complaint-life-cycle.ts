/**
 * 03 — A complaint from receipt to follow-up.
 *
 * The source documents' process: a complaint is registered on receipt, reviewed for authenticity
 * and validity, and only then is a handling plan proposed; after resolution a follow-up visit
 * confirms the owner is satisfied. The agent who first received it stays accountable
 * (首问负责制), even when the work moves to engineering.
 */
import { applyEvent, type CaseState, caseLabel, describeCase, replay } from "kefu";
import { check } from "./_check.js";

const caseId = "C-2025-0930-017";
let complaint: CaseState = replay([
  {
    type: "received",
    id: "e1",
    caseId,
    at: "2025-09-30T17:20:00+08:00",
    channel: "hotline",
    kind: "complaint",
    by: "agent-li",
    customerId: "owner-3-1202",
    summary: "Water leaking through the ceiling of 3-1202",
  },
])._unsafeUnwrap();

/** Appends an event, and reports a refusal instead of throwing. */
function record(event: Record<string, unknown>): string {
  const next = applyEvent(complaint, { caseId, ...event });
  if (next.isErr()) return next.error.code;
  complaint = next.value;
  return "ok";
}

check(
  "assigned to the service desk",
  record({
    type: "assigned",
    id: "e2",
    at: "2025-09-30T17:25+08:00",
    assignee: "agent-wang",
    department: "customer_service",
  }),
  "ok",
);
check(
  "first feedback to the owner",
  record({ type: "first_feedback", id: "e3", at: "2025-09-30T17:40+08:00" }),
  "ok",
);

// A plan before the review is refused — and the case is left exactly as it was.
check(
  "a plan before the review",
  record({ type: "plan_proposed", id: "e4", at: "2025-09-30T18:00+08:00" }),
  "complaint_not_reviewed",
);
check("events so far", complaint.events.length, 3);

check(
  "reviewed: valid",
  record({
    type: "complaint_reviewed",
    id: "e5",
    at: "2025-10-01T10:00+08:00",
    valid: true,
    reason: "leak from the unit above confirmed on site",
  }),
  "ok",
);
check(
  "handed to engineering",
  record({
    type: "transferred",
    id: "e6",
    at: "2025-10-01T10:30+08:00",
    assignee: "agent-zhao",
    department: "production_engineering",
  }),
  "ok",
);
check(
  "plan proposed",
  record({
    type: "plan_proposed",
    id: "e7",
    at: "2025-10-01T11:00+08:00",
    plan: "reseal the pipe above and repaint",
  }),
  "ok",
);
record({ type: "work_started", id: "e8", at: "2025-10-09T09:00+08:00" });
record({ type: "work_completed", id: "e9", at: "2025-10-09T16:00+08:00" });
check("resolved", record({ type: "resolved", id: "e10", at: "2025-10-09T16:30+08:00" }), "ok");
check(
  "follow-up visit, rated 5",
  record({ type: "follow_up_done", id: "e11", at: "2025-10-11T10:00+08:00", rating: 5 }),
  "ok",
);
check("closed", record({ type: "closed", id: "e12", at: "2025-10-11T10:05+08:00" }), "ok");

// First-contact responsibility: the owner never changed, the assignee did.
check("accountable owner", complaint.owner, "agent-li");
check("current assignee", complaint.assignee, "agent-zhao");
check("status label", caseLabel("status", complaint.status), "已关闭");

const view = describeCase(complaint);
check(
  "first feedback after (minutes)",
  ((view.firstFeedbackAt?.getTime() ?? 0) - view.receivedAt.getTime()) / 60_000,
  20,
);
check("resolved after (minutes): 8 days 23 h 10 min", (view.cycles[0]?.resolutionMs ?? 0) / 60_000, 12_910);
check(
  "follow-up ratings",
  view.followUps.map((f) => f.rating),
  [5],
);
