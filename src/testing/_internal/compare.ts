import { compareIds } from "../../core/_internal/compare.js";
import type { InputIssue } from "../../core/index.js";
import type { TargetResult } from "../../sla/index.js";
import type { SlaFieldMismatch, SlaTargetExpectation } from "../expectation.js";
import { formatDuration, parseDuration } from "./duration.js";
import { readInstant, showInstant } from "./local-time.js";

/** A field as it will be compared: the expected value in the result's units, and how to show it. */
interface Expected {
  readonly field: keyof TargetResult;
  readonly value: unknown;
  readonly show: (value: unknown) => string;
  readonly equal: (actual: unknown, expected: unknown) => boolean;
}

const INSTANTS = ["startedAt", "dueAt", "windowOpensAt", "stoppedAt", "nextChangeAt"] as const;
const DURATIONS = ["limitMs", "elapsedMs", "remainingMs", "pausedMs"] as const;
/** JSON with object keys sorted, so `{ department, agent }` equals `{ agent, department }`. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => compareIds(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const plain = (value: unknown) => JSON.stringify(value) ?? "undefined";

/**
 * Turns an expectation into the comparisons it asks for, reading its wall times in `zone` and its
 * durations; returns the issues of values that cannot be read.
 */
export function expectedFields(
  expectation: SlaTargetExpectation,
  zone: string,
): { readonly fields: readonly Expected[]; readonly issues: readonly InputIssue[] } {
  const fields: Expected[] = [];
  const issues: InputIssue[] = [];
  const bad = (field: string, message: string) =>
    issues.push({ path: [field], code: "invalid_value", message });
  if (expectation.state !== undefined)
    fields.push({ field: "state", value: expectation.state, show: plain, equal: same });
  for (const field of INSTANTS) {
    const given = expectation[field];
    if (given === undefined) continue;
    const value = given === null ? null : readInstant(given, zone);
    if (typeof value === "string") bad(field, value);
    else
      fields.push({
        field,
        value,
        show: (v) => showInstant(v as Date | number | null, zone),
        equal: (actual, expected) => ((actual as Date | null)?.getTime() ?? null) === expected,
      });
  }
  for (const field of DURATIONS) {
    const given = expectation[field];
    if (given === undefined) continue;
    const value = typeof given === "string" ? parseDuration(given) : given;
    if (typeof value === "string") bad(field, value);
    else
      fields.push({
        field,
        value,
        show: (v) => (v === null ? "null" : `${formatDuration(v as number)} (${v as number} ms)`),
        equal: (actual, expected) => actual === expected,
      });
  }
  const { fractionConsumed, warningLevel, escalationLevel, notify, attribution } = expectation;
  const exact = { warningLevel, escalationLevel, notify, attribution };
  for (const [field, value] of Object.entries(exact)) {
    if (value !== undefined)
      fields.push({ field: field as keyof TargetResult, value, show: plain, equal: same });
  }
  if (fractionConsumed !== undefined) {
    fields.push({
      field: "fractionConsumed",
      value: fractionConsumed,
      show: plain,
      equal: (a, e) => (a === null || e === null ? a === e : Math.abs((a as number) - (e as number)) <= 1e-9),
    });
  }
  return { fields, issues };
}

/** The fields where `result` differs from the expected ones, in the expectation's order. */
export function mismatchesOf(result: TargetResult, fields: readonly Expected[]): SlaFieldMismatch[] {
  return fields
    .filter(({ field, value, equal }) => !equal(result[field], value))
    .map(({ field, value, show }) => ({
      field,
      expected: show(value),
      actual: show(result[field]),
    }));
}
