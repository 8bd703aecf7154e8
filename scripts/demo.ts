/**
 * kefu demo: the library's main job on a realistic, deterministic dataset (examples/data/: a
 * residential developer's service centre in October 2025). Run with `npm run demo`; add `--json`
 * to print the same content as JSON.
 */
import { deadlinesDemoSection, instantsDemoSection } from "./demo-basics.js";
import { careDemoSection } from "./demo-care.js";
import { casesDemoSection } from "./demo-cases.js";
import { customersDemoSection } from "./demo-customers.js";
import { type DemoSection, loadDemoData } from "./demo-data.js";
import { kpiDemoSection } from "./demo-kpi.js";
import { satisfactionDemoSection } from "./demo-satisfaction.js";
import { monthReport, slaDemoSection } from "./demo-sla.js";
import { tieringDemoSection } from "./demo-tiering.js";

const data = loadDemoData();
const month = monthReport(data.cases, data.now);
const sections: DemoSection[] = [
  instantsDemoSection(),
  deadlinesDemoSection(),
  casesDemoSection(),
  customersDemoSection(data.customers),
  tieringDemoSection(data.customers, data.values, "2025-10-31"),
  slaDemoSection(month, data.team),
  satisfactionDemoSection(data.survey, data.surveyResponses, data.team),
  careDemoSection(data.customers, data.cases, "2025-10-27", "2025-11-02"),
  kpiDemoSection(data.team, data.kpiRatings, month.report),
];

if (process.argv.includes("--json")) {
  const json = JSON.stringify(
    { dataset: "examples/data", sections: sections.map(({ title, data }) => ({ title, data })) },
    (_, value) => (typeof value === "bigint" ? value.toString() : value),
    2,
  );
  console.log(json);
} else {
  console.log("kefu 客服 — demo");
  console.log("================");
  sections.forEach((section, i) => {
    console.log();
    console.log(`${i + 1}. ${section.title}`);
    for (const line of section.lines) console.log(`   ${line}`);
  });
}
