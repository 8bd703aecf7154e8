import { calendarFromPreset, cnMainlandPreset, parseCalendar } from "kefu/calendar";
import { type CareTask, planCare } from "kefu/care";
import { describe, expect, it } from "vitest";
import { customerOf, rulesOf } from "./_fixtures.js";

const YEAR_2025 = { from: "2025-01-01", to: "2025-12-31" };
const DAY = [["09:00", "18:00"]] as const;
const office = calendarFromPreset(cnMainlandPreset, {
  weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
})._unsafeUnwrap();

const brief = (tasks: readonly CareTask[]) =>
  tasks.map((t) => [t.customerId, t.reasons.map((r) => r.ruleId).join("+"), t.opens, t.due, t.priority]);

describe("planCare: a year for a few customers, checked by hand", () => {
  const rules = rulesOf({
    priorityByTier: { A: "high" },
    merge: false,
    rules: [
      { id: "birthday", kind: "birthday" },
      { id: "holidays", kind: "holiday", holidays: ["spring_festival", "mid_autumn", "national_day"] },
      { id: "7dc", kind: "follow_up", after: "delivery", unitTypes: ["vehicle"] },
    ],
  });
  const wang = customerOf({
    id: "wang",
    birthday: "1990-01-03",
    units: [{ type: "vehicle", id: "V-1", vin: "LSVAA4182E2123456", deliveredOn: "2025-03-20" }],
  });
  const li = customerOf({ id: "li", tier: "A" }); // no birthday, no units

  it("lists every task whose window overlaps 2025, by due date", () => {
    const plan = planCare(rules, [wang, li], YEAR_2025, { explain: true })._unsafeUnwrap();
    expect(brief(plan.tasks)).toEqual([
      // birthday 2025-01-03, 2–7 days before: 12-27 … 01-01, crossing the year end
      ["wang", "birthday", "2024-12-27", "2025-01-01", "normal"],
      ["wang", "holidays", "2025-01-29", "2025-01-29", "normal"], // Spring Festival 2025
      ["li", "holidays", "2025-01-29", "2025-01-29", "high"],
      ["wang", "7dc", "2025-03-27", "2025-03-30", "normal"], // delivered 03-20, +7 … +10
      ["wang", "holidays", "2025-10-01", "2025-10-01", "normal"], // National Day
      ["li", "holidays", "2025-10-01", "2025-10-01", "high"],
      ["wang", "holidays", "2025-10-06", "2025-10-06", "normal"], // Mid-Autumn 2025
      ["li", "holidays", "2025-10-06", "2025-10-06", "high"],
      // birthday 2026-01-03: its window 12-27 … 01-01 opens inside 2025
      ["wang", "birthday", "2025-12-27", "2026-01-01", "normal"],
    ]);
    expect(plan.tasks[0]?.reasons[0]?.anchor).toBe("2025-01-03");
    expect(plan.tasks[0]?.steps[0]).toContain("birthday 1990-01-03, year 35");
  });

  it("a customer without a birthday gets no birthday task", () => {
    const plan = planCare(rules, [li], YEAR_2025)._unsafeUnwrap();
    expect(plan.tasks.some((t) => t.reasons.some((r) => r.kind === "birthday"))).toBe(false);
  });
});

describe("planCare: 29 February birthdays", () => {
  const leapling = customerOf({ id: "leap", birthday: "2000-02-29" });
  const plan = (leapDay: "feb28" | "mar1", range = { from: "2025-02-01", to: "2025-03-31" }) =>
    planCare(rulesOf({ leapDay, rules: [{ id: "b", kind: "birthday" }] }), [leapling], range, {
      explain: true,
    })._unsafeUnwrap().tasks;

  it("falls on 28 February in a common year by default (window 02-21 … 02-26)", () => {
    expect(brief(plan("feb28"))).toEqual([["leap", "b", "2025-02-21", "2025-02-26", "normal"]]);
    expect(plan("feb28")[0]?.reasons[0]?.anchor).toBe("2025-02-28");
    expect(plan("feb28")[0]?.steps[0]).toContain("29 February observed on 2025-02-28");
  });

  it("falls on 1 March with leapDay mar1 (window 02-22 … 02-27)", () => {
    expect(brief(plan("mar1"))).toEqual([["leap", "b", "2025-02-22", "2025-02-27", "normal"]]);
  });

  it("is 29 February itself in a leap year (window 02-22 … 02-27)", () => {
    expect(brief(plan("feb28", { from: "2028-02-01", to: "2028-03-31" }))).toEqual([
      ["leap", "b", "2028-02-22", "2028-02-27", "normal"],
    ]);
  });
});

