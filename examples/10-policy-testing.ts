/**
 * 10 — Pinning a service policy in a test suite with the policy test kit.
 *
 * A team that changes its SLA policy wants tests that say, in the team's own words, what the
 * policy must do: "a complaint received on the eve of the holiday is due two days later, and a
 * plan on Friday morning is late". `kefu/testing` builds the case from a short script of events,
 * evaluates it at a wall time, and checks the outcome with a failure message a person can read.
 * (This example uses the framework-neutral API; `kefu/testing/vitest` adds vitest matchers.)
 */
import { parsePolicy, residentialServiceStandard } from "kefu/sla";
import {
  assertSlaTarget,
  buildCaseFromScript,
  checkNoSlaBreaches,
  checkSlaTarget,
  evaluateScenario,
  formatScenarioOutcome,
  parseCaseScript,
} from "kefu/testing";
import { check } from "./_check.js";

const standard = parsePolicy(residentialServiceStandard)._unsafeUnwrap();

// 1. A script: one step a line, "<event> at <time>", then key=value fields. Times are wall times
//    in the policy's zone (Asia/Shanghai), ISO instants with an offset, or "+2h" after the step
//    before. The kit fills in ids and the fields a step leaves out.
const complaint = `
  received at 2025-09-30 17:20 kind=complaint channel=hotline by=agent-li   # eve of National Day
  assigned at +5m assignee=agent-wang department=customer_service
  first feedback at 2025-10-01 09:00
  complaint reviewed at 2025-10-02 10:00 reason="leak confirmed"
  transferred at 2025-10-02 11:00 assignee=agent-chen department=production_engineering
  plan proposed at 2025-10-03 09:00
`;
const log = parseCaseScript(complaint, { timeZone: "Asia/Shanghai" })._unsafeUnwrap();
check(
  "the script's events",
  log.map((event) => event.type),
  ["received", "assigned", "first_feedback", "complaint_reviewed", "transferred", "plan_proposed"],
);

// The case goes through the real life cycle, so a script cannot build an impossible case.
const refused = buildCaseFromScript("received at 2025-10-09 10:00 kind=complaint\nplan proposed at +1h", {
  timeZone: "Asia/Shanghai",
});
check(
  "a plan before the review is refused",
  refused.isErr() ? [refused.error.code, refused.error.message] : [],
  [
    "case_rejected",
    'Step 2 ("plan proposed at +1h") is refused by the case (complaint_not_reviewed): A complaint is reviewed before it is handled',
  ],
);

// 2. Evaluate at a wall time. On the holiday morning both elapsed clocks run.
const holiday = evaluateScenario(standard, complaint, "2025-10-01 08:00", { caseId: "C-1" })._unsafeUnwrap();
console.log(formatScenarioOutcome(holiday));
check("no breach on the holiday morning", checkNoSlaBreaches(holiday)._unsafeUnwrap().pass, true);

// 3. Check a target against what the policy must do. Only the fields given are compared.
const friday = evaluateScenario(standard, complaint, "2025-10-03 10:00", { caseId: "C-1" });
const plan = checkSlaTarget(friday, "complaint-plan", {
  state: "breached",
  dueAt: "2025-10-02 17:20", // 48 elapsed hours after Tue 17:20
  remainingMs: "-15h40m", // the plan came Fri 09:00
  attribution: { agent: "agent-chen", department: "production_engineering" },
})._unsafeUnwrap();
check("the plan is breached, as pinned", plan.pass, true);

// 4. A wrong expectation fails with an account: which target, expected against actual, the trace.
const wrong = checkSlaTarget(friday, "complaint-plan", {
  state: "met",
  dueAt: "2025-10-03 17:20",
})._unsafeUnwrap();
check("a wrong expectation fails", wrong.pass, false);
check("… and says where", wrong.message.split("\n").slice(2, 4), [
  '  state: expected "met", actual "breached"',
  "  dueAt: expected Fri 2025-10-03 17:20, actual Thu 2025-10-02 17:20",
]);
console.log(wrong.message);

// 5. assertSlaTarget throws that account, for any test runner; it returns the result on success.
const reply = assertSlaTarget(friday, "reply-within-24h", { state: "met", elapsedMs: "15h40m" });
check("the reply was made by", reply.attribution?.agent, "agent-wang");
let thrown = "";
try {
  assertSlaTarget(friday, "complaint-plna");
} catch (error) {
  thrown = (error as Error).message;
}
check(
  "a typo in a target id is caught",
  thrown.startsWith('Policy residential-service-standard has no target "complaint-plna"'),
  true,
);
