// Packaging check: packs the library as npm would publish it, installs the tarball into a fresh
// project outside the repository, and runs three consumers against it: ESM (import), CommonJS
// (require) and TypeScript compiled by tsc with `module: nodenext`. Every subpath export must
// load in both formats, and the typed consumer must compile and run.
// Usage: node scripts/pack-check.mjs   (after `npm run build`)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const subpaths = Object.keys(manifest.exports)
  .filter((key) => key !== "./package.json")
  .map((key) => (key === "." ? "kefu" : `kefu/${key.slice(2)}`));
const optional = new Set(["kefu/testing/vitest"]); // needs vitest, an optional peer
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" });

const work = mkdtempSync(join(tmpdir(), "kefu-pack-"));
try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const tarball = join(work, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${packed[0].size} bytes`);
  const project = join(work, "consumer");
  run("mkdir", ["-p", project], work);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const peers = ["zod", "neverthrow"].map((name) => `${name}@${manifest.devDependencies[name]}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, ...peers], project);

  const loadable = subpaths.filter((path) => !optional.has(path));
  writeFileSync(
    join(project, "esm.mjs"),
    `${loadable.map((path, i) => `import * as m${i} from "${path}";`).join("\n")}
const modules = [${loadable.map((_, i) => `m${i}`).join(", ")}];
for (const [i, m] of modules.entries()) if (Object.keys(m).length === 0) throw new Error("empty module " + i);
const { addWorkingTime, calendarFromPreset, cnMainlandPreset } = m0;
const office = calendarFromPreset(cnMainlandPreset, { weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]], wed: [["09:00", "18:00"]], thu: [["09:00", "18:00"]], fri: [["09:00", "18:00"]] } })._unsafeUnwrap();
const due = addWorkingTime(office, "2025-09-30T17:20:00+08:00", { hours: 24 })._unsafeUnwrap();
if (due.toISOString() !== "2025-10-11T06:20:00.000Z") throw new Error("wrong deadline " + due.toISOString());
console.log("ESM consumer: " + modules.length + " entries load; deadline " + due.toISOString());
`,
  );
  writeFileSync(
    join(project, "cjs.cjs"),
    `const paths = ${JSON.stringify(loadable)};
for (const path of paths) if (Object.keys(require(path)).length === 0) throw new Error("empty module " + path);
const { parseInstant } = require("kefu/core");
const at = parseInstant("2025-10-01T09:00:00+08:00")._unsafeUnwrap();
if (at !== 1759280400000) throw new Error("wrong instant " + at);
console.log("CJS consumer: " + paths.length + " entries load; instant " + at);
`,
  );
  writeFileSync(
    join(project, "typed.mts"),
    `import { type Money, allocateMoney, moneyFromDecimal } from "kefu/core";
import { type SlaPolicy, parsePolicy, residentialServiceStandard } from "kefu/sla";
import type { Result } from "neverthrow";

const policy: Result<SlaPolicy, { readonly code: string }> = parsePolicy(residentialServiceStandard);
const total: Money = moneyFromDecimal("9000.00", "CNY")._unsafeUnwrap();
const parts: readonly Money[] = allocateMoney(total, [2, 1])._unsafeUnwrap();
if (!policy.isOk() || parts[1]?.amount !== 300_000) throw new Error("typed consumer: wrong result");
console.log("TypeScript consumer: compiled with tsc (nodenext) and ran; performance part", parts[1].amount);
`,
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        outDir: "out",
        skipLibCheck: false,
        types: [],
      },
      files: ["typed.mts"],
    }),
  );
  console.log(run(process.execPath, ["esm.mjs"], project).trim());
  console.log(run(process.execPath, ["cjs.cjs"], project).trim());
  run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
  console.log(run(process.execPath, [join("out", "typed.mjs")], project).trim());
} catch (error) {
  console.error("FAIL packaging check:", error.stdout ?? "", error.stderr ?? "", error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
