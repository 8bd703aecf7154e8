import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { sortShort } from "../../src/core/_internal/sort-short";

interface Item {
  readonly key: number;
  readonly seq: number;
}
// Compares keys only, so equal keys keep their input order only if the sort is stable.
const byKey = (a: Item, b: Item) => a.key - b.key;

test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 70 })])(
  "sorts in place exactly as the stable Array.prototype.sort does, below and above 32 items",
  (keys) => {
    const items = keys.map((key, seq): Item => ({ key, seq }));
    const expected = [...items].sort(byKey);
    const sorted = sortShort(items, byKey);
    expect(sorted).toBe(items);
    expect(sorted).toEqual(expected);
  },
);