describe("planCare: merging and working days", () => {
  const rules = rulesOf({
    rules: [
      { id: "birthday", kind: "birthday" },
      { id: "holidays", kind: "holiday", holidays: ["national_day", "mid_autumn"] },
    ],
  });
  const zhao = customerOf({ id: "zhao", birthday: "1985-10-08" }); // window 10-01 … 10-06
  const october = { from: "2025-10-01", to: "2025-10-31" };

  it("merges a birthday greeting into the National Day call (common window 10-01)", () => {
    const tasks = planCare(rules, [zhao], october, { explain: true })._unsafeUnwrap().tasks;
    expect(brief(tasks)).toEqual([
      ["zhao", "birthday+holidays", "2025-10-01", "2025-10-01", "normal"],
      ["zhao", "holidays", "2025-10-06", "2025-10-06", "normal"], // 10-06 is outside 10-01
    ]);
    expect(tasks[0]?.id).toBe("zhao:birthday:2025-10-08+zhao:holidays:2025-10-01");
    expect(tasks[0]?.steps).toContain(
      "merged 2 reasons into one touchpoint: common window 2025-10-01 … 2025-10-01",
    );
  });

  it("moves greetings before the National Day break onto the last working date (Tue 09-30)", () => {
    // 2025-10-01 … 10-08 are public holidays; 09-28 (Sun) and 10-11 (Sat) are make-up days.
    const tasks = planCare(
      rules,
      [zhao],
      { from: "2025-09-20", to: "2025-10-31" },
      { calendar: office },
    )._unsafeUnwrap().tasks;
    expect(brief(tasks)).toEqual([
      ["zhao", "birthday+holidays+holidays", "2025-09-30", "2025-09-30", "normal"],
    ]);
  });

  it("moves a follow-up window that holds no working date to the next working date", () => {
    const followUp = rulesOf({ rules: [{ id: "3dc", kind: "follow_up", after: "repair" }] });
    const car = customerOf({ id: "car" });
    // repair 09-29 → window 10-02 … 10-04, all holidays → next working date 10-09 (Thu)
    const tasks = planCare(followUp, [car], october, {
      calendar: office,
      events: [{ customerId: "car", type: "repair", on: "2025-09-29" }],
    })._unsafeUnwrap().tasks;
    expect(brief(tasks)).toEqual([["car", "3dc", "2025-10-09", "2025-10-09", "normal"]]);
  });

  it("keeps a window where it is when no working date lies within 60 days of it, and says so", () => {
    // Closed from 07-01 to the year end: no working date from 10-05 to 12-03 (the 60 days after
    // the follow-up window) nor from 09-30 back to 08-01 (the 60 days before the greeting's).
    const closed = parseCalendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: DAY },
      closures: [{ start: "2025-07-01T00:00+08:00", end: "2026-01-01T00:00+08:00" }],
    })._unsafeUnwrap();
    const mixed = rulesOf({
      merge: false,
      rules: [
        { id: "3dc", kind: "follow_up", after: "repair" },
        { id: "holidays", kind: "holiday", holidays: ["national_day"] },
      ],
    });
    const car = customerOf({ id: "car" });
    const tasks = planCare(mixed, [car], october, {
      calendar: closed,
      explain: true,
      events: [{ customerId: "car", type: "repair", on: "2025-09-29" }],
    })._unsafeUnwrap().tasks;
    expect(brief(tasks)).toEqual([
      ["car", "holidays", "2025-10-01", "2025-10-01", "normal"],
      ["car", "3dc", "2025-10-02", "2025-10-04", "normal"],
    ]);
    for (const task of tasks)
      expect(task.steps[0]).toContain("; no working date within 60 days; window kept");
  });

  it("orders one customer's tasks with the same window by id (merge: false)", () => {
    const twice = rulesOf({
      merge: false,
      rules: [
        { id: "zz-greeting", kind: "holiday", holidays: ["national_day"] },
        { id: "aa-greeting", kind: "holiday", holidays: ["national_day"] },
      ],
    });
    const tasks = planCare(twice, [zhao, customerOf({ id: "qian" })], october)._unsafeUnwrap().tasks;
    // due, opens, customer (input order: zhao, then qian), id
    expect(tasks.map((t) => t.id)).toEqual([
      "zhao:aa-greeting:2025-10-01",
      "zhao:zz-greeting:2025-10-01",
      "qian:aa-greeting:2025-10-01",
      "qian:zz-greeting:2025-10-01",
    ]);
  });

  it("keeps tasks apart with merge: false", () => {
    const separate = rulesOf({
      merge: false,
      rules: [
        { id: "birthday", kind: "birthday" },
        { id: "holidays", kind: "holiday", holidays: ["national_day"] },
      ],
    });
    expect(planCare(separate, [zhao], october)._unsafeUnwrap().tasks).toHaveLength(2);
  });
});

