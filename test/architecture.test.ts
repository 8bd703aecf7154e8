import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// DESIGN §1: the modules depend on each other in one direction only, and nothing in src/ touches
// the host (Node built-ins, the host clock, the host time zone).
const src = new URL("../src", import.meta.url).pathname;

/** Which modules each module may import (itself always). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  calendar: ["core"],
  cases: ["core"],
  customers: ["core"],
  satisfaction: ["core"],
  kpi: ["core"],
  sla: ["core", "calendar", "cases"],
  care: ["core", "calendar", "cases", "customers"],
  testing: ["core", "calendar", "cases", "sla"],
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

const sources = filesUnder(src).filter((file) => file.endsWith(".ts"));
const moduleOf = (file: string) => relative(src, file).split("/")[0] ?? "";
const importsOf = (text: string) =>
  [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");

describe("architecture", () => {
  it("finds the source files", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(sources.filter((file) => moduleOf(file) !== "index.ts"))(
    "%s imports only the modules it may depend on",
    (file) => {
      const module = moduleOf(file);
      const allowed = ALLOWED[module];
      expect(allowed, `module ${module} is not listed in the architecture test`).toBeDefined();
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        if (!specifier.startsWith(".")) {
          expect(specifier, "no Node built-ins in src").not.toMatch(/^node:|^(fs|path|os|process|crypto)$/);
          continue;
        }
        const target = moduleOf(join(file, "..", specifier));
        if (target === module || target === "index.ts") continue;
        expect([module, ...(allowed ?? [])], `${specifier}`).toContain(target);
      }
    },
  );

  it("never reads the host clock or the host time zone", () => {
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(
        /Date\.now\(|new Date\(\)|getTimezoneOffset|resolvedOptions\(\)\.timeZone/,
      );
    }
  });
});
