import type { CaseEvent } from "../../cases/events.js";
import type { CaseState } from "../../cases/state.js";
import type { CaseKind, CaseSubtype, Channel, Priority } from "../../cases/vocabulary.js";

/** What a target matches on, as it stood at some instant. */
export interface CaseAttributes {
  readonly kind: CaseKind;
  readonly subtype: CaseSubtype | null;
  readonly priority: Priority;
  readonly tier: string | null;
  readonly channel: Channel;
}

/** One cycle: its events (the opener first: `received` or `reopened`) and how it ended. */
export interface Cycle {
  readonly number: number;
  readonly events: readonly CaseEvent[];
  /** The closing or cancelling event that ended the cycle, if any (by `now`). */
  readonly endedBy: CaseEvent | undefined;
}

/** The case's log (in time order) up to `now`, split into cycles. */
export function cyclesOf(state: CaseState, now: number): Cycle[] {
  const cycles: Cycle[] = [];
  let from = 0;
  let endedBy: CaseEvent | undefined;
  const events = state.events;
  const flush = (to: number) => {
    if (to > from)
      cycles.push({
        number: cycles.length + 1,
        events: from === 0 && to === events.length ? events : events.slice(from, to),
        endedBy,
      });
    from = to;
    endedBy = undefined;
  };
  let i = 0;
  for (; i < events.length; i += 1) {
    const event = events[i] as CaseEvent;
    if (event.at > now) break;
    if (event.type === "reopened") flush(i);
    if (endedBy === undefined && (event.type === "closed" || event.type === "cancelled")) endedBy = event;
  }
  flush(i);
  return cycles;
}

/** The case's attributes in force at instant t (events at or before t). */
export function attributesAt(state: CaseState, t: number): CaseAttributes {
  let { kind, subtype, priority, tier, channel } = state;
  for (const event of state.events) {
    if (event.at > t) continue;
    switch (event.type) {
      case "received":
        ({ kind, priority, channel } = event);
        subtype = event.subtype ?? null;
        tier = event.tier ?? null;
        break;
      case "classified":
        kind = event.kind;
        subtype = event.subtype ?? null;
        priority = event.priority ?? priority;
        break;
      case "priority_changed":
        priority = event.priority;
        break;
      case "tier_changed":
        tier = event.tier;
        break;
      default:
        break;
    }
  }
  return { kind, subtype, priority, tier, channel };
}

/** The instants after `from` and up to `to` at which a priority, tier or kind changed. */
export function attributeChanges(state: CaseState, from: number, to: number): number[] {
  const changes: number[] = [];
  for (const e of state.events) {
    const changing = e.type === "classified" || e.type === "priority_changed" || e.type === "tier_changed";
    if (changing && e.at > from && e.at <= to) changes.push(e.at);
  }
  return changes;
}

/** Who held the case at instant t: the assignee then (the owner before any assignment). */
export function holderAt(
  state: CaseState,
  t: number,
): { readonly agent: string; readonly department: string | null } {
  let holder: { agent: string; department: string | null } = { agent: state.owner, department: null };
  for (const event of state.events) {
    if (event.at > t) continue;
    if (event.type === "assigned" || event.type === "transferred")
      holder = { agent: event.assignee, department: event.department };
  }
  return holder;
}
