import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitepress";

// The docs site: the guides in docs/, the API reference that typedoc writes to docs/api/
// (`npm run docs:api`), and runnable examples that execute the library's source in the browser.
const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const apiSidebarFile = fileURLToPath(new URL("../api/typedoc-sidebar.json", import.meta.url));
const apiSidebar = existsSync(apiSidebarFile) ? JSON.parse(readFileSync(apiSidebarFile, "utf8")) : [];

export default defineConfig({
  title: "kefu 客服",
  description:
    "Customer-service operations as a pure TypeScript library: business calendars with 调休, SLA clocks, tiering, satisfaction and KPI pay.",
  cleanUrls: false,
  // Guides link to the repository's examples and sources, which are not pages of the site.
  ignoreDeadLinks: [/^\.\.\//, /^\.\/\.\.\//],
  themeConfig: {
    nav: [
      { text: "Guide", link: "/getting-started" },
      { text: "API", link: "/api/" },
      { text: "Errors", link: "/errors" },
      { text: "Performance", link: "/performance" },
    ],
    sidebar: [
      {
        text: "Guide",
        items: [
          { text: "Getting started", link: "/getting-started" },
          { text: "Core: instants, money, rationals", link: "/core" },
          { text: "Business calendars", link: "/calendar" },
          { text: "Cases and their life cycle", link: "/cases" },
          { text: "The customer file", link: "/customers" },
          { text: "Customer tiering", link: "/tiering" },
          { text: "SLA policies", link: "/sla" },
          { text: "Satisfaction", link: "/satisfaction" },
          { text: "KPI evaluation and pay", link: "/kpi" },
          { text: "Proactive care", link: "/care" },
          { text: "Testing your policies", link: "/testing" },
        ],
      },
      {
        text: "Reference",
        items: [
          { text: "Errors", link: "/errors" },
          { text: "Performance", link: "/performance" },
          { text: "Design decisions", link: "/decisions" },
          { text: "API", link: "/api/", collapsed: true, items: apiSidebar },
        ],
      },
    ],
    search: { provider: "local" },
    outline: { level: [2, 3] },
  },
  vite: {
    resolve: {
      alias: [
        { find: /^kefu$/, replacement: src("index.ts") },
        { find: /^kefu\/(.*)$/, replacement: src("$1/index.ts") },
      ],
    },
  },
});
