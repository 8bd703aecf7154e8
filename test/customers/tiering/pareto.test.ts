import { fc, test } from "@fast-check/vitest";
import { formatRational } from "kefu/core";
import { classifyPareto, PARETO_ABCD, parseParetoScheme } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { ids, range, TWENTY, TWENTY_SHUFFLED } from "./_fixtures";
import { referencePareto } from "./_reference/pareto";

const classesOf = (result: ReturnType<typeof classifyPareto>, name: string) =>
  result._unsafeUnwrap().assignments.filter((a) => a.class === name);

describe("classifyPareto: the hand-checked 20 customers (see _fixtures.ts)", () => {
  it("default A/B/C at 80/95: cumulative shares of exactly 80% and 95% stay in the upper class", () => {
    const result = classifyPareto(TWENTY);
    // A: cum ≤ 800 → C01–C05 (C05 lands exactly on 800 = 80%); B: cum ≤ 950 → C06–C10 (C10 on 95%).
    expect(ids(classesOf(result, "A"))).toEqual(range(1, 5));
    expect(ids(classesOf(result, "B"))).toEqual(range(6, 10));
    expect(ids(classesOf(result, "C"))).toEqual(range(11, 20));
    const summary = result
      ._unsafeUnwrap()
      .classes.map((c) => [
        c.class,
        c.count,
        c.value,
        formatRational(c.headShare, 2),
        formatRational(c.valueShare, 3),
      ]);
    // heads 5/20, 5/20, 10/20; value 800/1000, 150/1000, 50/1000.
    expect(summary).toEqual([
      ["A", 5, 800, "0.25", "0.800"],
      ["B", 5, 150, "0.25", "0.150"],
      ["C", 10, 50, "0.50", "0.050"],
    ]);
    expect(result._unsafeUnwrap().totalValue).toBe(1000);
  });

  it("ranks ties by id and reports ranks and cumulative values", () => {
    const { assignments } = classifyPareto(TWENTY_SHUFFLED)._unsafeUnwrap();
    expect(ids(assignments)).toEqual(range(1, 20));
    expect(assignments[7]).toEqual({ id: "C08", value: 30, rank: 8, class: "B", cumulativeValue: 900 });
  });

  it("the two boundary conventions differ on the customer that crosses a cut-off (70/90)", () => {
    const scheme = { cutoffs: [70, 90] };
    // cumulativeAtMost: A = cum ≤ 700 → C01–C03 (650; C04 reaches 750). B = cum ≤ 900 → C04–C08.
    const atMost = classifyPareto(TWENTY, scheme);
    expect(ids(classesOf(atMost, "A"))).toEqual(range(1, 3));
    expect(ids(classesOf(atMost, "B"))).toEqual(range(4, 8));
    // crossingInUpper: A = cum before < 700 → C01–C04 (C04 starts at 650 and crosses);
    // B = before < 900 → C05–C08 (C09 starts exactly at 900, so it is C).
    const crossing = classifyPareto(TWENTY, { ...scheme, boundary: "crossingInUpper" });
    expect(ids(classesOf(crossing, "A"))).toEqual(range(1, 4));
    expect(ids(classesOf(crossing, "B"))).toEqual(range(5, 8));
    expect(ids(classesOf(crossing, "C"))).toEqual(range(9, 20));
  });

  it("the four-class A/B/C/D form of the sources (40/70/90)", () => {
    // A ≤ 400: C01 (300); C02 reaches 500. B ≤ 700: C02, C03 (650). C ≤ 900: C04–C08. D: the rest.
    const result = classifyPareto(TWENTY, PARETO_ABCD)._unsafeUnwrap();
    expect(result.classes.map((c) => [c.class, c.count, c.value])).toEqual([
      ["A", 1, 300],
      ["B", 2, 350],
      ["C", 5, 250],
      ["D", 12, 100],
    ]);
  });

  it("a customer alone above the first cut-off leaves class A empty under cumulativeAtMost", () => {
    const rows = [
      { id: "big", value: 90 },
      { id: "small", value: 10 },
    ];
    expect(
      classifyPareto(rows)
        ._unsafeUnwrap()
        .assignments.map((a) => a.class),
    ).toEqual(["B", "C"]);
    const crossing = classifyPareto(rows, { boundary: "crossingInUpper" })._unsafeUnwrap();
    expect(crossing.assignments.map((a) => a.class)).toEqual(["A", "B"]);
  });

  it("no floating-point drift: 0.2 + 0.1 is exactly 30%", () => {
    // Summing float shares 20/100 + 10/100 gives 0.30000000000000004 > 0.3 and would push "b"
    // into B; the exact comparison 100 · 30 ≤ 30 · 100 keeps it in A.
    expect(0.2 + 0.1 > 0.3).toBe(true);
    const rows = [
      { id: "a", value: 20 },
      { id: "b", value: 10 },
      ...Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, value: 10 })),
    ];
    const { assignments } = classifyPareto(rows, { cutoffs: [30, 60] })._unsafeUnwrap();
    // a 20%, b 30% → A; c0 40%, c1 50%, c2 60% → B; c3–c6 → C.
    expect(assignments.map((x) => x.class).join("")).toBe("AABBBCCCC");
    const cut = classifyPareto(
      [
        { id: "a", value: 2 },
        { id: "b", value: 1 },
        { id: "c", value: 0 },
        { id: "d", value: 7 },
      ],
      { cutoffs: [70, 80], classes: ["X", "Y", "Z"] },
    )._unsafeUnwrap();
    // d: 70% ≤ 70 → X; a: 90% → Z; b: 100% → Z; c: zero → Z.
    expect(cut.assignments.map((a) => `${a.id}:${a.class}`)).toEqual(["d:X", "a:Z", "b:Z", "c:Z"]);
  });

  it("zero-value customers are always in the last class; all-zero and empty lists work", () => {
    const zeros = classifyPareto([
      { id: "a", value: 0 },
      { id: "b", value: 0 },
    ])._unsafeUnwrap();
    expect(zeros.assignments.map((a) => a.class)).toEqual(["C", "C"]);
    expect(formatRational(zeros.classes[2]?.valueShare ?? { num: 1n, den: 1n }, 1)).toBe("0.0");
    const crossing = classifyPareto([{ id: "a", value: 0 }], { boundary: "crossingInUpper" });
    expect(crossing._unsafeUnwrap().assignments[0]?.class).toBe("C");
    const empty = classifyPareto([])._unsafeUnwrap();
    expect(empty.assignments).toEqual([]);
    expect(empty.classes.map((c) => c.count)).toEqual([0, 0, 0]);
  });

  it("ignores other keys of a record", () => {
    expect(classifyPareto([{ id: "a", value: 5, name: "张三" }]).isOk()).toBe(true);
  });
});

