/**
 * Demo section for kefu/care: this week's proactive-care tasks at a residential developer's
 * service centre (week of Mon 2025-10-13, just after the National Day break), deterministic.
 */
import { calendarFromPreset, cnMainlandPreset } from "kefu/calendar";
import { parseCareRules, planCare } from "kefu/care";
import type { CaseState } from "kefu/cases";
import type { Customer } from "kefu/customers";
import { type DemoSection, padColumns } from "./demo-data.js";

const DAY = [["09:00", "18:00"]] as const;

/**
 * The care section: the tasks due in the week of `monday` for the dataset's owners (greetings,
 * visits, and follow-ups after the month's repairs, read from the case logs), and why.
 */
export function careDemoSection(
  customers: readonly Customer[],
  cases: readonly CaseState[],
  monday: string,
  sunday: string,
): DemoSection {
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
  const names = new Map(customers.map((c) => [c.id, c.name]));
  // Follow-ups owed after repairs: the instant each repair case's work was completed.
  const repairs = cases.flatMap((c) => {
    const received = c.events[0];
    const done = c.events.find((e) => e.type === "work_completed");
    return received?.type === "received" && received.customerId !== undefined && done !== undefined
      ? [{ customerId: received.customerId, type: "repair" as const, at: done.at, caseId: c.id }]
      : [];
  });
  const plan = planCare(
    rules,
    customers,
    { from: monday, to: sunday },
    { calendar: office, events: repairs, explain: true },
  )._unsafeUnwrap();
  const byReason = new Map<string, number>();
  for (const task of plan.tasks)
    for (const reason of task.reasons) byReason.set(reason.label, (byReason.get(reason.label) ?? 0) + 1);
  const lines = [
    `${plan.tasks.length} tasks for ${customers.length} owners: ${[...byReason].map(([label, n]) => `${n} × ${label}`).join(" · ")}`,
    `${"id".padEnd(10)}${"window".padEnd(22)}${"channel".padEnd(8)}${"prio".padEnd(7)}customer: reasons (the first 12)`,
  ];
  for (const task of plan.tasks.slice(0, 12)) {
    const window = task.opens === task.due ? task.due : `${task.opens} … ${task.due.slice(5)}`;
    const reasons = task.reasons.map((r) => r.label).join(" + ");
    const who = names.get(task.customerId) ?? task.customerId;
    lines.push(
      `${task.customerId.padEnd(10)}${window.padEnd(22)}${task.channel.padEnd(8)}${task.priority.padEnd(7)}${padColumns(who, 6)}: ${reasons}`,
    );
  }
  const first = plan.tasks[0];
  if (first !== undefined) {
    lines.push(`Why the first task (${names.get(first.customerId)}):`);
    for (const step of first.steps) lines.push(`  - ${step}`);
  }
  return {
    title: `This week's proactive-care tasks (Mon ${monday} … Sun ${sunday}, office open Mon–Sat)`,
    lines,
    data: { week: { from: monday, to: sunday }, counts: Object.fromEntries(byReason), tasks: plan.tasks },
  };
}
