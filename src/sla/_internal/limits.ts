import { MS_PER_HOUR, MS_PER_MINUTE } from "../../core/_internal/days.js";
import type { SlaTarget, Span } from "../policy-schema.js";
import type { CaseAttributes } from "./case-facts.js";

/** A span's hours and minutes in milliseconds. */
export const spanMs = (span: Span) =>
  Math.round((span.hours ?? 0) * MS_PER_HOUR + (span.minutes ?? 0) * MS_PER_MINUTE);

/** The deadline row for a case's priority, scaled by its tier's factor: ms, or whole working days. */
export function deadlineFor(
  target: SlaTarget,
  attributes: CaseAttributes,
): { readonly ms: number; readonly days: number } {
  const deadline = target.deadline;
  if (deadline === undefined) throw new Error("[kefu] deadlineFor called on a window target");
  const row =
    "byPriority" in deadline ? (deadline.byPriority[attributes.priority] ?? deadline.default) : deadline;
  if (row === undefined) throw new Error("[kefu] a checked policy has a row for every priority");
  const factor = tierFactor(target, attributes);
  return { ms: Math.round(spanMs(row) * factor), days: Math.ceil((row.days ?? 0) * factor) };
}

const tierFactor = (target: SlaTarget, attributes: CaseAttributes) =>
  attributes.tier === null ? 1 : (target.tierFactors?.[attributes.tier] ?? 1);

/** Which row of a deadline applies and why, for a trace: "priority high, tier A × 0.5". */
export function deadlineRule(target: SlaTarget, attributes: CaseAttributes): string {
  const factor = tierFactor(target, attributes);
  const row = target.deadline !== undefined && "byPriority" in target.deadline;
  return `${row ? `priority ${attributes.priority}` : "one limit"}${factor === 1 ? "" : `, tier ${attributes.tier} × ${factor}`}`;
}

/** Whether a value is allowed by an optional list (no list allows everything). */
function within<T>(allowed: readonly T[] | undefined, value: T): boolean {
  return allowed === undefined || allowed.includes(value);
}

/** Whether a target applies to a case with these attributes. */
export function applies(target: SlaTarget, attributes: CaseAttributes): boolean {
  const scope = target.appliesTo;
  if (scope === undefined) return true;
  return (
    within(scope.kinds, attributes.kind) &&
    within(scope.priorities, attributes.priority) &&
    within(scope.channels, attributes.channel) &&
    (scope.subtypes === undefined ||
      (attributes.subtype !== null && scope.subtypes.includes(attributes.subtype))) &&
    (scope.tiers === undefined || (attributes.tier !== null && scope.tiers.includes(attributes.tier)))
  );
}