describe("planCare: local dates in the rules' zone", () => {
  const event = { customerId: "c", type: "repair", at: "2025-10-13T18:30:00Z", caseId: "R-1" } as const;
  const windowIn = (timeZone: string) =>
    planCare(
      rulesOf({ timeZone, rules: [{ id: "3dc", kind: "follow_up", after: "repair" }] }),
      [customerOf({ id: "c" })],
      { from: "2025-10-01", to: "2025-10-31" },
      { events: [event] },
    )._unsafeUnwrap().tasks[0];

  it("reads an instant on the zone's wall clock (18:30Z is 02:30 next day in Shanghai)", () => {
    expect(windowIn("Asia/Shanghai")).toMatchObject({ opens: "2025-10-17", due: "2025-10-19" });
    expect(windowIn("UTC")).toMatchObject({ opens: "2025-10-16", due: "2025-10-18" });
    expect(windowIn("Asia/Shanghai")?.reasons[0]?.caseId).toBe("R-1");
  });
});

describe("planCare: key-account visits, reminders and anniversaries", () => {
  const rules = rulesOf({
    merge: false,
    rules: [
      { id: "visit", kind: "key_account_visit", visitEvery: { A: { months: 1 }, B: { months: 3 } } },
      { id: "inspection", kind: "reminder", subject: "annual inspection", every: { months: 12 } },
      { id: "insurance", kind: "reminder", subject: "insurance renewal" },
      { id: "handover", kind: "anniversary", source: "delivery" },
    ],
  });
  const a = customerOf({ id: "a", tier: "A" });
  const b = customerOf({
    id: "b",
    tier: "B",
    units: [{ type: "vehicle", id: "V", vin: "LSVAA4182E2123456", deliveredOn: "2023-01-31" }],
  });

  it("visits monthly for A and quarterly for B; reminds a week before each due date", () => {
    const tasks = planCare(rules, [a, b], YEAR_2025, {
      dueDates: [{ customerId: "b", subject: "insurance renewal", date: "2025-06-15", unitId: "V" }],
    })._unsafeUnwrap().tasks;
    const count = (id: string, rule: string) =>
      tasks.filter((t) => t.customerId === id && t.reasons[0]?.ruleId === rule).length;
    expect(count("a", "visit")).toBe(12);
    expect(count("b", "visit")).toBe(4);
    expect(brief(tasks.filter((t) => t.customerId === "b" && t.reasons[0]?.ruleId !== "visit"))).toEqual([
      ["b", "inspection", "2025-01-24", "2025-01-24", "normal"], // due 2025-01-31 (2 × 12 months after delivery) − 7
      ["b", "handover", "2025-01-24", "2025-01-29", "normal"], // anniversary 01-31, 2–7 days before
      ["b", "insurance", "2025-06-08", "2025-06-08", "normal"], // due 06-15 − 7
    ]);
    expect(tasks.find((t) => t.customerId === "b" && t.reasons[0]?.ruleId === "visit")).toMatchObject({
      opens: "2025-01-01",
      due: "2025-03-31",
      channel: "visit",
    });
  });
});