describe("classifyPareto errors", () => {
  const codeOf = (records: unknown, scheme?: unknown) => classifyPareto(records, scheme)._unsafeUnwrapErr();

  it("invalid_input: not a list, bad records, bad scheme", () => {
    expect(codeOf("x").code).toBe("invalid_input");
    const bad = codeOf([{ id: "a", value: 1.5 }, { id: "", value: 1 }, null]);
    expect(bad.code === "invalid_input" && bad.issues.map((i) => i.path)).toEqual([
      [0, "value"],
      [1, "id"],
      [2],
    ]);
    expect(codeOf([{ id: "a", value: Number.NaN }]).code).toBe("invalid_input");
    expect(codeOf([], { cutoffs: [80, 100] }).code).toBe("invalid_input");
    expect(codeOf([], { cutof: [80] }).code).toBe("invalid_input");
  });

  it("too_many_customers", () => {
    expect(codeOf({ length: 0 }).code).toBe("invalid_input");
    const many = new Array(1_000_001);
    expect(codeOf(many).code).toBe("too_many_customers");
  });

  it("duplicate_customer_id", () => {
    expect(
      codeOf([
        { id: "a", value: 1 },
        { id: "a", value: 2 },
      ]),
    ).toMatchObject({
      code: "duplicate_customer_id",
      path: [1, "id"],
    });
  });

  it("negative_value", () => {
    expect(codeOf([{ id: "a", value: -1 }])).toMatchObject({ code: "negative_value", path: [0, "value"] });
  });

  it("value_total_too_large", () => {
    const rows = [
      { id: "a", value: Number.MAX_SAFE_INTEGER },
      { id: "b", value: 1 },
    ];
    expect(codeOf(rows).code).toBe("value_total_too_large");
  });

  it("class_count_mismatch, cutoffs_not_increasing, duplicate_class", () => {
    expect(parseParetoScheme({ classes: ["A", "B"] })._unsafeUnwrapErr().code).toBe("class_count_mismatch");
    expect(parseParetoScheme({ classes: ["A", "B"], cutoffs: [50, 60] })._unsafeUnwrapErr()).toMatchObject({
      code: "class_count_mismatch",
      path: ["classes"],
    });
    expect(codeOf([], { cutoffs: [90, 80] })).toMatchObject({
      code: "cutoffs_not_increasing",
      path: ["cutoffs", 1],
    });
    expect(codeOf([], { cutoffs: [80, 80] }).code).toBe("cutoffs_not_increasing");
    expect(codeOf([], { classes: ["A", "B", "A"] })).toMatchObject({
      code: "duplicate_class",
      path: ["classes", 2],
    });
  });

  it("parseParetoScheme: letters for cut-offs alone, exact fractions", () => {
    const scheme = parseParetoScheme({ cutoffs: [33.3, 66.6, 90] })._unsafeUnwrap();
    expect(scheme.classes).toEqual(["A", "B", "C", "D"]);
    expect(scheme.cutoffs[0]).toEqual({ num: 333n, den: 1000n });
  });
});

