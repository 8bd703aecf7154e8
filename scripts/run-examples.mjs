// Runs every example in examples/ against the BUILT package (dist/), once as ESM and once as
// CommonJS, the way a user's code would load kefu. Each example asserts its own output.
// Usage: node scripts/run-examples.mjs   (after `npm run build`)
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
// Inside the package folder (not under node_modules), so `import "kefu"` self-resolves through
// package.json "exports" to dist/, with the "import" or the "require" condition.
const out = join(root, ".examples-build");
const sources = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".ts"));
const examples = sources.filter((name) => /^\d\d-/.test(name));

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
let failures = 0;
for (const [format, extension, module] of [
  ["ESM", ".mjs", ts.ModuleKind.ESNext],
  ["CJS", ".cjs", ts.ModuleKind.CommonJS],
]) {
  for (const name of sources) {
    const { outputText } = ts.transpileModule(readFileSync(join(root, "examples", name), "utf8"), {
      compilerOptions: { module, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: name,
    });
    const rewritten = outputText.replace(/(["'])\.\/([\w-]+)\.js\1/g, `$1./$2${extension}$1`);
    writeFileSync(join(out, name.replace(/\.ts$/, extension)), rewritten);
  }
  for (const name of examples) {
    const file = join(out, name.replace(/\.ts$/, extension));
    const run = spawnSync(process.execPath, [file], { encoding: "utf8" });
    const ok = run.status === 0;
    if (!ok) failures += 1;
    console.log(`${ok ? "ok  " : "FAIL"} ${format} ${name}`);
    if (!ok) console.log(run.stdout, run.stderr);
  }
}
rmSync(out, { recursive: true, force: true });
if (examples.length === 0) {
  console.log("no examples found");
  process.exit(1);
}
process.exit(failures === 0 ? 0 : 1);
