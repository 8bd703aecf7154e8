/**
 * Demo section for kefu/care: this week's proactive-care tasks at a residential developer's
 * service centre (week of Mon 2025-10-13, just after the National Day break), deterministic.
 */
import { calendarFromPreset, cnMainlandPreset } from "kefu/calendar";
import { parseCareRules, planCare } from "kefu/care";
import { type CustomerInput, parseCustomer } from "kefu/customers";

const DAY = [["09:00", "18:00"]] as const;
const OWNERS: readonly CustomerInput[] = [
  {
    id: "C-101",
    name: "张伟",
    type: "person",
    tier: "A",
    birthday: "1978-10-18",
    units: [{ type: "apartment", id: "3-1202", unitNumber: "1202", deliveredOn: "2023-10-20" }],
  },
  {
    id: "C-102",
    name: "王芳",
    type: "person",
    tier: "B",
    birthday: "1990-10-21",
    units: [{ type: "apartment", id: "5-0801", unitNumber: "0801", deliveredOn: "2025-09-30" }],
  },
  {
    id: "C-103",
    name: "李娜",
    type: "person",
    tier: "B",
    birthday: "1985-03-02",
    units: [{ type: "product", id: "AC-7", model: "central air-conditioning", installedOn: "2025-10-11" }],
  },
  { id: "C-104", name: "Acme Trading", type: "organisation", tier: "A", keyAccount: true },
  { id: "C-105", name: "赵敏", type: "person", tier: "C", birthday: "1996-02-29" },
];

/** The printed lines of the care section: this week's tasks, one line each, and why. */
export function careDemoSection(): string[] {
  const rules = parseCareRules({
    timeZone: "Asia/Shanghai",
    priorityByTier: { A: "high", B: "normal", C: "low" },
    rules: [
      {
        id: "visit",
        kind: "key_account_visit",
        visitEvery: { A: { months: 1 }, B: { months: 3 } },
        audience: { keyAccount: true },
      },
      { id: "birthday", kind: "birthday" },
      { id: "handover", kind: "anniversary", source: "delivery", unitTypes: ["apartment"] },
      { id: "holidays", kind: "holiday", holidays: ["national_day", "mid_autumn", "double_ninth"] },
      { id: "install", kind: "follow_up", after: "installation" },
      {
        id: "delivery",
        kind: "follow_up",
        after: "delivery",
        unitTypes: ["apartment"],
        window: { from: 7, to: 14 },
      },
      { id: "repair", kind: "follow_up", after: "repair" },
    ],
  })._unsafeUnwrap();
  const office = calendarFromPreset(cnMainlandPreset, {
    weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY },
  })._unsafeUnwrap();
  const customers = OWNERS.map((c) => parseCustomer(c)._unsafeUnwrap());
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const plan = planCare(
    rules,
    customers,
    { from: "2025-10-13", to: "2025-10-19" },
    {
      calendar: office,
      events: [{ customerId: "C-105", type: "repair", at: "2025-10-10T07:00:00Z", caseId: "R-0412" }],
    },
  )._unsafeUnwrap();
  const lines = ["This week's proactive-care tasks (Mon 2025-10-13 … Sun 10-19, office open Mon–Sat)"];
  lines.push(
    `   ${"id".padEnd(7)}${"window".padEnd(22)}${"channel".padEnd(8)}${"prio".padEnd(7)}customer: reasons`,
  );
  for (const task of plan.tasks) {
    const window = task.opens === task.due ? task.due : `${task.opens} … ${task.due.slice(5)}`;
    const reasons = task.reasons.map((r) => r.label).join(" + ");
    const who = names.get(task.customerId) ?? task.customerId;
    lines.push(
      `   ${task.customerId.padEnd(7)}${window.padEnd(22)}${task.channel.padEnd(8)}${task.priority.padEnd(7)}${who}: ${reasons}`,
    );
  }
  const first = plan.tasks[0];
  if (first !== undefined) {
    lines.push(`   Why the first task (${names.get(first.customerId)}):`);
    for (const step of first.steps) lines.push(`     - ${step}`);
  }
  return lines;
}
