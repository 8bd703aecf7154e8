/**
 * 09 — Proactive care: greetings, reminders and follow-up visits as dated tasks.
 *
 * Care rules are data. `planCare` turns them and the customer files into dated tasks with windows
 * (opens … due), merges one customer's overlapping windows into one call, moves them onto the
 * working dates of a business calendar and explains each one; `assessCare` reports what was done
 * on time, early, late or missed.
 */
import { calendarFromPreset, cnMainlandPreset } from "kefu/calendar";
import { assessCare, computeFestivalDate, parseCareRules, planCare } from "kefu/care";
import { parseCustomer } from "kefu/customers";
import { check } from "./_check.js";

// Lunar festivals come from a compact table for 1901–2099, never from the host's Intl calendar.
check("Spring Festival 2027", computeFestivalDate("spring_festival", 2027)._unsafeUnwrap(), "2027-02-06");
check("Mid-Autumn 2025", computeFestivalDate("mid_autumn", 2025)._unsafeUnwrap(), "2025-10-06");

// The service centre's rules: windows default to the source documents' (birthday 2–7 days
// before, 7–10 days after a vehicle delivery, …); visits per tier come from the entitlements.
const rules = parseCareRules({
  timeZone: "Asia/Shanghai",
  priorityByTier: { A: "high", B: "normal" },
  rules: [
    { id: "visit", kind: "key_account_visit", visitEvery: { A: { months: 1 }, B: { months: 3 } } },
    { id: "birthday", kind: "birthday" },
    { id: "holidays", kind: "holiday", holidays: ["national_day", "mid_autumn", "double_ninth"] },
    { id: "7dc", kind: "follow_up", after: "delivery", unitTypes: ["vehicle"] },
    { id: "3dc", kind: "follow_up", after: "repair" },
  ],
})._unsafeUnwrap();

const zhang = parseCustomer({
  id: "C-001",
  name: "张三",
  type: "person",
  tier: "A",
  birthday: "1980-10-19",
  units: [{ type: "vehicle", id: "V-1", vin: "LSVAA4182E2123456", deliveredOn: "2025-10-09" }],
})._unsafeUnwrap();
const li = parseCustomer({
  id: "C-002",
  name: "李四",
  type: "person",
  birthday: "2000-02-29",
})._unsafeUnwrap();

// Office hours on the mainland-China calendar (National Day break 10-01 … 10-08, make-up 10-11).
const DAY = [["09:00", "18:00"]] as const;
const office = calendarFromPreset(cnMainlandPreset, {
  weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
})._unsafeUnwrap();

const plan = planCare(
  rules,
  [zhang, li],
  { from: "2025-10-13", to: "2025-10-19" },
  {
    calendar: office,
    events: [{ customerId: "C-001", type: "repair", at: "2025-10-13T18:30:00Z", caseId: "R-9" }],
    explain: true, // fill each task's `steps` (off by default: a year for 100,000 customers is faster without)
  },
)._unsafeUnwrap();

// This week's tasks. Zhang's birthday (10-19: greet 10-12 … 10-17), the 7DC call after the
// delivery on 10-09 (10-16 … 10-19), the 3DC call after the repair (10-17 … 10-19; the repair at
// 18:30Z on 10-13 was 02:30 on 10-14 in Shanghai) and the monthly visit (October, from 10-09 after
// the break) meet on Friday 10-17, the one working date in all four windows: one visit covers them.
check(
  "this week",
  plan.tasks.map(
    (t) =>
      `${t.customerId} ${t.opens}…${t.due} ${t.channel} ${t.priority} ${t.reasons.map((r) => r.ruleId).join("+")}`,
  ),
  ["C-001 2025-10-17…2025-10-17 visit high visit+birthday+7dc+3dc"],
);
const merged = plan.tasks[0];
check("why", merged?.steps.at(-1), "channel visit (rule visit); priority high from tier A");

// Completion: given the calls made, what was on time, early, late or missed?
const report = assessCare(plan, [{ customerId: "C-001", on: "2025-10-16" }], {
  asOf: "2025-10-20",
})._unsafeUnwrap();
check("completion: visited a day early", report.tasks[0]?.outcome, "early");
check("counts", report.counts, { on_time: 0, early: 1, late: 0, missed: 0, open: 0, upcoming: 0 });
