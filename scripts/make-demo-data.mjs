// Writes the demo's dataset to examples/data/: a residential developer's service centre in
// October 2025 (Asia/Shanghai) — its customers, what they are worth, its team, and a month of cases
// across the National Day break, with pauses, reopenings, priority and tier changes. Seeded, so
// the files are the same on every run; test/demo-data.test.ts checks the committed files match.
// Usage: node scripts/make-demo-data.mjs [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { generateLogs } from "../bench/_lib/sla-workload.mjs";
import { mulberry32 } from "../bench/_lib/workload.mjs";

const out = new URL("../examples/data/", import.meta.url);
const random = mulberry32(0x6b656675 ^ 2025_10);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (a, b) => a + Math.floor(random() * (b - a + 1));
const date = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The service team: a supervisor and specialists (BRIEF §5), and colleagues they hand work to. */
export const team = [
  {
    id: "agent-li",
    name: "李娜",
    role: "specialist",
    department: "customer_service",
    monthlyTotal: "9000.00",
  },
  {
    id: "agent-wang",
    name: "王磊",
    role: "specialist",
    department: "customer_service",
    monthlyTotal: "9000.01",
  },
  {
    id: "agent-zhao",
    name: "赵敏",
    role: "specialist",
    department: "customer_service",
    monthlyTotal: "8500.00",
  },
  {
    id: "agent-sun",
    name: "孙浩",
    role: "specialist, joined 20 October",
    department: "customer_service",
    monthlyTotal: "7800.00",
  },
  {
    id: "agent-zhou",
    name: "周婷",
    role: "property manager",
    department: "property_management",
    monthlyTotal: "8000.00",
  },
  {
    id: "sup-chen",
    name: "陈静",
    role: "supervisor",
    department: "customer_service",
    monthlyTotal: "12000.00",
  },
];

/**
 * October's KPI ratings of the specialists (the source's rater groups: own supervisor, marketing
 * and production supervisors, peers), with a fine and a part month.
 */
const peers = (self, points) =>
  Object.entries(points).map(([rater, p]) => ({
    group: "peers",
    rater: rater === "self" ? self : rater,
    points: p,
  }));
export const kpiRatings = [
  {
    employeeId: "agent-li",
    ratings: [
      { group: "supervisor", rater: "sup-chen", points: 45 },
      { group: "marketing", rater: "mkt-zhou", points: 18 },
      { group: "production", rater: "eng-wu", points: 17 },
      ...peers("agent-li", { self: 10, "agent-wang": 10, "agent-zhao": 9 }),
    ],
  },
  {
    employeeId: "agent-wang",
    ratings: [
      { group: "supervisor", rater: "sup-chen", points: 41 },
      { group: "marketing", rater: "mkt-zhou", percent: 80 },
      { group: "production", rater: "eng-wu", points: 15 },
      ...peers("agent-wang", { "agent-li": 9, "agent-zhao": 8 }),
    ],
    deductions: [{ reason: "客户投诉属实（10-14）", amount: { amount: 10_000, currency: "CNY" } }],
  },
  {
    employeeId: "agent-zhao",
    ratings: [
      { group: "supervisor", rater: "sup-chen", points: 48 },
      { group: "marketing", rater: "mkt-zhou", points: 19 },
      { group: "marketing", rater: "mkt-qian", points: 18 },
      { group: "production", rater: "eng-wu", points: 18 },
      ...peers("agent-zhao", { "agent-li": 10, "agent-wang": 10 }),
    ],
  },
  {
    employeeId: "agent-sun",
    ratings: [
      { group: "supervisor", rater: "sup-chen", points: 40 },
      { group: "marketing", rater: "mkt-zhou", points: 16 },
      { group: "production", rater: "eng-wu", points: 16 },
      ...peers("agent-sun", { "agent-li": 8 }), // one peer only: the group is left out, weights renormalised
    ],
    proration: { method: "cn_21_75", paidDays: 9 },
  },
];

