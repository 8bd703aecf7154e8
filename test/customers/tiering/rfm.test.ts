import { fc, test } from "@fast-check/vitest";
import { DEFAULT_RFM_SEGMENTS, scoreRfm } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { TWENTY, TWENTY_SHUFFLED } from "./_fixtures";
import { referenceRfm } from "./_reference/rfm";

// Computed by hand with score = 1 + ⌊5 · worse / 20⌋ = 1 + ⌊worse / 4⌋ ("worse": customers with a
// strictly longer recency, a strictly lower frequency or spend), and cross-checked with a short
// python script; segments from DEFAULT_RFM_SEGMENTS (R × F grid, first match).
const EXPECTED: Record<string, [string, string]> = {
  C01: ["555", "champions"],
  C02: ["555", "champions"],
  C03: ["555", "champions"],
  C04: ["455", "loyal"],
  C05: ["444", "loyal"],
  C06: ["344", "loyal"],
  C07: ["344", "loyal"],
  C08: ["344", "loyal"],
  C09: ["433", "potential_loyalists"],
  C10: ["233", "at_risk"],
  C11: ["223", "hibernating"],
  C12: ["523", "potential_loyalists"],
  C13: ["122", "hibernating"],
  C14: ["422", "potential_loyalists"],
  C15: ["122", "hibernating"],
  C16: ["222", "hibernating"],
  C17: ["211", "hibernating"],
  C18: ["111", "hibernating"],
  C19: ["311", "about_to_sleep"],
  C20: ["111", "hibernating"],
};

describe("scoreRfm", () => {
  it("quintile scores and default segments of the 20 customers", () => {
    const result = scoreRfm(TWENTY)._unsafeUnwrap();
    expect(Object.fromEntries(result.scores.map((s) => [s.id, [s.code, s.segment]]))).toEqual(EXPECTED);
    // C11, C13, C15, C16, C17, C18, C20.
    expect(result.segments.find((s) => s.segment === "hibernating")?.count).toBe(7);
    expect(result.segments.at(-1)).toEqual({ segment: "others", count: 0 });
    expect(result.bins).toBe(5);
  });

  it("equal values share a score; the result does not depend on input order", () => {
    const shuffled = scoreRfm(TWENTY_SHUFFLED)._unsafeUnwrap();
    expect(Object.fromEntries(shuffled.scores.map((s) => [s.id, [s.code, s.segment]]))).toEqual(EXPECTED);
    // C07/C08 tie on frequency 5 and spend 30: both f = m = 4.
    const [c07, c08] = ["C07", "C08"].map((id) => shuffled.scores.find((s) => s.id === id));
    expect([c07?.f, c07?.m]).toEqual([c08?.f, c08?.m]);
  });

  it("a custom segment map: first match wins, unmatched → others; other bin counts", () => {
    const result = scoreRfm(TWENTY, {
      bins: 4,
      segments: [
        { segment: "vip", m: [4, 4] },
        { segment: "vip-again", m: [3, 4] },
      ],
    })._unsafeUnwrap();
    // 4 bins: 1 + ⌊4 · worse / 20⌋ = 1 + ⌊worse / 5⌋; C01 spend worse = 19 → 4; C06 worse 14 → 3.
    expect(result.scores[0]).toMatchObject({ id: "C01", m: 4, segment: "vip" });
    expect(result.scores[5]).toMatchObject({ id: "C06", m: 3, segment: "vip-again" });
    expect(result.scores[19]).toMatchObject({ id: "C20", m: 1, segment: "others" });
    // bins ≠ 5 without a map: everyone is "others"; 10 bins writes a 10 as "A".
    const ten = scoreRfm(TWENTY, { bins: 10 })._unsafeUnwrap();
    expect(ten.scores[0]?.code).toBe("AAA");
    expect(ten.segments).toEqual([{ segment: "others", count: 20 }]);
  });

  it("small lists: one customer scores 1, two customers 3 and 1", () => {
    expect(
      scoreRfm([{ id: "a", recency: 1, frequency: 1, monetary: 1 }])._unsafeUnwrap().scores[0]?.code,
    ).toBe("111");
    expect(scoreRfm([])._unsafeUnwrap().scores).toEqual([]);
  });

  it("errors: invalid_input, too_many_customers, duplicate_customer_id, invalid_score_range", () => {
    expect(scoreRfm([{ id: "a", recency: -1, frequency: 1, monetary: 1 }])._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(scoreRfm(TWENTY, { bins: 11 })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(scoreRfm(new Array(1_000_001))._unsafeUnwrapErr().code).toBe("too_many_customers");
    const twice = [TWENTY[0], TWENTY[0]];
    expect(scoreRfm(twice)._unsafeUnwrapErr()).toMatchObject({
      code: "duplicate_customer_id",
      path: [1, "id"],
    });
    expect(scoreRfm(TWENTY, { segments: [{ segment: "x", r: [4, 2] }] })._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_score_range",
      path: ["segments", 0, "r"],
    });
    expect(scoreRfm(TWENTY, { bins: 3, segments: DEFAULT_RFM_SEGMENTS })._unsafeUnwrapErr().code).toBe(
      "invalid_score_range",
    );
  });

  const arbRows = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      recency: fc.integer({ min: 0, max: 6 }),
      frequency: fc.integer({ min: 0, max: 6 }),
      monetary: fc.integer({ min: -3, max: 6 }),
    }),
    { selector: (r) => r.id, maxLength: 40 },
  );

  test.prop([arbRows, fc.integer({ min: 2, max: 10 })])(
    "agrees with the reference, any order",
    (rows, bins) => {
      const expected = referenceRfm(rows, bins);
      for (const list of [rows, [...rows].reverse()]) {
        for (const s of scoreRfm(list, { bins })._unsafeUnwrap().scores) {
          expect([s.r, s.f, s.m]).toEqual(expected.get(s.id));
        }
      }
    },
  );

  test.prop([arbRows])("better values never score lower; scores stay in 1…bins", (rows) => {
    const scores = scoreRfm(rows)._unsafeUnwrap().scores;
    for (const [i, a] of scores.entries()) {
      for (const [j, b] of scores.entries()) {
        const [x, y] = [rows[i], rows[j]];
        if (x === undefined || y === undefined) continue;
        if (x.frequency > y.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
        if (x.recency < y.recency) expect(a.r).toBeGreaterThanOrEqual(b.r);
        if (x.monetary === y.monetary) expect(a.m).toBe(b.m);
      }
      expect(Math.min(a.r, a.f, a.m)).toBeGreaterThanOrEqual(1);
      expect(Math.max(a.r, a.f, a.m)).toBeLessThanOrEqual(5);
    }
  });
});
