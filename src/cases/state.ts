import type { Money } from "../core/money/money.js";
import type { CaseEvent } from "./events.js";
import type { CaseKind, CaseStatus, CaseSubtype, Channel, Department, Priority } from "./vocabulary.js";

/**
 * A case as its event log has made it: plain, immutable data (instants as epoch milliseconds), so a
 * host can store it as JSON. Build it with `replay`, advance it with `applyEvent`.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseState {
  readonly id: string;
  readonly kind: CaseKind;
  readonly subtype: CaseSubtype | null;
  readonly channel: Channel;
  readonly priority: Priority;
  readonly customerId: string | null;
  readonly unitId: string | null;
  readonly tier: string | null;
  readonly status: CaseStatus;
  /** When the current pause began (epoch ms), or null when the case is not paused. */
  readonly pausedSince: number | null;
  /** The agent who first received the need and stays accountable for it (首问负责制). */
  readonly owner: string;
  /** Who works on it now; transfers change this, never the owner. */
  readonly assignee: string | null;
  readonly department: Department | null;
  /** 1 for the first cycle; each reopening starts the next. */
  readonly cycle: number;
  /** A complaint's review (authenticity and validity), once made. */
  readonly review: { readonly valid: boolean; readonly reason: string } | null;
  /** Whether a handling plan was proposed in this cycle. */
  readonly planProposed: boolean;
  /** A paid repair's latest quote. */
  readonly quote: { readonly id: string; readonly amount: Money; readonly approved: boolean } | null;
  /** Work on the need in this cycle. */
  readonly work: "none" | "started" | "completed";
  /** The time of the latest event (epoch ms). */
  readonly lastEventAt: number;
  /** The append-only log, oldest first. */
  readonly events: readonly CaseEvent[];
}

/** A case without its log: what a transition reads and changes. */
export type CaseCore = Omit<CaseState, "events">;
