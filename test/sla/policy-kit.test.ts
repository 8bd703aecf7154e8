/**
 * Every rule of the preset `residentialServiceStandard`, pinned with the policy test kit the way a
 * host team pins its own policy: short event scripts, evaluated at a given wall time in Shanghai.
 * Each expected value is worked out by hand in the comment above it (office calendar: 09:00–18:00
 * Mon–Fri; 2025 National Day holiday Wed 10-01 … Wed 10-08; make-up working days Sun 09-28 and
 * Sat 10-11).
 */
import { parsePolicy, residentialServiceStandard } from "kefu/sla";
import { evaluateScenario, type ScenarioOptions } from "kefu/testing";
import { slaMatchers } from "kefu/testing/vitest";
import { describe, expect, it } from "vitest";

expect.extend(slaMatchers);

const standard = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
const at = (script: string, now: string, options?: ScenarioOptions) =>
  evaluateScenario(standard, script, now, options);

describe("residentialServiceStandard, pinned with kefu/testing", () => {
  it("covers all nine targets", () => {
    expect(standard.targets.map((t) => t.id)).toEqual([
      "inquiry-feedback",
      "complaint-plan",
      "after-sales-confirmation",
      "reply-within-24h",
      "follow-up-after-installation",
      "follow-up-after-delivery",
      "follow-up-after-repair",
      "sales-documents-handover",
      "job-documents-handover",
    ]);
  });

  describe("inquiry-feedback: 24 elapsed hours, pausable", () => {
    const inquiry = `
      received at 2025-11-03 10:00 kind=inquiry subtype=after_sale channel=wechat
      paused at 2025-11-03 11:00 reason="waiting for the purchase contract"
      resumed at 2025-11-04 09:00
      first feedback at 2025-11-04 15:00
    `;

    it("a pause freezes the clock and moves the due time", () => {
      // Mon 18:00: 1 h used before the pause, 23 h frozen, no due time, nothing scheduled.
      expect(at(inquiry, "2025-11-03 18:00")).toHaveSlaTarget("inquiry-feedback", {
        state: "paused",
        dueAt: null,
        elapsedMs: "1h",
        remainingMs: "23h",
        nextChangeAt: null,
      });
      // Paused Mon 11:00 → Tue 09:00 = 22 h, so due Mon 10:00 + 24 h + 22 h = Wed 08:00. Fed back
      // Tue 15:00: 1 h + 6 h = 7 h used, 17 h to spare.
      expect(at(inquiry, "2025-11-04 16:00")).toMeetSlaTarget("inquiry-feedback", {
        dueAt: "2025-11-05 08:00",
        elapsedMs: "7h",
        remainingMs: "17h",
        pausedMs: "22h",
      });
    });

    it("without feedback it breaches one millisecond after the 24 hours", () => {
      const silent = "received at 2025-11-03 10:00 kind=inquiry subtype=pre_sale channel=website";
      // Due Tue 10:00 (inclusive); 90% of 24 h = 21h36m → Tue 07:36 is the last warning.
      expect(at(silent, "2025-11-04 08:00")).toHaveSlaTarget("inquiry-feedback", {
        state: "running",
        warningLevel: 3,
        nextChangeAt: "2025-11-04 10:00:00.001",
      });
      expect(at(silent, "2025-11-04 10:00")).toHaveSlaTarget("inquiry-feedback", { state: "running" });
      expect(at(silent, "2025-11-04 10:00:00.001")).toBreachSlaTarget("inquiry-feedback", {
        dueAt: "2025-11-04 10:00",
      });
    });
  });

  describe("a complaint received on the eve of the National Day holiday 2025", () => {
    // Tue 2025-09-30 17:20 by hotline: complaint-plan (48 elapsed hours) and reply-within-24h.
    const complaint = `
      received at 2025-09-30 17:20 kind=complaint channel=hotline by=agent-li
      assigned at +5m assignee=agent-wang department=customer_service
      first feedback at 2025-10-01 09:00
      complaint reviewed at 2025-10-02 10:00 reason="leak confirmed"
      transferred at 2025-10-02 11:00 assignee=agent-chen department=production_engineering
      plan proposed at 2025-10-03 09:00
    `;

    it("holidays do not stop elapsed clocks", () => {
      // Wed 10-01 08:00: 14h40m used. Plan: < 50% of 48 h, the 50% warning at +24 h = Wed 17:20.
      // Reply: past 50% of 24 h (12 h), the 75% warning at +18 h = Wed 11:20.
      const holidayMorning = at(complaint, "2025-10-01 08:00");
      expect(holidayMorning).toHaveSlaTarget("complaint-plan", {
        state: "running",
        dueAt: "2025-10-02 17:20",
        warningLevel: 0,
        nextChangeAt: "2025-10-01 17:20",
      });
      expect(holidayMorning).toHaveSlaTarget("reply-within-24h", {
        state: "running",
        dueAt: "2025-10-01 17:20",
        warningLevel: 1,
        nextChangeAt: "2025-10-01 11:20",
      });
      expect(holidayMorning).toHaveNoSlaBreaches();
    });

    it("the reply is met by the duty agent; the plan is late and lands on the engineer", () => {
      // Thu 12:00: plan 42h40m used, 5h20m left, the 90% warning at +43h12m = Thu 12:32.
      expect(at(complaint, "2025-10-02 12:00")).toHaveSlaTarget("complaint-plan", {
        state: "running",
        warningLevel: 2,
        remainingMs: "5h20m",
        nextChangeAt: "2025-10-02 12:32",
      });
      const friday = at(complaint, "2025-10-03 10:00");
      // Reply Wed 09:00: 15h40m after receipt; agent-wang held the case from 17:25.
      expect(friday).toMeetSlaTarget("reply-within-24h", {
        elapsedMs: "15h40m",
        attribution: { agent: "agent-wang", department: "customer_service" },
      });
      // Plan Fri 09:00, due Thu 17:20: 15h40m late; at Thu 17:20:00.001 agent-chen held it.
      expect(friday).toBreachSlaTarget("complaint-plan", {
        stoppedAt: "2025-10-03 09:00",
        remainingMs: "-15h40m",
        attribution: { agent: "agent-chen", department: "production_engineering" },
      });
      expect(friday).not.toHaveNoSlaBreaches();
    });
  });

  describe("after-sales-confirmation: content and time confirmed within 24 elapsed hours", () => {
    const repair = (confirmedAt: string) => `
      received at 2025-10-09 10:00 kind=repair subtype=paid channel=website
      service confirmed at ${confirmedAt} content="replace the valve" scheduledAt=+1d
    `;

    it("the limit is inclusive", () => {
      // Thu 10:00 + 24 h = Fri 10:00 exactly: met; one millisecond later: breached.
      expect(at(repair("2025-10-10 10:00"), "2025-10-12 00:00")).toMeetSlaTarget("after-sales-confirmation", {
        remainingMs: 0,
      });
      expect(at(repair("2025-10-10 10:00:00.001"), "2025-10-12 00:00")).toBreachSlaTarget(
        "after-sales-confirmation",
        { remainingMs: "-1ms" },
      );
    });

    it("a request by website is not a call or a letter", () => {
      expect(at(repair("2025-10-10 10:00"), "2025-10-12 00:00")).not.toHaveSlaTarget("reply-within-24h");
    });
  });

  describe("reply-within-24h: repairs and complaints by phone, hotline or letter", () => {
    it("applies to a repair request by letter, and breaches without a reply", () => {
      const letter = "received at 2025-10-09 10:00 kind=repair subtype=warranty channel=letter";
      // Two targets: the confirmation and the reply, both due Fri 10:00.
      const outcome = at(letter, "2025-10-10 10:00:00.001");
      expect(outcome).toBreachSlaTarget("reply-within-24h", { dueAt: "2025-10-10 10:00" });
      expect(outcome).toBreachSlaTarget("after-sales-confirmation", { dueAt: "2025-10-10 10:00" });
    });

    it("a pause before the due time moves it", () => {
      const paused = `
        received at 2025-10-09 10:00 kind=complaint channel=phone
        paused at +2h, resumed at +3h, first feedback at 2025-10-10 12:30
      `;
      // Paused 12:00–15:00: due Fri 10:00 + 3 h = 13:00; replied 12:30 → met, 30 min to spare.
      expect(at(paused, "2025-10-11 00:00")).toMeetSlaTarget("reply-within-24h", {
        dueAt: "2025-10-10 13:00",
        pausedMs: "3h",
        remainingMs: "30m",
      });
    });
  });

  describe("follow-up windows are local dates", () => {
    const followUp = (subtype: string, received: string, called?: string) =>
      [
        `received at ${received} kind=follow_up subtype=${subtype}`,
        `registered at +30m`,
        ...(called === undefined ? [] : [`resolved at ${called}`]),
      ].join("\n");

    it("after an installation: 2–3 days", () => {
      // Received Mon 11-03 → opens Wed 11-05 00:00, due Thu 11-06 23:59:59.999.
      const open = at(followUp("after_installation", "2025-11-03 10:00"), "2025-11-04 12:00");
      expect(open).toHaveSlaTarget("follow-up-after-installation", {
        state: "running",
        windowOpensAt: "2025-11-05 00:00",
        dueAt: "2025-11-06 23:59:59.999",
        nextChangeAt: "2025-11-05 00:00",
      });
      const when = (called: string) =>
        at(followUp("after_installation", "2025-11-03 10:00", called), "2025-11-10 00:00");
      expect(when("2025-11-04 16:00")).toHaveSlaTarget("follow-up-after-installation", { state: "early" });
      expect(when("2025-11-05 00:00")).toMeetSlaTarget("follow-up-after-installation");
      expect(when("2025-11-06 23:59:59.999")).toMeetSlaTarget("follow-up-after-installation");
      expect(when("2025-11-07 00:00")).toBreachSlaTarget("follow-up-after-installation");
    });

    it("after a delivery (7DC): 7–10 days, through the National Day holiday", () => {
      // Picked up Fri 09-26: D+7 = Fri 10-03, D+10 = Mon 10-06; holidays do not matter.
      const delivery = at(
        followUp("after_delivery", "2025-09-26 15:00", "2025-10-04 10:00"),
        "2025-10-10 00:00",
      );
      expect(delivery).toMeetSlaTarget("follow-up-after-delivery", {
        windowOpensAt: "2025-10-03 00:00",
        dueAt: "2025-10-06 23:59:59.999",
      });
    });

    it("after a repair (3DC): 3–5 days", () => {
      // Job done Thu 10-09: D+3 = Sun 10-12, D+5 = Tue 10-14.
      const repair = at(followUp("after_repair", "2025-10-09 10:00", "2025-10-15 09:00"), "2025-10-20 00:00");
      expect(repair).toBreachSlaTarget("follow-up-after-repair", {
        windowOpensAt: "2025-10-12 00:00",
        dueAt: "2025-10-14 23:59:59.999",
      });
    });
  });

  describe("document hand-overs count working days, across the make-up Saturday 2025-10-11", () => {
    const handover = (subtype: string, registered?: string) =>
      [
        `received at 2025-10-10 15:00 kind=follow_up subtype=${subtype} by=agent-zhou`,
        "assigned at +5m assignee=agent-sun department=sales_marketing",
        ...(registered === undefined ? [] : [`registered at ${registered}`]),
      ].join("\n");

    it("sales documents within 2 working days of delivery", () => {
      // Fri 10-10 does not count; working dates after it: Sat 10-11 (make-up), then Mon 10-13.
      // Due Mon 18:00; the limit is Fri 15–18 + Sat 9 h + Mon 9 h = 21 business hours; 50% is
      // 10.5 h in: Fri 3 h + Sat 7.5 h → Sat 16:30.
      expect(at(handover("after_delivery"), "2025-10-11 09:00")).toHaveSlaTarget("sales-documents-handover", {
        state: "running",
        dueAt: "2025-10-13 18:00",
        limitMs: "21h",
        nextChangeAt: "2025-10-11 16:30",
      });
      expect(at(handover("after_delivery", "2025-10-11 10:00"), "2025-10-14 00:00")).toMeetSlaTarget(
        "sales-documents-handover",
      );
      // Tue 09:00 is after the due time although no working time passed since Mon 18:00.
      expect(at(handover("after_delivery", "2025-10-14 09:00"), "2025-10-15 00:00")).toBreachSlaTarget(
        "sales-documents-handover",
        { remainingMs: "0", attribution: { agent: "agent-sun", department: "sales_marketing" } },
      );
    });

    it("job documents within 1 working day: the make-up Saturday itself", () => {
      // Fri 10-10 15:00 + 1 working day = Sat 10-11 18:00: Fri 3 h + Sat 9 h = 12 business hours.
      expect(at(handover("after_repair"), "2025-10-11 18:00:00.001")).toBreachSlaTarget(
        "job-documents-handover",
        {
          dueAt: "2025-10-11 18:00",
          limitMs: "12h",
        },
      );
      expect(at(handover("after_repair", "2025-10-11 17:59"), "2025-10-12 00:00")).toMeetSlaTarget(
        "job-documents-handover",
      );
    });

    it("job documents handed over across the National Day break", () => {
      // Tue 09-30 10:00: 10-01…10-08 are holidays (10-04/05 a weekend too), so the first working
      // date after Tuesday is Thu 10-09: due 18:00 that day.
      const repair = "received at 2025-09-30 10:00 kind=follow_up subtype=after_repair";
      expect(at(repair, "2025-10-05 12:00")).toHaveSlaTarget("job-documents-handover", {
        state: "running",
        dueAt: "2025-10-09 18:00",
      });
    });
  });
});
