import type { CaseEvent } from "./events.js";
import type { CaseState } from "./state.js";
import type { CaseKind, CaseStatus, CaseSubtype, Channel, Department, Priority } from "./vocabulary.js";

/**
 * One cycle of a case: from receipt (or a reopening) to its resolution and closing.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseCycle {
  readonly number: number;
  readonly openedAt: Date;
  readonly reopenReason: string | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  /** Elapsed milliseconds from opening to resolution, or null while unresolved. */
  readonly resolutionMs: number | null;
}

/**
 * What a host shows about a case, derived from its log.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseView {
  readonly id: string;
  readonly kind: CaseKind;
  readonly subtype: CaseSubtype | null;
  readonly channel: Channel;
  readonly priority: Priority;
  readonly tier: string | null;
  readonly status: CaseStatus;
  readonly paused: boolean;
  /** The accountable owner (首问负责制): the agent who first received the need. */
  readonly owner: string;
  readonly assignee: string | null;
  readonly department: Department | null;
  readonly receivedAt: Date;
  /** The first feedback to the customer, in any cycle. */
  readonly firstFeedbackAt: Date | null;
  /** The current cycle's resolution. */
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly pauses: readonly { readonly from: Date; readonly to: Date | null; readonly reason: string }[];
  readonly cycles: readonly CaseCycle[];
  /** Every assignment and transfer, in order. */
  readonly assignments: readonly {
    readonly at: Date;
    readonly to: string;
    readonly department: Department;
  }[];
  readonly followUps: readonly { readonly at: Date; readonly rating: number | null }[];
}

/**
 * Derives the views a host needs from a case: current state and assignee, first feedback,
 * resolution time, pauses as spans, reopen cycles, assignments and follow-ups.
 *
 * @param state - a case from `replay` or `applyEvent`.
 * @returns the view; every instant is a new `Date`.
 * @example
 * ```ts
 * const view = describeCase(complaint);
 * view.cycles[0]?.resolutionMs; // elapsed time to the first resolution
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function describeCase(state: CaseState): CaseView {
  const at = (event: CaseEvent) => new Date(event.at);
  const cycles: CaseCycle[] = [];
  const pauses: { from: Date; to: Date | null; reason: string }[] = [];
  const assignments: { at: Date; to: string; department: Department }[] = [];
  const followUps: { at: Date; rating: number | null }[] = [];
  let firstFeedbackAt: Date | null = null;
  const current = () => cycles.at(-1);
  const update = (patch: Partial<CaseCycle>) => {
    const cycle = current();
    if (cycle !== undefined) cycles[cycles.length - 1] = { ...cycle, ...patch };
  };
  const endPause = (end: Date) => {
    const open = pauses.at(-1);
    if (open !== undefined && open.to === null) open.to = end;
  };
  for (const event of state.events) {
    switch (event.type) {
      case "received":
      case "reopened":
        cycles.push({
          number: cycles.length + 1,
          openedAt: at(event),
          reopenReason: event.type === "reopened" ? event.reason : null,
          resolvedAt: null,
          closedAt: null,
          resolutionMs: null,
        });
        break;
      case "resolved":
        update({
          resolvedAt: at(event),
          resolutionMs: event.at - (current()?.openedAt.getTime() ?? event.at),
        });
        break;
      case "closed":
        update({ closedAt: at(event) });
        break;
      case "first_feedback":
        firstFeedbackAt ??= at(event);
        break;
      case "paused":
        pauses.push({ from: at(event), to: null, reason: event.reason });
        break;
      case "resumed":
      case "cancelled":
        endPause(at(event));
        break;
      case "assigned":
      case "transferred":
        assignments.push({ at: at(event), to: event.assignee, department: event.department });
        break;
      case "follow_up_done":
        followUps.push({ at: at(event), rating: event.rating ?? null });
        break;
      default:
        break;
    }
  }
  const cycle = current();
  return {
    id: state.id,
    kind: state.kind,
    subtype: state.subtype,
    channel: state.channel,
    priority: state.priority,
    tier: state.tier,
    status: state.status,
    paused: state.pausedSince !== null,
    owner: state.owner,
    assignee: state.assignee,
    department: state.department,
    receivedAt: cycles[0]?.openedAt ?? new Date(state.lastEventAt),
    firstFeedbackAt,
    resolvedAt: cycle?.resolvedAt ?? null,
    closedAt: cycle?.closedAt ?? null,
    pauses,
    cycles,
    assignments,
    followUps,
  };
}
