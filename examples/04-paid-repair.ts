/**
 * 04 — A paid repair with a quote, classified from a WeChat message.
 *
 * Outside the free warranty scope, a repair is paid: a quote is agreed and approved by the
 * customer before work starts. The need arrives as free text; `classifyNeed` turns it into a case
 * kind, subtype and priority, telling warranty from paid by the unit's warranty end.
 */
import { applyEvent, type CaseState, classifyNeed, defaultNeedClassifier, describeCase, replay } from "kefu";
import { check } from "./_check.js";

const need = classifyNeed(defaultNeedClassifier, {
  channel: "wechat",
  text: "热水器坏了，没有热水",
  date: "2025-10-09",
  warrantyEndsOn: "2025-06-30",
})._unsafeUnwrap();
check(
  "classified",
  [need.kind, need.subtype, need.priority, need.warranty],
  ["repair", "paid", "normal", "expired"],
);
check("decided by", need.matchedBy, { source: "keyword", keyword: "坏了" });

const caseId = "R-2025-1009-004";
let repair: CaseState = replay([
  {
    type: "received",
    id: "r1",
    caseId,
    at: "2025-10-09T08:50:00+08:00",
    channel: need.channel,
    kind: need.kind,
    subtype: need.subtype ?? "paid",
    priority: need.priority,
    by: "agent-chen",
  },
])._unsafeUnwrap();

function record(event: Record<string, unknown>): string {
  const next = applyEvent(repair, { caseId, ...event });
  if (next.isErr()) return next.error.code;
  repair = next.value;
  return "ok";
}

record({
  type: "assigned",
  id: "r2",
  at: "2025-10-09T09:00+08:00",
  assignee: "tech-sun",
  department: "after_sales",
});
check(
  "service content and time confirmed",
  record({
    type: "service_confirmed",
    id: "r3",
    at: "2025-10-09T09:30+08:00",
    content: "replace the heater's thermostat",
    scheduledAt: "2025-10-10T14:00+08:00",
  }),
  "ok",
);
check(
  "quote issued",
  record({
    type: "quote_issued",
    id: "r4",
    at: "2025-10-09T09:40+08:00",
    quoteId: "Q-88",
    amount: { amount: 38_000, currency: "CNY" },
  }),
  "ok",
);

// No work on a paid repair before the customer approves the quote.
check(
  "work before approval",
  record({ type: "work_started", id: "r5", at: "2025-10-10T14:00+08:00" }),
  "quote_not_approved",
);
check(
  "approving another quote",
  record({ type: "quote_approved", id: "r5", at: "2025-10-09T20:00+08:00", quoteId: "Q-99" }),
  "unknown_quote",
);
check(
  "customer approves Q-88",
  record({ type: "quote_approved", id: "r6", at: "2025-10-09T20:00+08:00", quoteId: "Q-88" }),
  "ok",
);
check("work started", record({ type: "work_started", id: "r7", at: "2025-10-10T14:00+08:00" }), "ok");
check(
  "resolving before the work is done",
  record({ type: "resolved", id: "r8", at: "2025-10-10T14:30+08:00" }),
  "work_not_completed",
);
record({ type: "work_completed", id: "r9", at: "2025-10-10T15:10+08:00" });
check("resolved", record({ type: "resolved", id: "r10", at: "2025-10-10T15:15+08:00" }), "ok");

check("quote", repair.quote, { id: "Q-88", amount: { amount: 38_000, currency: "CNY" }, approved: true });
check(
  "resolution time (minutes): 30 h 25 min",
  (describeCase(repair).cycles[0]?.resolutionMs ?? 0) / 60_000,
  1_825,
);
