import type { BusinessCalendar } from "../calendar/calendar.js";
import type { CaseEventType } from "../cases/events.js";
import { CASE_KINDS, type CaseKind } from "../cases/vocabulary.js";
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

/** A policy's targets, all of them and by the case kind they can apply to (in policy order). */
interface CompiledTargets {
  readonly all: readonly CompiledTarget[];
  readonly byKind: ReadonlyMap<CaseKind, readonly CompiledTarget[]>;
}

const compiled = new WeakMap<SlaPolicy, CompiledTargets>();

export function wrapPolicy(policy: SlaPolicy, targets: readonly CompiledTarget[]): SlaPolicy {
  const frozen = Object.freeze(policy);
  const byKind = new Map(
    CASE_KINDS.map((kind) => [
      kind,
      targets.filter(({ target }) => target.appliesTo?.kinds?.includes(kind) ?? true),
    ]),
  );
  compiled.set(frozen, { all: targets, byKind });
  return frozen;
}

/** The policy's targets that can apply to a case of `kind`, or all of them for `null`. */
export function compiledTargets(policy: SlaPolicy, kind: CaseKind | null = null): readonly CompiledTarget[] {
  const targets = compiled.get(policy);
  if (targets === undefined) throw new Error("[kefu] not a compiled SLA policy: build one with parsePolicy");
  return (kind === null ? undefined : targets.byKind.get(kind)) ?? targets.all;
}
