/**
 * Demo: unambiguous timestamps from four channels, and the service deadlines of the source
 * documents across the 2025 National Day break on a real business calendar.
 */
import {
  addWorkingDays,
  addWorkingTime,
  calendarFromPreset,
  cnMainlandPreset,
  create24x7Calendar,
  explainDeadline,
  parseInstant,
} from "kefu";
import { type DemoSection, must, shanghai } from "./demo-data.js";

/** Timestamps as channels send them: only those with an offset are accepted. */
export function instantsDemoSection(): DemoSection {
  const log = [
    { channel: "hotline", at: "2025-09-30T17:20:00+08:00", what: "complaint received: water leak in 3-1202" },
    { channel: "wechat", at: "2025-09-30T09:45:00Z", what: "first feedback to the owner" },
    { channel: "e-mail", at: "2025-10-08 10:00", what: "plan proposed" },
    { channel: "walk-in", at: 1759888800000, what: "plan confirmed by the owner" },
  ];
  const rows = log.map((entry) => {
    const at = parseInstant(entry.at);
    return {
      ...entry,
      accepted: at.isOk() ? new Date(at.value).toISOString() : null,
      error: at.isErr() ? at.error.code : null,
      message: at.isErr() ? at.error.message : null,
    };
  });
  return {
    title: "A complaint's log from four channels (timestamps must carry an offset)",
    lines: rows.map(
      (row) =>
        `${row.channel.padEnd(8)} ${row.what.padEnd(42)} ${row.accepted ?? `rejected: ${row.error} — ${row.message}`}`,
    ),
    data: rows,
  };
}

const weekdayHours = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
] as const;

/** The office calendar of the demo: mainland-China holidays and 调休, 09:00–12:00 and 13:00–18:00. */
export const office = must(
  calendarFromPreset(cnMainlandPreset, {
    weekly: { mon: weekdayHours, tue: weekdayHours, wed: weekdayHours, thu: weekdayHours, fri: weekdayHours },
  }),
);

/** Each time rule's deadline for a need received just before the break. */
export function deadlinesDemoSection(): DemoSection {
  const hotline = must(create24x7Calendar("Asia/Shanghai"));
  const rules = [
    {
      rule: "inquiry: feedback within 24 hours (elapsed)",
      at: "2025-09-30T17:20:00+08:00",
      due: (at: string) => addWorkingTime(hotline, at, { hours: 24 }),
    },
    {
      rule: "complaint: handling plan within 48 business hours",
      at: "2025-09-30T17:20:00+08:00",
      due: (at: string) => addWorkingTime(office, at, { hours: 48 }),
    },
    {
      rule: "after-sales: service confirmed within 24 business hours",
      at: "2025-09-29T10:05:00+08:00",
      due: (at: string) => addWorkingTime(office, at, { hours: 24 }),
    },
    {
      rule: "sales documents to customer service within 2 working days",
      at: "2025-09-30T15:00:00+08:00",
      due: (at: string) => addWorkingDays(office, at, 2),
    },
    {
      rule: "front desk job documents within 1 working day",
      at: "2025-10-10T16:30:00+08:00",
      due: (at: string) => addWorkingDays(office, at, 1),
    },
  ];
  const rows = rules.map(({ rule, at, due }) => ({
    rule,
    received: shanghai(new Date(must(parseInstant(at)))),
    due: shanghai(must(due(at))),
  }));
  const trace = must(explainDeadline(office, "2025-09-30T17:20:00+08:00", { hours: 48 }));
  const why = {
    stretches: trace.spans.length,
    holidaysSkipped: trace.holidays.length,
    makeUpDays: trace.makeUpDays.map((d) => d.date),
  };
  return {
    title:
      "Service deadlines across the 2025 National Day break (1–8 October; Saturday 11 October is a 调休 working day)",
    lines: [
      ...rows.map((row) => `${row.rule.padEnd(58)} received ${row.received}  due ${row.due}`),
      `why the complaint is due then: ${why.stretches} stretches of work counted, ${why.holidaysSkipped} holiday dates skipped, make-up day ${why.makeUpDays.join(", ")} counted`,
    ],
    data: { rules: rows, complaintDeadline: why },
  };
}
