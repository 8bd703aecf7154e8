import { applyEvent, replay } from "kefu/cases";
import { describe, expect, it } from "vitest";
import { CASE_ID, sample } from "./_events";

const opened = () => replay([sample("received", 0)])._unsafeUnwrap();

describe("log-level errors", () => {
  it("invalid_input: malformed events, with kefu codes in the issues", () => {
    const bad = applyEvent(opened(), { ...sample("comment", 1), text: "" })._unsafeUnwrapErr();
    expect(bad.code).toBe("invalid_input");
    const noOffset = applyEvent(opened(), {
      ...sample("comment", 1),
      at: "2025-10-01T10:00",
    })._unsafeUnwrapErr();
    expect(noOffset.code === "invalid_input" && noOffset.issues[0].code).toBe("invalid_instant");
    const typo = applyEvent(opened(), { ...sample("comment", 1), txt: "x" })._unsafeUnwrapErr();
    expect(typo.code === "invalid_input" && typo.issues.map((i) => i.code)).toContain("unrecognized_keys");
    const subtype = replay([
      sample("received", 0, { kind: "repair", subtype: undefined }),
    ])._unsafeUnwrapErr();
    expect(subtype.code === "invalid_input" && subtype.issues.map((i) => [i.path.join("."), i.code])).toEqual(
      [["0.subtype", "invalid_subtype"]],
    );
    expect(replay("not a log")._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(applyEvent(opened(), { type: "teleported" })._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  it("case_mismatch: an event for another case", () => {
    const error = applyEvent(opened(), sample("comment", 1, { caseId: "C-OTHER" }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "case_mismatch", eventType: "comment", status: "received" });
  });

  it("duplicate_event_id, in applyEvent and in replay", () => {
    const first = sample("comment", 1);
    const state = applyEvent(opened(), first)._unsafeUnwrap();
    expect(applyEvent(state, { ...sample("comment", 2), id: first.id })._unsafeUnwrapErr().code).toBe(
      "duplicate_event_id",
    );
    const received = sample("received", 0);
    const error = replay([received, { ...sample("comment", 1), id: received.id }])._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "duplicate_event_id", index: 1, eventId: received.id });
  });

  it("out_of_order: an event earlier than the latest", () => {
    const state = applyEvent(opened(), sample("comment", 10))._unsafeUnwrap();
    expect(applyEvent(state, sample("comment", 9))._unsafeUnwrapErr().code).toBe("out_of_order");
    expect(replay([sample("received", 5), sample("comment", 4)])._unsafeUnwrapErr()).toMatchObject({
      code: "out_of_order",
      index: 1,
    });
  });

  it("empty_log, not_received, too_many_events", () => {
    expect(replay([])._unsafeUnwrapErr().code).toBe("empty_log");
    expect(replay([sample("comment", 0)])._unsafeUnwrapErr()).toMatchObject({
      code: "not_received",
      index: 0,
    });
    const many = [
      sample("received", 0),
      ...Array.from({ length: 10_000 }, (_, i) => ({ ...sample("comment", 1), id: `c${i}` })),
    ];
    expect(replay(many)._unsafeUnwrapErr().code).toBe("too_many_events");
    const full = replay(many.slice(0, 10_000))._unsafeUnwrap();
    expect(full.events).toHaveLength(10_000);
    expect(applyEvent(full, sample("comment", 2))._unsafeUnwrapErr().code).toBe("too_many_events");
  });

  it("a refused event in a replay names its index and id", () => {
    const log = [sample("received", 0), sample("assigned", 1), sample("assigned", 2)];
    expect(replay(log)._unsafeUnwrapErr()).toMatchObject({
      code: "already_assigned",
      index: 2,
      eventId: log[2]?.id,
      status: "in_progress",
    });
  });

  it("a refused event leaves the case unchanged", () => {
    const state = opened();
    const snapshot = structuredClone(state);
    expect(applyEvent(state, sample("resolved", 1, { caseId: CASE_ID })).isOk()).toBe(true);
    expect(applyEvent(state, sample("closed", 1)).isErr()).toBe(true);
    expect(state).toEqual(snapshot);
  });
});
