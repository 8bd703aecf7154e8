import { readFileSync } from "node:fs";
import { buildCaseFromScript } from "kefu/testing";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("docs/testing.md", () => {
  it("shows the team's policy test file exactly as it runs in this suite", () => {
    const page = read("../../docs/testing.md");
    const start = page.indexOf("<!-- team-policy.test.ts -->\n```ts\n");
    expect(start).toBeGreaterThan(0);
    const from = start + "<!-- team-policy.test.ts -->\n```ts\n".length;
    expect(page.slice(from, page.indexOf("```\n", from))).toBe(read("./team-policy.test.ts"));
  });

  it("its paid-repair script builds a case", () => {
    const repair = buildCaseFromScript(
      `received at 2025-10-10 16:00 kind=repair subtype=paid channel=wechat by=agent-li
       quote issued at +1h amount=12000        # ¥120.00
       quote approved at +1d
       service confirmed at +5m content="replace the valve" scheduledAt=+1d
       work started at 2025-10-12 09:00`,
      { timeZone: "Asia/Shanghai", caseId: "R-7" },
    )._unsafeUnwrap();
    expect(repair.events[0]).toMatchObject({ id: "R-7-1", caseId: "R-7", at: 1_760_083_200_000 });
    expect(repair.work).toBe("started");
  });
});
