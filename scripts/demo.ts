/**
 * kefu demo: the library's main job on realistic data. Run with `npm run demo`.
 * Each module that lands adds its section: unambiguous timestamps, exact money, service deadlines
 * on a real business calendar, cases run through the service processes, and a month of cases
 * measured against the source documents' service standard.
 */
import {
  addMoney,
  addRational,
  addWorkingDays,
  addWorkingTime,
  allocateMoney,
  applyEvent,
  calendarFromPreset,
  caseLabel,
  classifyNeed,
  cnMainlandPreset,
  create24x7Calendar,
  defaultNeedClassifier,
  describeCase,
  evaluateCases,
  explainDeadline,
  findCustomers,
  formatMoney,
  formatRational,
  indexCustomers,
  type Money,
  moneyFromDecimal,
  multiplyMoney,
  parseCustomer,
  parseInstant,
  parsePolicy,
  type Rational,
  ratio,
  replay,
  residentialServiceStandard,
} from "kefu";
import { monthOfCases } from "./demo-month.js";

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

line();
line("4. Cases: classify incoming needs, then run a complaint through its process");
const needs = [
  { channel: "wechat", text: "卫生间天花板漏水，很紧急", date: "2025-10-09", warrantyEndsOn: "2026-06-30" },
  { channel: "hotline", text: "我要投诉维修师傅态度差", date: "2025-10-09" },
  { channel: "website", text: "请问二期还有三房户型吗？价格多少", date: "2025-10-09" },
  { channel: "phone", text: "热水器坏了", date: "2025-10-09", warrantyEndsOn: "2025-06-30" },
] as const;
for (const need of needs) {
  const c = must(classifyNeed(defaultNeedClassifier, need));
  const kind = `${caseLabel("kind", c.kind)}${c.subtype === null ? "" : ` / ${caseLabel("subtype", c.subtype)}`}`;
  line(
    `   「${need.text}」 (${caseLabel("channel", need.channel)}) → ${kind}, ${caseLabel("priority", c.priority)}`,
  );
}
const complaintLog = [
  {
    type: "received",
    id: "e1",
    at: "2025-09-30T17:20:00+08:00",
    channel: "hotline",
    kind: "complaint",
    by: "agent-li",
  },
  {
    type: "assigned",
    id: "e2",
    at: "2025-09-30T17:25:00+08:00",
    assignee: "agent-wang",
    department: "customer_service",
  },
  { type: "first_feedback", id: "e3", at: "2025-09-30T17:40:00+08:00" },
  { type: "plan_proposed", id: "e4", at: "2025-09-30T18:00:00+08:00" },
  {
    type: "complaint_reviewed",
    id: "e5",
    at: "2025-10-01T10:00:00+08:00",
    valid: true,
    reason: "leak confirmed",
  },
  {
    type: "transferred",
    id: "e6",
    at: "2025-10-01T10:30:00+08:00",
    assignee: "agent-zhao",
    department: "production_engineering",
  },
  { type: "plan_proposed", id: "e7", at: "2025-10-01T11:00:00+08:00" },
  { type: "work_started", id: "e8", at: "2025-10-09T09:00:00+08:00" },
  { type: "work_completed", id: "e9", at: "2025-10-09T16:00:00+08:00" },
  { type: "resolved", id: "e10", at: "2025-10-09T16:30:00+08:00" },
  { type: "follow_up_done", id: "e11", at: "2025-10-11T10:00:00+08:00", rating: 5 },
].map((event) => ({ caseId: "C-017", ...event }));
let complaintCase = must(replay(complaintLog.slice(0, 1)));
for (const event of complaintLog.slice(1)) {
  const next = applyEvent(complaintCase, event);
  if (next.isErr()) line(`   refused ${event.type.padEnd(18)} ${next.error.code}: ${next.error.message}`);
  else complaintCase = next.value;
}
const complaintView = describeCase(complaintCase);
line(
  `   status ${caseLabel("status", complaintView.status)} · owner ${complaintView.owner} (首问负责) · assignee ${complaintView.assignee}` +
    ` · first feedback after ${((complaintView.firstFeedbackAt?.getTime() ?? 0) - complaintView.receivedAt.getTime()) / 60_000} min` +
    ` · resolved after ${Math.round((complaintView.cycles[0]?.resolutionMs ?? 0) / 3_600_000)} h · follow-up rating ${complaintView.followUps[0]?.rating}`,
);

line();
line("5. The customer file: find the owner behind a call by any key the caller gives");
const owners = [
  {
    id: "owner-3-1202",
    name: "陈静",
    type: "person",
    contacts: [{ type: "mobile", value: "138 0013 8000", primary: true }],
    units: [
      {
        id: "u-3-1202",
        type: "apartment",
        project: "滨江花园",
        building: "3",
        unitNumber: "1202",
        deliveredOn: "2024-06-28",
        warrantyEndsOn: "2026-06-27",
      },
      { id: "v-1", type: "vehicle", vin: "LSVAU2180N2183294", plate: "沪A·12345", deliveredOn: "2025-03-01" },
    ],
    keyAccount: true,
    tier: "A",
  },
  {
    id: "owner-5-0801",
    name: "Wang Wei",
    type: "person",
    contacts: [{ type: "phone", value: "021-5555-0101" }],
  },
];
const customerIndex = must(indexCustomers(owners.map((owner) => must(parseCustomer(owner)))));
const lookups = [
  { phone: "+86 138-0013-8000" },
  { plate: "沪a 12345" },
  { name: " wang  wei " },
  { unit: { project: "滨江花园", unitNumber: "1202" } },
] as const;
for (const query of lookups) {
  const found = must(findCustomers(customerIndex, query)).map(
    (customer) => `${customer.name} (${customer.id})`,
  );
  line(`   ${JSON.stringify(query).padEnd(52)} → ${found.join(", ") || "nobody"}`);
}

line();
line("6. A month of cases (October 2025) against the source documents' service standard");
const standard = must(parsePolicy(residentialServiceStandard));
const month = monthOfCases();
const slaReport = must(evaluateCases(standard, month, "2025-11-05T18:00:00+08:00"));
const pct = (value: number | null | undefined) =>
  value === null || value === undefined ? "  —  " : `${(value * 100).toFixed(1)}%`.padStart(6);
line(
  `   ${month.length} cases · ${Object.entries(slaReport.counts)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`)
    .join(" · ")}`,
);
for (const target of standard.targets) {
  const row = slaReport.byTarget[target.id];
  if (row === undefined) continue;
  line(
    `   ${pct(row.attainment)}  ${target.label.padEnd(92)} ${row.met} met, ${row.breached} breached${row.early > 0 ? `, ${row.early} early` : ""}`,
  );
}
line(
  `   by department: ${Object.entries(slaReport.byDepartment)
    .map(
      ([dept, row]) => `${caseLabel("department", dept as "customer_service")} ${pct(row.attainment).trim()}`,
    )
    .join(" · ")}`,
);
const firstBreach = slaReport.breaches[0];
if (firstBreach !== undefined) {
  line(
    `   earliest breach: ${firstBreach.caseId} ${firstBreach.targetId}, due ${shanghai(firstBreach.dueAt ?? new Date(0))}, held by ${firstBreach.attribution?.agent}`,
  );
}
line(
  `   next change anywhere: ${slaReport.nextChangeAt === null ? "none — every clock has stopped" : shanghai(slaReport.nextChangeAt)}`,
);