/** The hand-over survey: ten questions by area and department ("professional port"). */
const likert = (id, text, area, department, weight = 1) => ({
  id,
  text,
  scale: { kind: "likert", points: 5 },
  area,
  department,
  weight,
});
export const survey = {
  id: "handover-2025-10",
  title: "2025 年 10 月交付满意度调查",
  questions: [
    likert("walls", "墙面", "engineering_quality", "工程部", 1.5),
    likert("plumbing", "给排水管道及五金配件", "engineering_quality", "工程部", 1.5),
    likert("kitchen", "厨卫精装修", "engineering_quality", "工程部"),
    likert("cabinets", "橱柜", "planning_design", "设计部"),
    likert("outlets", "管线端口位置", "planning_design", "设计部"),
    likert("explained", "销售人员讲解全面可靠", "sales_service", "销售部"),
    {
      id: "informed",
      text: "及时知会项目进展",
      scale: { kind: "yes_no" },
      area: "sales_service",
      department: "销售部",
    },
    likert("complaints", "投诉处理有效及时", "complaint_handling", "客服部", 2),
    {
      id: "effort",
      text: "办理手续很省心",
      scale: { kind: "ces" },
      area: "property_management",
      department: "物业公司",
    },
    {
      id: "ltr",
      text: "推荐意愿",
      scale: { kind: "nps" },
      area: "sales_service",
      required: true,
      inIndex: false,
    },
  ],
  overall: "ltr",
};

/** 240 owners' answers over 2025-10-06 … 10-31 (a repair campaign lifts plumbing from week 43), and three bad forms. */
function surveyResponses(agents) {
  let state = 20251006;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const channels = ["phone", "wechat", "visit"];
  const out = [];
  for (let i = 0; i < 240; i += 1) {
    const day = 6 + Math.floor(random() * 26);
    const week = Math.floor((day - 6) / 7);
    const mood = random();
    const rate = (bias) =>
      Math.max(1, Math.min(5, Math.round(1.7 + mood * 3.6 + bias + (random() - 0.5) * 1.6)));
    const plumbing = rate(week >= 2 ? 0.3 : -1.1);
    const walls = rate(-0.6);
    const answers = {
      walls,
      plumbing,
      kitchen: rate(-0.2),
      cabinets: rate(0.1),
      outlets: rate(-0.4),
      explained: rate(0.4),
      informed: random() < 0.35 + mood * 0.55,
      complaints: rate(0),
      effort: Math.max(1, Math.min(7, Math.round(1.5 + mood * 5 + (random() - 0.5) * 2))),
      ltr: Math.max(
        0,
        Math.min(10, Math.round(2 + mood * 5 + (walls + plumbing) * 0.4 + (random() - 0.5) * 2)),
      ),
    };
    const worse = walls + plumbing <= 3;
    const reasons = worse
      ? [
          "engineering_quality",
          ...(random() < 0.3 ? ["planning_design"] : []),
          ...(random() < 0.2 ? ["sales_service"] : []),
        ]
      : random() < 0.1
        ? ["planning_design"]
        : [];
    out.push({
      id: `HS-${String(i + 1).padStart(4, "0")}`,
      at: `2025-10-${String(day).padStart(2, "0")}T${String(9 + (i % 9)).padStart(2, "0")}:30:00+08:00`,
      answers,
      agent: agents[i % agents.length],
      channel: channels[Math.floor(random() * 3)],
      impression: worse ? "worsened" : mood > 0.75 ? "improved" : "unchanged",
      reasons: worse || mood > 0.75 ? reasons : [],
    });
  }
  // Three forms that come back wrong from the field.
  out.push({ id: "HS-0007", at: "2025-10-20T10:00:00+08:00", answers: { ltr: 8 } });
  out.push({ id: "HS-9001", at: "2025-10-21T10:00:00+08:00", answers: { walls: 0, ltr: 7 } });
  out.push({ id: "HS-9002", at: "2025-10-22T10:00:00+08:00", answers: { walls: 4, parking: 3 } });
  return out;
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "华",
  "慧",
];
const PROJECTS = [
  { name: "滨江花园", delivered: "2024-06-28" },
  { name: "云湖苑", delivered: "2025-09-20" },
];

