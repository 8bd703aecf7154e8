import { fc, test } from "@fast-check/vitest";
import { applyEvent, CASE_EVENT_TYPES, type CaseEventInput, type CaseState, replay } from "kefu/cases";
import { describe, expect } from "vitest";
import { KINDS, type KindName, sample } from "./_events";

// Random event streams: each event is applied if the process allows it, else skipped.
const arbStream = fc.record({
  kind: fc.constantFrom(...(Object.keys(KINDS) as KindName[])),
  types: fc.array(fc.constantFrom(...CASE_EVENT_TYPES), { maxLength: 40 }),
});

function feed(kind: KindName, types: readonly (typeof CASE_EVENT_TYPES)[number][]) {
  let state: CaseState = replay([sample("received", 0, KINDS[kind])])._unsafeUnwrap();
  const accepted: CaseEventInput[] = [state.events[0] as CaseEventInput];
  const refusedStates: [CaseState, CaseState][] = [];
  types.forEach((type, i) => {
    const extra = type === "classified" ? KINDS[kind] : {};
    const event = sample(type, i + 1, extra);
    const before = structuredClone(state);
    const next = applyEvent(state, event);
    if (next.isOk()) {
      state = next.value;
      accepted.push(event);
    } else refusedStates.push([before, state]);
  });
  return { state, accepted, refusedStates };
}

describe("life-cycle laws", () => {
  test.prop([arbStream], { numRuns: 300 })(
    "applying events one by one equals replaying the accepted log",
    ({ kind, types }) => {
      const { state, accepted } = feed(kind, types);
      expect(replay(accepted)._unsafeUnwrap()).toEqual(state);
    },
  );

  test.prop([arbStream], { numRuns: 200 })("replay is deterministic", ({ kind, types }) => {
    const { accepted } = feed(kind, types);
    expect(replay(accepted)._unsafeUnwrap()).toEqual(replay(structuredClone(accepted))._unsafeUnwrap());
  });

  test.prop([arbStream], { numRuns: 200 })("a rejected event never changes the case", ({ kind, types }) => {
    for (const [before, after] of feed(kind, types).refusedStates) expect(after).toEqual(before);
  });

  test.prop([arbStream], { numRuns: 200 })(
    "the owner never changes; the log only grows",
    ({ kind, types }) => {
      const { state, accepted } = feed(kind, types);
      expect(state.owner).toBe("agent-li");
      expect(state.events.map((e) => e.id)).toEqual(accepted.map((e) => e.id));
    },
  );
});
