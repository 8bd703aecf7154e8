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
  /** The instants at which a classification or change event changed a priority, tier or kind. */
  readonly changes: readonly number[];
  /** Whether every attribute entry has the same kind (then targets can be picked by kind). */
  readonly oneKind: boolean;
  readonly holdersFrom: readonly number[];
  readonly holders: readonly Holder[];
}

const NO_CHANGES: readonly number[] = Object.freeze([]);

/**
 * Reads a case at `now` in one pass over its log: its cycles and timelines from the events up to
 * `now` (no later event can matter), and the order of the whole log. A log out of time order is
 * sorted (stably) and read again.
 */
export function readCase(given: CaseState, now: number): CaseFacts {
  const events = given.events;
  let current: CaseAttributes = {
    kind: given.kind,
    subtype: given.subtype,
    priority: given.priority,
    tier: given.tier,
    channel: given.channel,
  };
  const attributesFrom = [Number.NEGATIVE_INFINITY];
  const attributes = [current];
  const changes: number[] = [];
  let oneKind = true;
  const holdersFrom = [Number.NEGATIVE_INFINITY];
  const holders: Holder[] = [{ agent: given.owner, department: null }];
  const cycles: Cycle[] = [];
  let cycleFrom = 0;
  let endedBy: CaseEvent | undefined;
  let seen = events.length; // the events up to now: a prefix, the log being in time order
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as CaseEvent;
    const at = event.at;
    if (at < previous) return readCase({ ...given, events: [...events].sort((x, y) => x.at - y.at) }, now);
    previous = at;
    if (seen < events.length) continue; // past now: only the order is checked
    if (at > now) {
      seen = i;
      continue;
    }
    const type = event.type;
    if (type === "reopened" && i > cycleFrom) {
      cycles.push(cycleOf(cycles.length + 1, events, cycleFrom, i, endedBy));
      cycleFrom = i;
      endedBy = undefined;
    }
    if (endedBy === undefined && (type === "closed" || type === "cancelled")) endedBy = event;
    const next = changedAttributes(current, event);
    if (next !== current) {
      if (next.kind !== current.kind) oneKind = false;
      current = next;
      attributesFrom.push(at);
      attributes.push(next);
      if (type !== "received") changes.push(at);
    }
    if (event.type === "assigned" || event.type === "transferred") {
      holdersFrom.push(at);
      holders.push({ agent: event.assignee, department: event.department });
    }
  }
  if (seen > cycleFrom) cycles.push(cycleOf(cycles.length + 1, events, cycleFrom, seen, endedBy));
  return {
    state: given,
    cycles,
    attributesFrom,
    attributes,
    changes: changes.length === 0 ? NO_CHANGES : changes,
    oneKind,
    holdersFrom,
    holders,
  };
}

/** A cycle of events [from, to) of the log (the log itself when that is all of it). */
function cycleOf(
  number: number,
  events: readonly CaseEvent[],
  from: number,
  to: number,
  endedBy: CaseEvent | undefined,
): Cycle {
  return { number, events: from === 0 && to === events.length ? events : events.slice(from, to), endedBy };
}

/** The attributes after an event, or the same object when the event changes none. */
function changedAttributes(current: CaseAttributes, event: CaseEvent): CaseAttributes {
  switch (event.type) {
    case "received":
      return attributesOf(
        current,
        event.kind,
        event.subtype ?? null,
        event.priority,
        event.tier ?? null,
        event.channel,
      );
    case "classified":
      return attributesOf(
        current,
        event.kind,
        event.subtype ?? null,
        event.priority ?? current.priority,
        current.tier,
        current.channel,
      );
    case "priority_changed":
      return attributesOf(
        current,
        current.kind,
        current.subtype,
        event.priority,
        current.tier,
        current.channel,
      );
    case "tier_changed":
      return attributesOf(
        current,
        current.kind,
        current.subtype,
        current.priority,
        event.tier,
        current.channel,
      );
    default:
      return current;
  }
}

/** Attributes with these fields: `current` itself when nothing differs. */
function attributesOf(
  current: CaseAttributes,
  kind: CaseKind,
  subtype: CaseSubtype | null,
  priority: Priority,
  tier: string | null,
  channel: Channel,
): CaseAttributes {
  if (
    kind === current.kind &&
    subtype === current.subtype &&
    priority === current.priority &&
    tier === current.tier &&
    channel === current.channel
  )
    return current;
  return { kind, subtype, priority, tier, channel };
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
