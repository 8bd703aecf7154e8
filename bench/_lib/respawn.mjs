// Re-runs the calling script in a child Node process with extra flags and environment, once,
// when the current process does not already have what the benchmark needs.

import { spawnSync } from "node:child_process";
import process from "node:process";
import { fileURLToPath } from "node:url";

const CHILD_FLAG = "KEFU_BENCH_CHILD";

/**
 * Unless `ready` (or this is already the re-spawned child), runs `scriptUrl` again with `flags`
 * and `env` and exits with status 0 once it ends. Returns only when the current process should do
 * the work itself (ready, the child, or spawning failed — then with a warning).
 */
export function respawnUnless(ready, scriptUrl, { flags = [], env = {} } = {}) {
  if (ready || process.env[CHILD_FLAG] === "1") return;
  const child = spawnSync(
    process.execPath,
    [...flags, ...process.execArgv, fileURLToPath(scriptUrl), ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, ...env, [CHILD_FLAG]: "1" } },
  );
  if (child.error === undefined) process.exit(0);
  console.warn(`Could not re-spawn (${child.error.message}); running in-process.`);
}

/**
 * Runs a benchmark's `main`: a benchmark reports, it never fails the command that runs it, so an
 * error is printed and the exit code stays 0.
 */
export async function runBenchmark(main) {
  try {
    await main();
  } catch (error) {
    console.error("Benchmark failed:", error);
  }
  process.exitCode = 0;
}
