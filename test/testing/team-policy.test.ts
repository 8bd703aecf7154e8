// test/sla/hotline-policy.test.ts — a property-management team pins its own hotline policy.
import { calendarFromPreset, cnMainlandPreset } from "kefu/calendar";
import { parsePolicy } from "kefu/sla";
import { evaluateScenario } from "kefu/testing";
import { slaMatchers } from "kefu/testing/vitest";
import { describe, expect, it } from "vitest";

expect.extend(slaMatchers);

// Our office: 09:00–18:00 Monday to Friday, mainland China's holidays and make-up working days.
const nine = [["09:00", "18:00"]] as const;
const office = calendarFromPreset(cnMainlandPreset, {
  weekly: { mon: nine, tue: nine, wed: nine, thu: nine, fri: nine },
})._unsafeUnwrap();

// Our policy, as it is stored in the settings database.
const hotline = parsePolicy(
  {
    id: "property-hotline",
    timeZone: "Asia/Shanghai",
    targets: [
      {
        id: "reply",
        label: "Reply within 4 business hours (urgent 1, high 2; VIPs in half the time)",
        start: ["received"],
        stop: ["first_feedback"],
        pause: ["paused"],
        resume: ["resumed"],
        clock: { business: "office" },
        deadline: { byPriority: { urgent: { hours: 1 }, high: { hours: 2 } }, default: { hours: 4 } },
        tierFactors: { VIP: 0.5 },
        escalations: [
          { level: 1, when: { percent: 90 }, notify: "supervisor" },
          { level: 2, when: { minutesAfterDue: 60 }, notify: "manager" },
        ],
      },
      {
        id: "repair-visit",
        label: "A repair visit starts within 2 working days",
        appliesTo: { kinds: ["repair"] },
        start: ["received"],
        stop: ["work_started"],
        clock: { workingDays: "office" },
        deadline: { days: 2 },
      },
    ],
  },
  { calendars: { office } },
)._unsafeUnwrap();

// Every scenario below is a call to the hotline; the script's times are Shanghai wall times.
const scenario = (script: string, now: string) =>
  evaluateScenario(hotline, script, now, { defaults: { channel: "hotline", by: "agent-li" } });

describe("property-hotline policy", () => {
  it("a Friday-afternoon call is answered on the make-up Sunday", () => {
    // Fri 2025-09-26 16:00: 2 h on Friday, then Sun 09-28 is a make-up working day: 2 h more.
    const call = scenario("received at 2025-09-26 16:00 kind=inquiry subtype=after_sale", "2025-09-27 12:00");
    expect(call).toHaveSlaTarget("reply", { state: "running", dueAt: "2025-09-28 11:00", remainingMs: "2h" });
  });

  it("VIPs get half the time", () => {
    const vip = scenario(
      "received at 2025-09-26 16:00 kind=inquiry subtype=after_sale tier=VIP",
      "2025-09-26 17:00",
    );
    expect(vip).toHaveSlaTarget("reply", { dueAt: "2025-09-26 18:00" });
  });

  it("raising the priority keeps the start and shortens the limit", () => {
    const raised = scenario(
      `received at 2025-11-03 09:00 kind=complaint
       priority changed at +30m priority=urgent
       first feedback at 2025-11-03 09:50`,
      "2025-11-03 12:00",
    );
    expect(raised).toMeetSlaTarget("reply", { dueAt: "2025-11-03 10:00", remainingMs: "10m" });
  });

  it("waiting for the owner pauses the clock in business time", () => {
    // Paused Thu 17:30 → Fri 10:00: 30 min on Thursday + 1 h on Friday = 1h30m of business time,
    // so the due time moves from Fri 12:00 to Fri 13:30.
    const waiting = scenario(
      `received at 2025-10-09 17:00 kind=repair subtype=warranty
       paused at 2025-10-09 17:30 reason="owner not at home"
       resumed at 2025-10-10 10:00`,
      "2025-10-10 10:00",
    );
    expect(waiting).toHaveSlaTarget("reply", {
      state: "running",
      dueAt: "2025-10-10 13:30",
      pausedMs: "1h30m",
      elapsedMs: "30m",
    });
  });

  it("escalates to the supervisor at 90% and to the manager an hour after the due time", () => {
    const silent = "received at 2025-11-03 09:00 kind=complaint";
    // 90% of 4 h is 3h36m: Mon 12:36. Due 13:00; an hour later, 14:00.
    expect(scenario(silent, "2025-11-03 12:35")).toHaveSlaTarget("reply", { escalationLevel: 0 });
    expect(scenario(silent, "2025-11-03 12:36")).toHaveSlaTarget("reply", {
      escalationLevel: 1,
      notify: ["supervisor"],
      nextChangeAt: "2025-11-03 13:00:00.001",
    });
    expect(scenario(silent, "2025-11-03 14:00")).toBreachSlaTarget("reply", {
      escalationLevel: 2,
      notify: ["supervisor", "manager"],
    });
  });

  it("a repair visit waits out the National Day break", () => {
    // Tue 09-30: 10-01…10-08 are holidays, so the two working days are Thu 10-09 and Fri 10-10.
    const repair = scenario(
      `received at 2025-09-30 10:00 kind=repair subtype=warranty
       first feedback at +1h
       work started at 2025-10-10 17:00`,
      "2025-10-11 00:00",
    );
    expect(repair).toMeetSlaTarget("repair-visit", { dueAt: "2025-10-10 18:00" });
    expect(repair).toHaveNoSlaBreaches();
    // An inquiry has no repair visit.
    expect(scenario("received at 2025-09-30 10:00 kind=inquiry subtype=pre_sale", "+1h")).not.toHaveSlaTarget(
      "repair-visit",
    );
  });
});
