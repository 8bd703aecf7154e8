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

/** The customer-service team: one supervisor and specialists (BRIEF §5), and colleagues they hand work to. */
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
    monthlyTotal: "9000.00",
  },
  {
    id: "agent-chen",
    name: "陈静",
    role: "supervisor",
    department: "customer_service",
    monthlyTotal: "12000.00",
  },
  {
    id: "agent-zhao",
    name: "赵敏",
    role: "engineer",
    department: "production_engineering",
    monthlyTotal: "8500.00",
  },
  {
    id: "agent-sun",
    name: "孙强",
    role: "after-sales desk",
    department: "after_sales",
    monthlyTotal: "8000.00",
  },
  {
    id: "agent-zhou",
    name: "周婷",
    role: "property manager",
    department: "property_management",
    monthlyTotal: "8000.00",
  },
];

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
