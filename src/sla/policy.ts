import type { BusinessCalendar } from "../calendar/calendar.js";
import type { CaseEventType } from "../cases/events.js";
import type { Clock } from "./_internal/clock.js";
import type { SlaTarget } from "./policy-schema.js";

/**
 * A compiled SLA policy: an opaque, immutable value from `parsePolicy`, safe to share across
 * evaluations. Its calendars are compiled; evaluations do no validation of the policy again.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface SlaPolicy {
  readonly kind: "SlaPolicy";
  readonly id: string;
  readonly name: string | undefined;
  readonly timeZone: string;
  readonly targets: readonly SlaTarget[];
  readonly calendars: Readonly<Record<string, BusinessCalendar>>;
}

/** A target with its event sets and clock resolved, ready to evaluate. */
export interface CompiledTarget {
  readonly target: SlaTarget;
  readonly start: ReadonlySet<CaseEventType>;
  readonly stop: ReadonlySet<CaseEventType>;
  readonly pause: ReadonlySet<CaseEventType>;
  readonly resume: ReadonlySet<CaseEventType>;
  /** The calendar of a business or working-day clock. */
  readonly calendar: BusinessCalendar | undefined;
  /** The target's clock: elapsed time, or business time on its calendar (built once). */
  readonly clock: Clock;
}

const compiled = new WeakMap<SlaPolicy, readonly CompiledTarget[]>();

export function wrapPolicy(policy: SlaPolicy, targets: readonly CompiledTarget[]): SlaPolicy {
  const frozen = Object.freeze(policy);
  compiled.set(frozen, targets);
  return frozen;
}

export function compiledTargets(policy: SlaPolicy): readonly CompiledTarget[] {
  const targets = compiled.get(policy);
  if (targets === undefined) throw new Error("[kefu] not a compiled SLA policy: build one with parsePolicy");
  return targets;
}
