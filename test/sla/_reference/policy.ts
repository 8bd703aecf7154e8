/**
 * The subset of SLA policy data the reference understands (test only). The same plain object is
 * given to `parsePolicy` (the engine) and to `refEvaluateCase` (the reference).
 */
import type { CaseEventType } from "kefu/cases";
import type { RefCalendar } from "../../calendar/_reference/reference-calendar";

export type RefPriority = "low" | "normal" | "high" | "urgent";
export const REF_PRIORITIES: readonly RefPriority[] = ["low", "normal", "high", "urgent"];

/** `{ days?, hours?, minutes? }`, the parts added together. */
export interface RefSpan {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

export interface RefMatrix {
  readonly byPriority: Partial<Record<RefPriority, RefSpan>>;
  readonly default?: RefSpan;
}

export type RefClock = "calendar" | { readonly business: string } | { readonly workingDays: string };

export interface RefTarget {
  readonly id: string;
  readonly label: string;
  readonly appliesTo?: {
    readonly channels?: readonly string[];
    readonly priorities?: readonly RefPriority[];
    readonly tiers?: readonly string[];
  };
  readonly start: readonly CaseEventType[];
  readonly stop: readonly CaseEventType[];
  readonly pause?: readonly CaseEventType[];
  readonly resume?: readonly CaseEventType[];
  readonly clock: RefClock;
  /** Exactly one of `deadline` and `window`. */
  readonly deadline?: RefSpan | RefMatrix;
  /** After the start only (no `before` anchor). */
  readonly window?: { readonly from: RefSpan; readonly to: RefSpan };
  readonly tierFactors?: Readonly<Record<string, number>>;
  /** Percent thresholds only; omitted means the default 50/75/90. */
  readonly warnings?: { readonly percent: readonly number[] };
}

export interface RefPolicy {
  readonly id: string;
  readonly timeZone: string;
  readonly calendars: Readonly<Record<string, RefCalendar>>;
  readonly targets: readonly RefTarget[];
}
