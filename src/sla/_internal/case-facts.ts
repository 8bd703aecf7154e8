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

/** Who held a case: the assignee (the owner before any assignment). */
export interface Holder {
  readonly agent: string;
  readonly department: string | null;
}

/** One cycle: its events (the opener first: `received` or `reopened`) and how it ended. */
export interface Cycle {
  readonly number: number;
  readonly events: readonly CaseEvent[];
  /** The closing or cancelling event that ended the cycle, if any (by `now`). */
  readonly endedBy: CaseEvent | undefined;
}

/**
 * A case as an evaluation reads it, from one pass over its log: the log in time order, its cycles
 * up to `now`, and its attribute and holder timelines, so "as it stood at t" needs no further walk.
 * Entry i of `attributes` is in force from `attributesFrom[i]`; entry 0 is the case's own fields,
 * in force from the beginning (holders likewise, starting with the owner).
 */
export interface CaseFacts {
  /** The case, its log in time order (stable for equal times), so array order never matters. */
  readonly state: CaseState;
  readonly cycles: readonly Cycle[];
  readonly attributesFrom: readonly number[];
  readonly attributes: readonly CaseAttributes[];
  /** The instants at which a priority, tier or kind changed (classification and change events). */
  readonly changes: readonly number[];
  /** Whether every attribute entry has the same kind (then targets can be picked by kind). */
  readonly oneKind: boolean;
  readonly holdersFrom: readonly number[];
  readonly holders: readonly Holder[];
}

const NO_CHANGES: readonly number[] = Object.freeze([]);

/** Reads a case at `now`: its log put in time order if it is not, then its cycles and timelines. */
export function readCase(given: CaseState, now: number): CaseFacts {
  const events = given.events;
  const state = isInTimeOrder(events) ? given : { ...given, events: [...events].sort((a, b) => a.at - b.at) };
  let current: CaseAttributes = {
    kind: state.kind,
    subtype: state.subtype,
    priority: state.priority,
    tier: state.tier,
    channel: state.channel,
  };
  const attributesFrom = [Number.NEGATIVE_INFINITY];
  const attributes = [current];
  const changes: number[] = [];
  let oneKind = true;
  const holdersFrom = [Number.NEGATIVE_INFINITY];
  const holders: Holder[] = [{ agent: state.owner, department: null }];
  for (const event of state.events) {
    const next = changedAttributes(current, event);
    if (next !== current) {
      if (next.kind !== current.kind) oneKind = false;
      current = next;
      attributesFrom.push(event.at);
      attributes.push(next);
      if (event.type !== "received") changes.push(event.at);
    }
    if (event.type === "assigned" || event.type === "transferred") {
      holdersFrom.push(event.at);
      holders.push({ agent: event.assignee, department: event.department });
    }
  }
  return {
    state,
    cycles: cyclesOf(state.events, now),
    attributesFrom,
    attributes,
    changes: changes.length === 0 ? NO_CHANGES : changes,
    oneKind,
    holdersFrom,
    holders,
  };
}

function isInTimeOrder(events: readonly CaseEvent[]): boolean {
  for (let i = 1; i < events.length; i += 1)
    if ((events[i] as CaseEvent).at < (events[i - 1] as CaseEvent).at) return false;
  return true;
}

/** The attributes after an event, or the same object when the event changes none. */
function changedAttributes(current: CaseAttributes, event: CaseEvent): CaseAttributes {
  switch (event.type) {
    case "received":
      return {
        kind: event.kind,
        subtype: event.subtype ?? null,
        priority: event.priority,
        tier: event.tier ?? null,
        channel: event.channel,
      };
    case "classified":
      return {
        ...current,
        kind: event.kind,
        subtype: event.subtype ?? null,
        priority: event.priority ?? current.priority,
      };
    case "priority_changed":
      return { ...current, priority: event.priority };
    case "tier_changed":
      return { ...current, tier: event.tier };
    default:
      return current;
  }
}

/** The index of the last entry in force at t: the last `from` at or before t (entry 0 always is). */
function inForce(from: readonly number[], t: number): number {
  let i = from.length - 1;
  while (i > 0 && (from[i] as number) > t) i -= 1;
  return i;
}

/** The case's attributes in force at instant t (events at or before t). */
export function attributesAt(facts: CaseFacts, t: number): CaseAttributes {
  return facts.attributes[inForce(facts.attributesFrom, t)] as CaseAttributes;
}

/** Who held the case at instant t. */
export function holderAt(facts: CaseFacts, t: number): Holder {
  return facts.holders[inForce(facts.holdersFrom, t)] as Holder;
}

/** The instants after `from` and up to `to` at which a priority, tier or kind changed. */
export function attributeChanges(facts: CaseFacts, from: number, to: number): readonly number[] {
  if (facts.changes.length === 0) return NO_CHANGES;
  return facts.changes.filter((at) => at > from && at <= to);
}

/** A log (in time order) up to `now`, split into cycles. */
function cyclesOf(events: readonly CaseEvent[], now: number): Cycle[] {
  const cycles: Cycle[] = [];
  let from = 0;
  let endedBy: CaseEvent | undefined;
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
