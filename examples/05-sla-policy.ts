/**
 * 05 — An SLA policy: define it as data, evaluate a case, read the report.
 *
 * Policies are plain data, validated once by `parsePolicy`. Evaluating a case at a given `now`
 * gives each target's state, due time and `nextChangeAt` — the one instant a host needs to wake
 * up at, instead of polling.
 */
import { evaluateCase, evaluateCases, parsePolicy, replay, residentialServiceStandard } from "kefu";
import { check } from "./_check.js";

// A team's own policy: replies within 4 business hours (2 for urgent cases, halved for VIPs).
const DAY = [["09:00", "18:00"]] as const;
const policy = parsePolicy({
  id: "hotline-team",
  timeZone: "Asia/Shanghai",
  calendars: {
    office: { timeZone: "Asia/Shanghai", weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY } },
  },
  targets: [
    {
      id: "reply",
      label: "Reply within 4 business hours",
      start: ["received"],
      stop: ["first_feedback"],
      pause: ["paused"],
      resume: ["resumed"],
      clock: { business: "office" },
      deadline: { byPriority: { urgent: { hours: 2 } }, default: { hours: 4 } },
      tierFactors: { VIP: 0.5 },
      escalations: [{ level: 1, when: { percent: 90 }, notify: "supervisor" }],
    },
  ],
})._unsafeUnwrap();

// Policy mistakes are caught before the policy goes live.
const typo = parsePolicy({
  id: "x",
  timeZone: "Asia/Shanghai",
  targets: [
    {
      id: "t",
      label: "t",
      start: ["received"],
      stop: ["received"],
      clock: "calendar",
      deadline: { hours: 1 },
    },
  ],
});
check("a clock that stops where it starts", typo.isErr() ? typo.error.code : "ok", "start_equals_stop");

const inquiry = replay([
  {
    type: "received",
    id: "e1",
    caseId: "Q-1",
    at: "2025-10-10T16:00:00+08:00",
    channel: "phone",
    kind: "inquiry",
    subtype: "after_sale",
    by: "agent-li",
  },
])._unsafeUnwrap();

// Friday 16:00 + 4 business hours: 2 hours on Friday, 2 on Monday.
const [reply] = evaluateCase(policy, inquiry, "2025-10-10T17:30:00+08:00")._unsafeUnwrap();
check("state", reply?.state, "running");
check("due", reply?.dueAt?.toISOString(), "2025-10-13T03:00:00.000Z");
check("fraction consumed", reply?.fractionConsumed, 0.375);
// The 50% warning is reached as Friday ends (2 of 4 business hours): wake then, not every minute.
check("wake me at (the 50% warning)", reply?.nextChangeAt?.toISOString(), "2025-10-10T10:00:00.000Z");

// Monday 11:30: past due by 30 minutes.
const [late] = evaluateCase(policy, inquiry, "2025-10-13T11:30:00+08:00")._unsafeUnwrap();
check("breached", [late?.state, late?.escalationLevel, late?.notify], ["breached", 1, ["supervisor"]]);

// The source documents' own rules are a preset; a report covers many cases at once.
const standard = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
const complaint = replay([
  {
    type: "received",
    id: "c1",
    caseId: "C-9",
    at: "2025-09-30T17:20:00+08:00",
    channel: "hotline",
    kind: "complaint",
    by: "agent-li",
  },
  {
    type: "assigned",
    id: "c2",
    caseId: "C-9",
    at: "2025-09-30T17:25:00+08:00",
    assignee: "agent-wang",
    department: "customer_service",
  },
  { type: "first_feedback", id: "c3", caseId: "C-9", at: "2025-09-30T18:00:00+08:00" },
])._unsafeUnwrap();
const report = evaluateCases(standard, [complaint], "2025-10-03T09:00:00+08:00")._unsafeUnwrap();
check("counts", [report.counts.met, report.counts.breached], [1, 1]);
check("reply attainment", report.byTarget["reply-within-24h"]?.attainment, 1);
check(
  "breaches",
  report.breaches.map((r) => `${r.caseId} ${r.targetId}`),
  ["C-9 complaint-plan"],
);
check("attributed to", report.breaches[0]?.attribution, {
  agent: "agent-wang",
  department: "customer_service",
});
