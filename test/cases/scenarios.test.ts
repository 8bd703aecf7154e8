import { applyEvent, type CaseEventInput, type CaseState, describeCase, replay } from "kefu/cases";
import { describe, expect, it } from "vitest";
import { sample } from "./_events";

/** Applies events in order, failing the test on the first refusal. */
function run(events: CaseEventInput[]): CaseState {
  const [first, ...rest] = events;
  let state = replay([first])._unsafeUnwrap();
  for (const event of rest) state = applyEvent(state, event)._unsafeUnwrap();
  return state;
}

describe("complaint (投诉): reviewed before a plan, followed up after resolution", () => {
  it("runs from receipt to follow-up and close; the first receiver stays the owner", () => {
    const state = run([
      sample("received", 0, { kind: "complaint", subtype: undefined, channel: "hotline", by: "agent-li" }),
      sample("registered", 1),
      sample("assigned", 5, { assignee: "agent-wang", department: "customer_service" }),
      sample("first_feedback", 30),
      sample("complaint_reviewed", 60, { valid: true, reason: "leak confirmed" }),
      sample("transferred", 61, { assignee: "agent-zhao", department: "production_engineering" }),
      sample("plan_proposed", 120),
      sample("work_started", 2000),
      sample("work_completed", 2100),
      sample("resolved", 2110),
      sample("follow_up_done", 5000, { rating: 4 }),
      sample("closed", 5001),
    ]);
    expect(state.status).toBe("closed");
    expect(state.owner).toBe("agent-li");
    expect(state.assignee).toBe("agent-zhao");
    expect(state.department).toBe("production_engineering");
    const view = describeCase(state);
    expect(view.firstFeedbackAt?.toISOString()).toBe("2025-09-30T09:50:00.000Z");
    expect(view.cycles).toHaveLength(1);
    expect(view.cycles[0]?.resolutionMs).toBe(2110 * 60_000);
    expect(view.followUps).toEqual([
      { at: new Date(Date.parse("2025-09-30T17:20:00+08:00") + 5000 * 60_000), rating: 4 },
    ]);
    expect(view.assignments.map((a) => a.to)).toEqual(["agent-wang", "agent-zhao"]);
  });

  it("an invalid complaint cannot be handled and is closed with its reason", () => {
    let state = run([
      sample("received", 0, { kind: "complaint", subtype: undefined }),
      sample("complaint_reviewed", 10, {
        valid: false,
        reason: "the damage was caused by the owner's renovation",
      }),
    ]);
    expect(applyEvent(state, sample("plan_proposed", 11))._unsafeUnwrapErr().code).toBe("complaint_invalid");
    expect(applyEvent(state, sample("resolved", 11))._unsafeUnwrapErr().code).toBe("complaint_invalid");
    expect(applyEvent(state, sample("work_started", 11))._unsafeUnwrapErr().code).toBe("complaint_invalid");
    state = applyEvent(
      state,
      sample("closed", 12, { reason: "invalid: owner's renovation" }),
    )._unsafeUnwrap();
    expect(state.status).toBe("closed");
    expect(state.review).toEqual({ valid: false, reason: "the damage was caused by the owner's renovation" });
  });

  it("a complaint is reviewed once", () => {
    const state = run([
      sample("received", 0, { kind: "complaint", subtype: undefined }),
      sample("complaint_reviewed", 1),
    ]);
    expect(applyEvent(state, sample("complaint_reviewed", 2))._unsafeUnwrapErr().code).toBe(
      "complaint_already_reviewed",
    );
  });
});