function customers(count) {
  const list = [];
  const values = [];
  for (let i = 0; i < count; i += 1) {
    const project = i % 3 === 0 ? PROJECTS[1] : PROJECTS[0];
    const building = int(1, 8);
    const unit = `${int(2, 28)}${String(int(1, 4)).padStart(2, "0")}`;
    const id = `owner-${String(i + 1).padStart(3, "0")}`;
    const month = int(1, 12);
    const day = month === 2 && i % 40 === 7 ? 29 : int(1, 28); // a few 29 February birthdays
    const units = [
      {
        id: `${id}-home`,
        type: "apartment",
        project: project.name,
        building: String(building),
        unitNumber: unit,
        deliveredOn: project.delivered,
        warrantyEndsOn: project.delivered === "2024-06-28" ? "2026-06-27" : "2027-09-19",
      },
    ];
    if (random() < 0.25)
      units.push({
        id: `${id}-car`,
        type: "vehicle",
        vin: `LSVAU2180N2${String(100000 + i * 7919).slice(-6)}`,
        plate: `沪A·${String(10000 + i * 37).slice(-5)}`,
        deliveredOn: date(2025, int(1, 10), int(1, 28)),
      });
    // What the customer is worth: a few large buyers (several units, upgrades) and many small ones.
    // Revenue is log-normal with σ = 1.8: about 20% of the owners bring 80% of it (BRIEF §2).
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const revenue = Math.max(1, Math.round(Math.exp(4.6 + 1.8 * normal))) * 10_000;
    const purchases = Math.max(1, Math.min(8, Math.round(revenue / 1_500_000 + random())));
    values.push({
      customerId: id,
      revenueCny: revenue,
      potentialCny: Math.round(random() * 200) * 10_000,
      purchases,
      lastPurchaseOn: ((year) => date(year, int(1, year === 2025 ? 10 : 12), int(1, 28)))(2025 - int(0, 3)),
    });
    list.push({
      id,
      name: `${pick(SURNAMES)}${pick(GIVEN)}`,
      type: "person",
      contacts: [
        {
          type: "mobile",
          value: `+86 13${int(0, 9)} ${String(int(0, 9999)).padStart(4, "0")} ${String(int(0, 9999)).padStart(4, "0")}`,
          primary: true,
        },
      ],
      birthday: date(int(1960, 1995), month, day),
      anniversaries: [{ name: "交房纪念日 hand-over anniversary", date: project.delivered }],
      units,
      keyAccount: revenue >= 5_000_000,
      tier: revenue >= 5_000_000 ? "A" : revenue >= 1_500_000 ? "B" : "C",
      tags: [],
      since: project.delivered,
    });
  }
  return { list, values };
}

const iso = (ms) => new Date(ms + 8 * 3_600_000).toISOString().replace("Z", "+08:00");
/** The events as JSON: instants as ISO-8601 with the Shanghai offset, as a host would store them. */
const asJson = (log) =>
  log.map((event) => {
    const copy = { ...event, at: iso(event.at) };
    if (typeof event.scheduledAt === "number") copy.scheduledAt = iso(event.scheduledAt);
    return copy;
  });

export function demoData() {
  const { list, values } = customers(120);
  const people = {
    agents: team.filter((m) => m.role !== "supervisor").map((m) => m.id),
    customers: list.map((c) => ({ id: c.id, tier: c.tier })),
  };
  const cases = generateLogs(360, { seed: 2025_10_31, people }).map(asJson);
  return {
    "customers.json": list,
    "customer-values.json": values,
    "team.json": team,
    "kpi-ratings.json": kpiRatings,
    "survey.json": survey,
    "survey-responses.json": surveyResponses(["agent-li", "agent-wang", "agent-zhao", "agent-sun"]),
    "cases.json": { now: "2025-10-31T16:00:00+08:00", cases },
  };
}

/** JSON with one record a line: small, and a change to one record is a one-line diff. */
function format(value) {
  if (Array.isArray(value)) return `[\n${value.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${format(item)}`);
  return `{\n${entries.join(",\n")}\n}`;
}

const check = process.argv.includes("--check");
let stale = 0;
for (const [name, value] of Object.entries(demoData())) {
  const text = `${format(value)}\n`;
  const file = new URL(name, out);
  if (check) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== text) {
      stale += 1;
      console.log(`stale: examples/data/${name}`);
    }
  } else writeFileSync(file, text);
}
if (check && stale > 0) process.exitCode = 1;