describe("planCare errors", () => {
  const rules = rulesOf({ rules: [{ id: "b", kind: "birthday" }] });
  const c = customerOf({ id: "c", units: [{ type: "apartment", id: "U", unitNumber: "101" }] });
  const code = (result: ReturnType<typeof planCare>) => result._unsafeUnwrapErr().code;

  it("invalid_input: a bad range, an unknown option, an event with both at and on", () => {
    expect(code(planCare(rules, [c], { from: "2025-02-30", to: "2025-03-01" }))).toBe("invalid_input");
    expect(code(planCare(rules, [c], YEAR_2025, { typo: true }))).toBe("invalid_input");
    expect(
      code(
        planCare(rules, [c], YEAR_2025, {
          events: [{ customerId: "c", type: "repair", on: "2025-01-01", at: 0 }],
        }),
      ),
    ).toBe("invalid_input");
    expect(code(planCare(rules, [c], YEAR_2025, { calendar: { kind: "nope" } }))).toBe("invalid_input");
  });
  it("range_reversed and range_too_long", () => {
    expect(code(planCare(rules, [c], { from: "2025-02-01", to: "2025-01-01" }))).toBe("range_reversed");
    expect(code(planCare(rules, [c], { from: "2025-01-01", to: "2028-01-06" }))).toBe("range_too_long"); // 1,101 days
    expect(planCare(rules, [c], { from: "2025-01-01", to: "2028-01-05" }).isOk()).toBe(true); // 1,100 days
  });
  it("year_out_of_range: outside 1901–2099, or before 1971 with a calendar", () => {
    expect(code(planCare(rules, [c], { from: "2099-12-01", to: "2100-01-05" }))).toBe("year_out_of_range");
    expect(code(planCare(rules, [c], { from: "1900-12-01", to: "1901-01-05" }))).toBe("year_out_of_range");
    expect(code(planCare(rules, [c], { from: "1970-01-01", to: "1970-02-01" }, { calendar: office }))).toBe(
      "year_out_of_range",
    );
    expect(planCare(rules, [c], { from: "1901-01-01", to: "1901-12-31" }).isOk()).toBe(true);
  });
  it("too_many_customers and duplicate_customer_id", () => {
    expect(code(planCare(rules, new Array(1_000_001).fill(c), YEAR_2025))).toBe("too_many_customers");
    expect(planCare(rules, [c, c], YEAR_2025)._unsafeUnwrapErr()).toMatchObject({
      code: "duplicate_customer_id",
      path: ["customers", 1, "id"],
    });
  });
  it("unknown_customer and unknown_unit", () => {
    const events = [{ customerId: "x", type: "repair", on: "2025-01-01" }];
    expect(planCare(rules, [c], YEAR_2025, { events })._unsafeUnwrapErr()).toMatchObject({
      code: "unknown_customer",
      path: ["options", "events", 0, "customerId"],
    });
    const dueDates = [{ customerId: "c", subject: "s", date: "2025-01-01", unitId: "nope" }];
    expect(planCare(rules, [c], YEAR_2025, { dueDates })._unsafeUnwrapErr()).toMatchObject({
      code: "unknown_unit",
      path: ["options", "dueDates", 0, "unitId"],
    });
  });
});