describe("after-sales repair (售后/维保修)", () => {
  it("a paid repair needs the customer's approval of a quote before work starts", () => {
    let state = run([
      sample("received", 0, { kind: "repair", subtype: "paid", channel: "wechat" }),
      sample("assigned", 1),
      sample("service_confirmed", 30, {
        content: "replace the water heater valve",
        scheduledAt: "2025-10-09T10:00+08:00",
      }),
      sample("quote_issued", 40, { quoteId: "Q-7", amount: { amount: 38_000, currency: "CNY" } }),
    ]);
    expect(applyEvent(state, sample("work_started", 41))._unsafeUnwrapErr().code).toBe("quote_not_approved");
    expect(applyEvent(state, sample("quote_approved", 41, { quoteId: "Q-8" }))._unsafeUnwrapErr().code).toBe(
      "unknown_quote",
    );
    state = applyEvent(state, sample("quote_approved", 50, { quoteId: "Q-7" }))._unsafeUnwrap();
    expect(state.quote).toEqual({ id: "Q-7", amount: { amount: 38_000, currency: "CNY" }, approved: true });
    expect(applyEvent(state, sample("quote_approved", 51, { quoteId: "Q-7" }))._unsafeUnwrapErr().code).toBe(
      "quote_already_approved",
    );
    expect(applyEvent(state, sample("quote_issued", 51, { quoteId: "Q-9" }))._unsafeUnwrapErr().code).toBe(
      "quote_already_approved",
    );
    expect(applyEvent(state, sample("resolved", 51))._unsafeUnwrapErr().code).toBe("work_not_completed");
    state = applyEvent(state, sample("work_started", 60))._unsafeUnwrap();
    expect(applyEvent(state, sample("work_started", 61))._unsafeUnwrapErr().code).toBe(
      "work_already_started",
    );
    state = applyEvent(state, sample("work_completed", 90))._unsafeUnwrap();
    expect(applyEvent(state, sample("work_completed", 91))._unsafeUnwrapErr().code).toBe(
      "work_already_completed",
    );
    state = applyEvent(state, sample("resolved", 95))._unsafeUnwrap();
    expect(state.status).toBe("resolved");
  });

  it("a re-issued quote replaces an unapproved one", () => {
    const state = run([
      sample("received", 0, { kind: "repair", subtype: "paid" }),
      sample("quote_issued", 1, { quoteId: "Q-1" }),
      sample("quote_issued", 2, { quoteId: "Q-2", amount: { amount: 30_000, currency: "CNY" } }),
    ]);
    expect(state.quote?.id).toBe("Q-2");
    expect(applyEvent(state, sample("quote_approved", 3, { quoteId: "Q-1" }))._unsafeUnwrapErr().code).toBe(
      "unknown_quote",
    );
  });

  it("a warranty repair needs no quote", () => {
    const state = run([
      sample("received", 0, { kind: "repair", subtype: "warranty" }),
      sample("work_started", 1),
      sample("work_completed", 2),
      sample("resolved", 3),
    ]);
    expect(state.status).toBe("resolved");
  });

  it("the kind cannot change once work has begun", () => {
    const state = run([
      sample("received", 0, { kind: "repair", subtype: "warranty" }),
      sample("work_started", 1),
    ]);
    expect(
      applyEvent(state, sample("classified", 2, { kind: "repair", subtype: "paid" }))._unsafeUnwrapErr().code,
    ).toBe("classification_locked");
    expect(
      applyEvent(
        state,
        sample("classified", 2, { kind: "repair", subtype: "warranty", priority: "urgent" }),
      )._unsafeUnwrap().priority,
    ).toBe("urgent");
  });
});

describe("inquiry (咨询), reopening, pauses", () => {
  it("reopening starts a new cycle; closed cases only reopen", () => {
    let state = run([
      sample("received", 0),
      sample("assigned", 1),
      sample("first_feedback", 10),
      sample("resolved", 20),
      sample("closed", 30),
    ]);
    expect(applyEvent(state, sample("comment", 31))._unsafeUnwrapErr().code).toBe("case_closed");
    state = applyEvent(state, sample("reopened", 40, { reason: "the answer was wrong" }))._unsafeUnwrap();
    expect([state.status, state.cycle]).toEqual(["in_progress", 2]);
    state = applyEvent(state, sample("resolved", 100))._unsafeUnwrap();
    const view = describeCase(state);
    expect(view.cycles.map((c) => [c.number, c.reopenReason, c.resolutionMs])).toEqual([
      [1, null, 20 * 60_000],
      [2, "the answer was wrong", 60 * 60_000],
    ]);
    expect(view.resolvedAt?.getTime()).toBe(Date.parse("2025-09-30T17:20:00+08:00") + 100 * 60_000);
    expect(view.closedAt).toBeNull();
  });

  it("pauses are spans; a paused case cannot be resolved", () => {
    let state = run([sample("received", 0), sample("paused", 10, { reason: "waiting on customer" })]);
    expect(applyEvent(state, sample("resolved", 11))._unsafeUnwrapErr().code).toBe("case_paused");
    state = applyEvent(state, sample("resumed", 70))._unsafeUnwrap();
    state = applyEvent(state, sample("paused", 80, { reason: "waiting on parts" }))._unsafeUnwrap();
    const view = describeCase(state);
    expect(view.paused).toBe(true);
    expect(
      view.pauses.map((p) => [p.reason, p.to === null ? null : (p.to.getTime() - p.from.getTime()) / 60_000]),
    ).toEqual([
      ["waiting on customer", 60],
      ["waiting on parts", null],
    ]);
    state = applyEvent(state, sample("cancelled", 90))._unsafeUnwrap();
    expect(describeCase(state).pauses[1]?.to?.getTime()).toBe(
      Date.parse("2025-09-30T17:20:00+08:00") + 90 * 60_000,
    );
    expect(applyEvent(state, sample("reopened", 91))._unsafeUnwrapErr().code).toBe("case_cancelled");
  });

  it("events may share a timestamp", () => {
    const state = run([sample("received", 0), sample("assigned", 0), sample("first_feedback", 0)]);
    expect(state.events).toHaveLength(3);
  });
});