const arbRows = fc
  .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), value: fc.nat({ max: 50 }) }), {
    selector: (r) => r.id,
    maxLength: 40,
  })
  .map((rows) => rows as readonly { id: string; value: number }[]);
const arbScheme = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 })
  .map((cuts) => [...cuts].sort((a, b) => a - b));
const arbBoundary = fc.constantFrom("cumulativeAtMost" as const, "crossingInUpper" as const);

const arbTies = fc
  .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), value: fc.nat({ max: 2 }) }), {
    selector: (r) => r.id,
    minLength: 40,
    maxLength: 200,
  })
  .map((rows) => rows as readonly { id: string; value: number }[]);

describe("classifyPareto laws", () => {
  test.prop([arbTies, arbScheme, arbBoundary])(
    "long runs of equal values (the native id sort) rank by id and agree with the reference",
    (rows, cutoffs, boundary) => {
      const result = classifyPareto(rows, { cutoffs, boundary })._unsafeUnwrap();
      const expected = referencePareto(rows, result.scheme.classes, cutoffs, boundary);
      for (const a of result.assignments) expect(a.class).toBe(expected.get(a.id));
      const ranked = [...rows].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(result.assignments.map((a) => a.id)).toEqual(ranked.map((r) => r.id));
    },
  );

  test.prop([arbRows, arbScheme, arbBoundary])(
    "values of 2^33 and more take the comparator sort and agree with the reference",
    (rows, cutoffs, boundary) => {
      const big = rows.map((r) => ({ id: r.id, value: r.value * 2 ** 33 }));
      const result = classifyPareto(big, { cutoffs, boundary })._unsafeUnwrap();
      const expected = referencePareto(big, result.scheme.classes, cutoffs, boundary);
      for (const a of result.assignments) expect(a.class).toBe(expected.get(a.id));
      expect(result.assignments.map((a) => a.id)).toEqual(
        classifyPareto(rows, { cutoffs, boundary })
          ._unsafeUnwrap()
          .assignments.map((a) => a.id),
      );
    },
  );

  test.prop([arbRows, arbScheme, arbBoundary])(
    "agrees with the slow reference",
    (rows, cutoffs, boundary) => {
      const result = classifyPareto(rows, { cutoffs, boundary })._unsafeUnwrap();
      const expected = referencePareto(rows, result.scheme.classes, cutoffs, boundary);
      for (const a of result.assignments) expect(a.class).toBe(expected.get(a.id));
    },
  );

  test.prop([arbRows, arbScheme, arbBoundary, fc.integer()])(
    "order independence",
    (rows, cutoffs, boundary, seed) => {
      const shuffled = [...rows]
        .sort((a, b) => ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7))
        .reverse();
      const a = classifyPareto(rows, { cutoffs, boundary })._unsafeUnwrap();
      const b = classifyPareto(shuffled, { cutoffs, boundary })._unsafeUnwrap();
      expect(b.assignments).toEqual(a.assignments);
      expect(b.classes).toEqual(a.classes);
    },
  );

  test.prop([arbRows, arbScheme, arbBoundary])(
    "a higher value never gets a lower class; counts and values add up",
    (rows, cutoffs, boundary) => {
      const result = classifyPareto(rows, { cutoffs, boundary })._unsafeUnwrap();
      const index = (name: string) => result.scheme.classes.indexOf(name);
      for (const x of result.assignments) {
        for (const y of result.assignments) {
          if (x.value > y.value) expect(index(x.class)).toBeLessThanOrEqual(index(y.class));
        }
      }
      expect(result.classes.reduce((s, c) => s + c.count, 0)).toBe(rows.length);
      expect(result.classes.reduce((s, c) => s + c.value, 0)).toBe(result.totalValue);
    },
  );
});
