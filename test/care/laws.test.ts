import { fc, test } from "@fast-check/vitest";
import { type CareTask, planCare } from "kefu/care";
import { describe, expect } from "vitest";
import { customerOf, rulesOf, STANDARD_RULES } from "./_fixtures.js";
import { referenceBirthdayWindows } from "./_reference/birthday-windows.js";

const arbDate = (min: number, max: number) =>
  fc
    .integer({ min: Date.UTC(min, 0, 1), max: Date.UTC(max, 11, 31) })
    .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const arbBirthday = fc.oneof(
  arbDate(1930, 2020),
  fc.constantFrom("2000-02-29", "1996-02-29", "1990-01-03", "1985-12-30"),
);
const arbRange = fc.tuple(arbDate(1902, 2097), fc.integer({ min: 0, max: 400 })).map(([from, days]) => {
  const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
});
const arbCustomers = fc
  .array(
    fc.record({
      birthday: fc.option(arbBirthday, { nil: undefined }),
      tier: fc.constantFrom("A", "B", "C", undefined),
      delivered: fc.option(arbDate(2020, 2026), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((list) =>
    list.map((c, i) =>
      customerOf({
        id: `c${i}`,
        ...(c.birthday === undefined ? {} : { birthday: c.birthday }),
        ...(c.tier === undefined ? {} : { tier: c.tier }),
        units:
          c.delivered === undefined
            ? []
            : [{ type: "vehicle", id: `v${i}`, vin: "LSVAA4182E2123456", deliveredOn: c.delivered }],
      }),
    ),
  );
const reasonKeys = (tasks: readonly CareTask[]) =>
  tasks.flatMap((t) => t.reasons.map((r) => `${t.customerId}|${r.ruleId}|${r.anchor}|${r.unitId}`)).sort();

describe("planCare laws", () => {
  test.prop([arbBirthday, arbRange, fc.constantFrom("feb28", "mar1" as const)])(
    "birthday windows equal the day-by-day reference",
    (birthday, range, leapDay) => {
      const rules = rulesOf({ leapDay, rules: [{ id: "b", kind: "birthday" }] });
      const tasks = planCare(rules, [customerOf({ id: "c", birthday })], range)._unsafeUnwrap().tasks;
      expect(tasks.map((t) => [t.opens, t.due])).toEqual(
        referenceBirthdayWindows(birthday, range.from, range.to, leapDay),
      );
    },
  );

  test.prop([arbCustomers, arbRange.filter((r) => r.from >= "2019")])(
    "merging keeps every reason, and a merged window lies inside each reason's window and overlaps the range",
    (customers, range) => {
      const merged = planCare(rulesOf({ ...STANDARD_RULES }), customers, range)._unsafeUnwrap().tasks;
      const apart = planCare(rulesOf({ ...STANDARD_RULES, merge: false }), customers, range)._unsafeUnwrap()
        .tasks;
      expect(reasonKeys(merged)).toEqual(reasonKeys(apart));
      for (const task of merged) {
        expect(task.opens <= task.due && task.due >= range.from && task.opens <= range.to).toBe(true);
        for (const r of task.reasons) expect(r.opens <= task.opens && task.due <= r.due).toBe(true);
      }
      for (let i = 1; i < merged.length; i += 1)
        expect((merged[i - 1]?.due ?? "") <= (merged[i]?.due ?? "")).toBe(true);
    },
  );

  test.prop([arbCustomers, arbRange.filter((r) => r.from >= "2019")])(
    "the order of customers does not change the tasks",
    (customers, range) => {
      const rules = rulesOf({ ...STANDARD_RULES });
      const ids = (tasks: readonly CareTask[]) => tasks.map((t) => t.id).sort();
      const forward = planCare(rules, customers, range)._unsafeUnwrap().tasks;
      const backward = planCare(rules, [...customers].reverse(), range)._unsafeUnwrap().tasks;
      expect(ids(backward)).toEqual(ids(forward));
    },
  );
});
