/**
 * kefu demo: the library's main job on realistic data. Run with `npm run demo`.
 * Each module that lands adds its section: unambiguous timestamps, exact money, and service
 * deadlines on a real business calendar.
 */
import {
  addMoney,
  addRational,
  addWorkingDays,
  addWorkingTime,
  allocateMoney,
  calendarFromPreset,
  cnMainlandPreset,
  create24x7Calendar,
  explainDeadline,
  formatMoney,
  formatRational,
  type Money,
  moneyFromDecimal,
  multiplyMoney,
  parseInstant,
  type Rational,
  ratio,
} from "kefu";

const line = (text = "") => console.log(text);
const must = <T>(result: { isOk(): boolean; _unsafeUnwrap(): T }): T => result._unsafeUnwrap();

line("kefu 客服 — demo");
line("================");
line();
line("1. A complaint's log from four channels (timestamps must carry an offset)");
const log = [
  { channel: "hotline", at: "2025-09-30T17:20:00+08:00", what: "complaint received: water leak in 3-1202" },
  { channel: "wechat", at: "2025-09-30T09:45:00Z", what: "first feedback to the owner" },
  { channel: "e-mail", at: "2025-10-08 10:00", what: "plan proposed" },
  { channel: "walk-in", at: 1759888800000, what: "plan confirmed by the owner" },
];
for (const entry of log) {
  const at = parseInstant(entry.at);
  const shown = at.isOk()
    ? new Date(at.value).toISOString()
    : `rejected: ${at.error.code} — ${at.error.message}`;
  line(`   ${entry.channel.padEnd(8)} ${entry.what.padEnd(42)} ${shown}`);
}

line();
line("2. Monthly pay of the customer-service specialists (2/3 fixed base + 1/3 performance)");
line("   Rater groups: own supervisor 50%, marketing 20%, production 20%, peers 10% (scores in points)");
const team = [
  { name: "Li Na", total: "9000.00", points: [45, 18, 17, 10] },
  { name: "Wang Lei", total: "9000.00", points: [41, 16, 15, 9] },
  { name: "Zhao Min", total: "8500.00", points: [48, 19, 18, 10] },
];
let payroll: Money = must(moneyFromDecimal("0", "CNY"));
for (const person of team) {
  const total = must(moneyFromDecimal(person.total, "CNY"));
  const [base, performancePart] = must(allocateMoney(total, [2, 1]));
  if (base === undefined || performancePart === undefined) throw new Error("two parts expected");
  const score: Rational = person.points.reduce(
    (sum: Rational, points) => addRational(sum, must(ratio(points))),
    must(ratio(0)),
  );
  const performancePay = must(multiplyMoney(performancePart, { num: score.num, den: score.den * 100n }));
  const pay = must(addMoney(base, performancePay));
  payroll = must(addMoney(payroll, pay));
  line(
    `   ${person.name.padEnd(9)} score ${formatRational(score, 0).padStart(3)}  base ${must(formatMoney(base)).padStart(10)}` +
      `  performance ${must(formatMoney(performancePay)).padStart(10)}  pay ${must(formatMoney(pay)).padStart(10)}`,
  );
}
line(`   ${"payroll".padEnd(9)} ${" ".repeat(79)}${must(formatMoney(payroll)).padStart(10)}`);
line("   Amounts are integer fen end to end; the 2/3 : 1/3 split uses largest remainders, so parts add up.");
line();
line(
  "3. Service deadlines across the 2025 National Day break (1–8 October; Saturday 11 October is a 调休 working day)",
);
const weekdayHours = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
] as const;
const office = must(
  calendarFromPreset(cnMainlandPreset, {
    weekly: { mon: weekdayHours, tue: weekdayHours, wed: weekdayHours, thu: weekdayHours, fri: weekdayHours },
  }),
);
const hotline = must(create24x7Calendar("Asia/Shanghai"));
const shanghai = (date: Date) =>
  new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
const rules: { rule: string; at: string; due: (at: string) => ReturnType<typeof addWorkingTime> }[] = [
  {
    rule: "inquiry: feedback within 24 hours (elapsed)",
    at: "2025-09-30T17:20:00+08:00",
    due: (at) => addWorkingTime(hotline, at, { hours: 24 }),
  },
  {
    rule: "complaint: handling plan within 48 business hours",
    at: "2025-09-30T17:20:00+08:00",
    due: (at) => addWorkingTime(office, at, { hours: 48 }),
  },
  {
    rule: "after-sales: service confirmed within 24 business hours",
    at: "2025-09-29T10:05:00+08:00",
    due: (at) => addWorkingTime(office, at, { hours: 24 }),
  },
  {
    rule: "sales documents to customer service within 2 working days",
    at: "2025-09-30T15:00:00+08:00",
    due: (at) => addWorkingDays(office, at, 2),
  },
  {
    rule: "front desk job documents within 1 working day",
    at: "2025-10-10T16:30:00+08:00",
    due: (at) => addWorkingDays(office, at, 1),
  },
];
for (const { rule, at, due } of rules) {
  line(
    `   ${rule.padEnd(58)} received ${shanghai(new Date(must(parseInstant(at))))}  due ${shanghai(must(due(at)))}`,
  );
}
const trace = must(explainDeadline(office, "2025-09-30T17:20:00+08:00", { hours: 48 }));
line(
  `   why the complaint is due then: ${trace.spans.length} stretches of work counted, ${trace.holidays.length} holiday dates skipped, make-up day ${trace.makeUpDays.map((d) => d.date).join(", ")} counted`,
);
