import type { CaseState } from "../cases/state.js";

/**
 * A touchpoint made, as `assessCare` reads it: a customer, an instant (epoch ms) or a local date,
 * and optionally what it was for.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareTouchpoint {
  /** The customer contacted. */
  readonly customerId: string;
  /** When (epoch ms); read on the plan zone's wall clock. */
  readonly at: number;
  /** The case it was recorded on. */
  readonly caseId: string;
  /** `"follow_up"` for a follow-up made on a repair, complaint or other case; absent on a follow-up case. */
  readonly kind?: "follow_up";
}

/**
 * Reads the touchpoints made from case logs: every `follow_up_done` event of a case with a
 * customer. On a follow-up case (kind `follow_up`, e.g. a care call registered as a case) it may
 * serve any task of the customer; on another case (the 3DC call after a repair) only a follow-up task.
 *
 * @param cases - case states from `replay` or `applyEvent`.
 * @returns the touchpoints, in case order then event order.
 * @example
 * ```ts
 * const done = careTouchpointsFromCases([repairCase]);
 * done[0]; // { customerId: "C-1", at: 1760583600000, caseId: "R-9", kind: "follow_up" }
 * ```
 * @category Care
 * @since 0.1.0
 */
export function careTouchpointsFromCases(cases: readonly CaseState[]): readonly CareTouchpoint[] {
  const touchpoints: CareTouchpoint[] = [];
  for (const state of cases) {
    if (state.customerId === null) continue;
    for (const event of state.events) {
      if (event.type !== "follow_up_done") continue;
      const base = { customerId: state.customerId, at: event.at, caseId: state.id };
      touchpoints.push(state.kind === "follow_up" ? base : { ...base, kind: "follow_up" });
    }
  }
  return touchpoints;
}
