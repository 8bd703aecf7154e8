import { fc, test } from "@fast-check/vitest";
import { classifyValueMatrix } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { TWENTY, TWENTY_SHUFFLED } from "./_fixtures";

const byQuadrant = (result: ReturnType<typeof classifyValueMatrix>) => {
  const out: Record<string, string[]> = {};
  for (const a of result._unsafeUnwrap().assignments) out[a.quadrant] = [...(out[a.quadrant] ?? []), a.id];
  for (const list of Object.values(out)) list.sort();
  return out;
};

describe("classifyValueMatrix", () => {
  // By hand from the table in _fixtures.ts: current ≥ 100 → C01–C04; potential ≥ 60 → C01, C03,
  // C05, C06, C08, C09, C11, C14, C17, C20.
  const expected = {
    strategic: ["C01", "C03"],
    maintain: ["C02", "C04"],
    develop: ["C05", "C06", "C08", "C09", "C11", "C14", "C17", "C20"],
    basic: ["C07", "C10", "C12", "C13", "C15", "C16", "C18", "C19"],
  };

  it("absolute cut-offs: a value equal to the cut counts as high", () => {
    const result = classifyValueMatrix(TWENTY, { current: { at: 100 }, potential: { at: 60 } });
    expect(byQuadrant(result)).toEqual(expected);
    expect(result._unsafeUnwrap().counts).toEqual({ strategic: 2, develop: 8, maintain: 2, basic: 8 });
  });

  it("percentile cut-offs: index ⌊p·n/100⌋ of the ascending values", () => {
    // current, ascending: index ⌊0.8·20⌋ = 16 → 100; potential: index ⌊0.5·20⌋ = 10 → 60.
    const result = classifyValueMatrix(TWENTY_SHUFFLED, {
      current: { percentile: 80 },
      potential: { percentile: 50 },
    })._unsafeUnwrap();
    expect(result.cuts).toEqual({ current: 100, potential: 60 });
    expect(
      byQuadrant(
        classifyValueMatrix(TWENTY_SHUFFLED, { current: { percentile: 80 }, potential: { percentile: 50 } }),
      ),
    ).toEqual(expected);
    // p = 0 puts everyone high; an empty list has no percentile cut.
    const all = classifyValueMatrix(TWENTY, { current: { percentile: 0 }, potential: { percentile: 0 } });
    expect(all._unsafeUnwrap().counts.strategic).toBe(20);
    const empty = classifyValueMatrix([], {
      current: { percentile: 50 },
      potential: { at: 1 },
    })._unsafeUnwrap();
    expect(empty.cuts).toEqual({ current: null, potential: 1 });
  });

  it("labels rename quadrants for display", () => {
    const result = classifyValueMatrix([{ id: "x", current: 5, potential: 5 }], {
      current: { at: 1 },
      potential: { at: 1 },
      labels: { strategic: "战略客户" },
    })._unsafeUnwrap();
    expect(result.assignments[0]).toEqual({
      id: "x",
      quadrant: "strategic",
      label: "战略客户",
      highCurrent: true,
      highPotential: true,
    });
  });

  it("invalid_input, too_many_customers, duplicate_customer_id", () => {
    const options = { current: { at: 1 }, potential: { at: 1 } };
    expect(classifyValueMatrix(TWENTY, { current: { at: 1 } })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(
      classifyValueMatrix(TWENTY, { ...options, current: { percentile: 100 } })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(classifyValueMatrix([{ id: "a", current: 1 }], options)._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(classifyValueMatrix(new Array(1_000_001), options)._unsafeUnwrapErr().code).toBe(
      "too_many_customers",
    );
    const twice = [
      { id: "a", current: 1, potential: 1 },
      { id: "a", current: 2, potential: 2 },
    ];
    expect(classifyValueMatrix(twice, options)._unsafeUnwrapErr().code).toBe("duplicate_customer_id");
  });

  const arbRows = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      current: fc.integer({ min: 0, max: 9 }),
      potential: fc.integer({ min: 0, max: 9 }),
    }),
    { selector: (r) => r.id, maxLength: 30 },
  );
  test.prop([arbRows, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })])(
    "order independent, monotone, and a percentile cut leaves ⌊p·n/100⌋ or fewer customers below it",
    (rows, p, q) => {
      const options = { current: { percentile: p }, potential: { percentile: q } };
      const a = classifyValueMatrix(rows, options)._unsafeUnwrap();
      const b = classifyValueMatrix([...rows].reverse(), options)._unsafeUnwrap();
      const quadrant = (r: typeof a) => new Map(r.assignments.map((x) => [x.id, x.quadrant]));
      expect(quadrant(b)).toEqual(quadrant(a));
      const low = a.assignments.filter((x) => !x.highCurrent).length;
      expect(low).toBeLessThanOrEqual(Math.floor((p * rows.length) / 100));
      for (const [i, x] of a.assignments.entries()) {
        const row = rows[i];
        if (row !== undefined && a.cuts.current !== null)
          expect(x.highCurrent).toBe(row.current >= a.cuts.current);
      }
    },
  );
});
