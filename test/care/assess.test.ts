import { assessCare, careTouchpointsFromCases, planCare } from "kefu/care";
import { replay } from "kefu/cases";
import { describe, expect, it } from "vitest";
import { customerOf, rulesOf } from "./_fixtures.js";

const rules = rulesOf({
  merge: false,
  rules: [
    { id: "birthday", kind: "birthday" },
    { id: "3dc", kind: "follow_up", after: "repair" },
  ],
});
const c = customerOf({ id: "c", birthday: "1980-10-12" }); // window 10-05 … 10-10
const plan = planCare(
  rules,
  [c],
  { from: "2025-10-01", to: "2025-10-31" },
  {
    events: [{ customerId: "c", type: "repair", on: "2025-10-20" }], // window 10-23 … 10-25
  },
)._unsafeUnwrap();

describe("assessCare", () => {
  it("finds on-time, early, late, missed, open and upcoming tasks", () => {
    const outcomes = (touchpoints: unknown[], asOf: string) =>
      assessCare(plan, touchpoints, { asOf })
        ._unsafeUnwrap()
        .tasks.map((t) => [t.outcome, t.doneOn, t.offsetDays]);
    expect(outcomes([{ customerId: "c", on: "2025-10-09" }], "2025-10-31")).toEqual([
      ["on_time", "2025-10-09", 0],
      ["missed", null, 0],
    ]);
    // a call at 2025-10-03T17:00Z is 10-04 01:00 in Shanghai: one day before the window opens
    expect(
      outcomes(
        [
          { customerId: "c", at: "2025-10-03T17:00:00Z", ruleId: "birthday" },
          { customerId: "c", on: "2025-10-28", kind: "follow_up" },
        ],
        "2025-10-31",
      ),
    ).toEqual([
      ["early", "2025-10-04", -1],
      ["late", "2025-10-28", 3],
    ]);
    expect(outcomes([], "2025-10-24")).toEqual([
      ["missed", null, 0],
      ["open", null, 0],
    ]);
    expect(outcomes([], "2025-10-01")).toEqual([
      ["upcoming", null, 0],
      ["upcoming", null, 0],
    ]);
  });

  it("matches in-window touchpoints first and reports those that served nothing", () => {
    const report = assessCare(
      plan,
      [
        { customerId: "c", on: "2025-10-11" }, // 1 day late for the birthday, but …
        { customerId: "c", on: "2025-10-24" }, // … this one is in the follow-up window
        { customerId: "c", on: "2025-09-01" }, // far outside any window (tolerance 14 days)
        { customerId: "other", on: "2025-10-09" },
      ],
      { asOf: "2025-10-31" },
    )._unsafeUnwrap();
    expect(report.tasks.map((t) => [t.outcome, t.touchpoint])).toEqual([
      ["late", 0],
      ["on_time", 1],
    ]);
    expect(report.unmatched).toEqual([2, 3]);
    expect(report.counts).toEqual({ on_time: 1, early: 0, late: 1, missed: 0, open: 0, upcoming: 0 });
  });

  it("uses toleranceDays for early and late matches", () => {
    const report = assessCare(plan, [{ customerId: "c", on: "2025-10-12" }], {
      asOf: "2025-10-31",
      toleranceDays: 1,
    })._unsafeUnwrap();
    expect(report.tasks[0]?.outcome).toBe("missed");
  });

  it("refuses bad input with invalid_input", () => {
    for (const [touchpoints, options] of [
      [[{ customerId: "c" }], { asOf: "2025-10-31" }], // neither at nor on
      [[{ customerId: "c", on: "2025-10-01", at: 0 }], { asOf: "2025-10-31" }], // both
      [[], { asOf: "2025-10-31", toleranceDays: 181 }],
      ["nope", { asOf: "2025-10-31" }],
      [[], {}],
    ] as const) {
      expect(assessCare(plan, touchpoints, options)._unsafeUnwrapErr().code).toBe("invalid_input");
    }
  });
});

describe("careTouchpointsFromCases", () => {
  it("reads follow_up_done events of cases with a customer", () => {
    const repair = replay([
      {
        type: "received",
        id: "e1",
        caseId: "R-1",
        at: "2025-10-20T09:00:00+08:00",
        channel: "phone",
        kind: "repair",
        subtype: "warranty",
        customerId: "c",
        by: "agent",
      },
      { type: "work_started", id: "e1b", caseId: "R-1", at: "2025-10-20T10:00:00+08:00" },
      { type: "work_completed", id: "e2", caseId: "R-1", at: "2025-10-20T15:00:00+08:00" },
      { type: "resolved", id: "e3", caseId: "R-1", at: "2025-10-20T16:00:00+08:00" },
      { type: "follow_up_done", id: "e4", caseId: "R-1", at: "2025-10-24T10:00:00+08:00" },
    ])._unsafeUnwrap();
    const done = careTouchpointsFromCases([repair]);
    expect(done).toEqual([
      { customerId: "c", at: Date.parse("2025-10-24T10:00:00+08:00"), caseId: "R-1", kind: "follow_up" },
    ]);
    const report = assessCare(plan, done, { asOf: "2025-10-31" })._unsafeUnwrap();
    expect(report.tasks.map((t) => t.outcome)).toEqual(["missed", "on_time"]); // kind follow_up cannot serve the birthday
  });
});
