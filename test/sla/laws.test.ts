import { fc, test } from "@fast-check/vitest";
import { applyEvent, type CaseEventInput, type CaseState, replay } from "kefu/cases";
import { evaluateCase, type TargetResult } from "kefu/sla";
import { describe, expect } from "vitest";
import { policy, reply4h, sh } from "./_fixtures";

const p = policy([
  { ...reply4h, id: "elapsed" },
  {
    ...reply4h,
    id: "business",
    clock: { business: "office" },
    deadline: { byPriority: { urgent: { hours: 2 } }, default: { hours: 9 } },
  },
  {
    id: "window",
    label: "window",
    start: ["received"],
    stop: ["resolved"],
    clock: "calendar",
    window: { from: { days: 1 }, to: { days: 2 } },
  },
]);
const T0 = sh("2025-09-29T08:00");
const STEPS = [
  "first_feedback",
  "paused",
  "resumed",
  "priority_changed",
  "comment",
  "resolved",
  "reopened",
  "tier_changed",
] as const;

/** A random complaint log: events at increasing minutes, each kept only if the process allows it. */
const arbCase = fc
  .array(fc.tuple(fc.constantFrom(...STEPS), fc.integer({ min: 0, max: 12 * 60 })), { maxLength: 12 })
  .map((steps) => {
    let state = replay([
      {
        type: "received",
        id: "r",
        caseId: "C",
        at: T0,
        channel: "phone",
        kind: "inquiry",
        subtype: "after_sale",
        by: "li",
      },
    ])._unsafeUnwrap();
    let at = T0;
    steps.forEach(([type, gap], i) => {
      at += (gap + 1) * 60_000;
      const payload: Record<string, unknown> =
        {
          paused: { reason: "wait" },
          reopened: { reason: "again" },
          priority_changed: { priority: i % 2 ? "urgent" : "low" },
          comment: { text: "x" },
          tier_changed: { tier: "A" },
        }[type as string] ?? {};
      const next = applyEvent(state, { type, id: `e${i}`, caseId: "C", at, ...payload } as CaseEventInput);
      if (next.isOk()) state = next.value;
    });
    return state;
  });
const arbNow = fc.integer({ min: 0, max: 20 * 24 * 60 }).map((m) => T0 + m * 60_000);
const evaluate = (state: CaseState, now: number) => evaluateCase(p, state, now)._unsafeUnwrap();
const key = (r: TargetResult) => `${r.targetId}/${r.cycle}`;

describe("SLA laws", () => {
  test.prop([arbCase, arbNow, arbNow], { numRuns: 300 })(
    "the fraction consumed never decreases as now grows",
    (state, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const later = new Map(evaluate(state, late).map((r) => [key(r), r]));
      for (const r of evaluate(state, early)) {
        const after = later.get(key(r));
        if (r.fractionConsumed !== null && after?.fractionConsumed != null)
          expect(after.fractionConsumed).toBeGreaterThanOrEqual(r.fractionConsumed);
      }
    },
  );

  test.prop([arbCase, arbNow, arbNow], { numRuns: 300 })(
    "met, breached and early are final for a cycle",
    (state, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const later = new Map(evaluate(state, late).map((r) => [key(r), r]));
      for (const r of evaluate(state, early)) {
        if (r.state === "met" || r.state === "breached" || r.state === "early") {
          expect(later.get(key(r))?.state).toBe(r.state);
          expect(later.get(key(r))?.dueAt?.getTime()).toBe(r.dueAt?.getTime());
        }
      }
    },
  );

  test.prop([arbCase, arbNow, fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 })], {
    numRuns: 200,
  })("pausing never increases the business time elapsed", (state, now, pauseAfter, pauseFor) => {
    const last = state.events.at(-1)?.at ?? T0;
    const from = last + pauseAfter * 60_000;
    const paused = applyEvent(state, {
      type: "paused",
      id: "pz",
      caseId: "C",
      at: from,
      reason: "x",
    }).andThen((s) =>
      applyEvent(s, { type: "resumed", id: "rz", caseId: "C", at: from + pauseFor * 60_000 }),
    );
    if (paused.isErr()) return;
    const with_ = new Map(evaluate(paused.value, now).map((r) => [key(r), r]));
    for (const r of evaluate(state, now)) {
      const other = with_.get(key(r));
      if (r.targetId === "business" && other !== undefined)
        expect(other.elapsedMs).toBeLessThanOrEqual(r.elapsedMs);
    }
  });

  test.prop([arbCase, arbNow, fc.integer()], { numRuns: 200 })(
    "results do not depend on the order of the event array",
    (state, now, seed) => {
      const shuffled = [...state.events].sort(
        (a, b) => ((a.at * 31 + seed) % 97) - ((b.at * 31 + seed) % 97),
      );
      expect(evaluate({ ...state, events: shuffled }, now)).toEqual(evaluate(state, now));
    },
  );
});
