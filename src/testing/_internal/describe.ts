import type { TargetResult } from "../../sla/index.js";
import type { ScenarioOutcome } from "../evaluate-scenario.js";
import { formatDuration } from "./duration.js";
import { formatLocalTime, showInstant } from "./local-time.js";

/** `case C-1 under policy residential-service-standard at Thu 2025-10-02 12:00 (Asia/Shanghai)` */
export function where(outcome: ScenarioOutcome): string {
  const at = formatLocalTime(outcome.at.getTime(), outcome.timeZone);
  return `case ${outcome.case.id} under policy ${outcome.policy.id} at ${at} (${outcome.timeZone})`;
}

/** One line summing up a result: state, times, clock figures, warnings. */
export function summarise(result: TargetResult, zone: string): string {
  const parts: string[] = [result.state];
  const time = (label: string, value: Date | null) => {
    if (value !== null) parts.push(`${label} ${showInstant(value, zone)}`);
  };
  time("started", result.startedAt);
  time("opens", result.windowOpensAt);
  time("due", result.dueAt);
  time("stopped", result.stoppedAt);
  parts.push(`elapsed ${formatDuration(result.elapsedMs)}`);
  if (result.remainingMs !== null) parts.push(`remaining ${formatDuration(result.remainingMs)}`);
  if (result.pausedMs > 0) parts.push(`paused ${formatDuration(result.pausedMs)}`);
  parts.push(`warning level ${result.warningLevel}`);
  if (result.escalationLevel > 0)
    parts.push(`escalation ${result.escalationLevel} (${result.notify.join(", ")})`);
  time("next change", result.nextChangeAt);
  if (result.attribution !== null)
    parts.push(`held by ${result.attribution.agent} (${result.attribution.department ?? "no department"})`);
  return parts.join(" · ");
}

/** The result's trace, one step a line, times as wall times in `zone`. */
export function traceLines(result: TargetResult, zone: string): string[] {
  const width = 22;
  return result.trace.map((step) => {
    const at = step.at === undefined ? "" : formatLocalTime(step.at.getTime(), zone);
    return `  ${at.padEnd(width)}${step.step.padEnd(24)}${step.detail}`;
  });
}

/** `inquiry-feedback (met), complaint-plan (running)`, or `none`. */
export function listResults(results: readonly TargetResult[]): string {
  if (results.length === 0) return "none";
  return results.map((r) => `${r.targetId}${r.cycle > 1 ? ` #${r.cycle}` : ""} (${r.state})`).join(", ");
}

/** The case's attributes, to explain why a target does not apply. */
export function caseAttributes(outcome: ScenarioOutcome): string {
  const c = outcome.case;
  return [
    `kind ${c.kind}`,
    c.subtype === null ? "no subtype" : `subtype ${c.subtype}`,
    `channel ${c.channel}`,
    `priority ${c.priority}`,
    c.tier === null ? "no tier" : `tier ${c.tier}`,
  ].join(", ");
}
