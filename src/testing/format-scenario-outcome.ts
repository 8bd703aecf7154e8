import { where } from "./_internal/describe.js";
import { formatDuration } from "./_internal/duration.js";
import { showInstant } from "./_internal/local-time.js";
import type { ScenarioOutcome } from "./evaluate-scenario.js";

const HEADERS = [
  "target",
  "cycle",
  "state",
  "due",
  "stopped",
  "remaining",
  "warning",
  "next change",
] as const;

/**
 * Formats every result of an outcome as a text table (wall times in the outcome's zone), for
 * logs, examples and failure messages.
 *
 * @param outcome - an outcome of `evaluateScenario`.
 * @returns the lines of the table, joined with newlines: a heading, then one row per result.
 * @example
 * ```ts
 * console.log(formatScenarioOutcome(outcome));
 * // case C-1 under policy residential-service-standard at Thu 2025-10-02 12:00 (Asia/Shanghai)
 * // target            cycle  state    due                   …
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function formatScenarioOutcome(outcome: ScenarioOutcome): string {
  const zone = outcome.timeZone;
  const rows = outcome.results.map((r) => [
    r.targetId,
    String(r.cycle),
    r.state,
    showInstant(r.dueAt, zone),
    showInstant(r.stoppedAt, zone),
    r.remainingMs === null ? "null" : formatDuration(r.remainingMs),
    String(r.warningLevel),
    showInstant(r.nextChangeAt, zone),
  ]);
  const table = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((row) => (row[column] as string).length)));
  const lines = table.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join("  ")
      .trimEnd(),
  );
  return [where(outcome), ...(rows.length === 0 ? ["(no target applies)"] : lines)].join("\n");
}
