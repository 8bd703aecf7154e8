import type { CompiledCareRule } from "../care-rules.js";
import type { CareReason } from "../plan-types.js";
import type { ShiftedWindow } from "./working-shift.js";

/** One anchor date a rule yields for a customer, before its window is placed. */
export interface Anchor {
  /** Day number of the anchor date. */
  readonly day: number;
  /** What it is ("Birthday greeting 生日祝福", "Mid-Autumn Festival 中秋节", …). */
  readonly label: string;
  /** How the anchor was found, for the explanation (built only when a plan explains). */
  readonly why: () => string;
  readonly unitId: string | null;
  readonly caseId: string | null;
  /** A visit's period end (its window is the period itself). */
  readonly periodEnd?: number;
}

/**
 * An anchor with its window placed (and moved onto working dates). The fields after `shared` are
 * filled in as tasks are built; every candidate starts with all of them (see `candidateOf`), so
 * all candidates share one object shape.
 */
export interface Candidate {
  readonly rule: CompiledCareRule;
  readonly anchor: Anchor;
  readonly rawOpens: number;
  readonly rawDue: number;
  readonly opens: number;
  readonly due: number;
  readonly shiftNote: (() => string) | null;
  /** Whether many customers share this candidate (holidays, visits of one tier). */
  readonly shared: boolean;
  /** The public reason, built once (holiday and visit candidates are shared by many customers). */
  reason: CareReason | undefined;
  /** The explanation step, built once. */
  step: string | undefined;
  /** `[reason]`, shared by every single-reason task of this candidate. */
  reasons: readonly CareReason[] | undefined;
  /** The task-id part after the customer id, built once. */
  idSuffix: string | undefined;
  /** A single-reason task's steps per customer tier, built once. */
  stepsByTier: Map<string | undefined, readonly string[]> | undefined;
}

/** A candidate with nothing built yet. */
export function candidateOf(
  rule: CompiledCareRule,
  anchor: Anchor,
  rawOpens: number,
  rawDue: number,
  moved: ShiftedWindow,
  shared: boolean,
): Candidate {
  return {
    rule,
    anchor,
    rawOpens,
    rawDue,
    opens: moved.opens,
    due: moved.due,
    shiftNote: moved.note,
    shared,
    reason: undefined,
    step: undefined,
    reasons: undefined,
    idSuffix: undefined,
    stepsByTier: undefined,
  };
}
