import { fc, test } from "@fast-check/vitest";
import { type LookupKeyKind, normalizeLookupKey } from "kefu/customers";
import { describe, expect, it } from "vitest";

const kinds: readonly LookupKeyKind[] = ["phone", "name", "plate", "vin"];
const arbText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme-composite", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."+-·. 　０１８６8601３沪AaßẞΣσςİıﬁΰ\u0301"), maxLength: 30 }),
);

describe("normalizeLookupKey", () => {
  it.each([
    ["phone", "+86 138-0013-8000", "13800138000"],
    ["phone", "0086 13800138000", "13800138000"],
    ["phone", "8613800138000", "13800138000"],
    ["phone", "（021）6123-4567", "02161234567"],
    ["phone", "+86 21 6123 4567", "862161234567"],
    ["phone", "861380013800", "861380013800"],
    ["phone", "+1 415 555 0100", "14155550100"],
    ["name", "  Zhang   SAN ", "zhang san"],
    ["name", "ＺＨＡＮＧ\u3000san", "zhang san"],
    ["name", "Straße", "strasse"],
    ["name", "STRASSE", "strasse"],
    ["plate", "沪A·12345", "沪A12345"],
    ["plate", "沪a 123-45", "沪A12345"],
    ["plate", "粤Ｂ．Ｄ１２３４５", "粤BD12345"],
    ["vin", " lsvaa4182e-2123456", "LSVAA4182E2123456"],
  ] as const)("%s %j → %j", (kind, value, expected) => {
    expect(normalizeLookupKey(kind, value)).toBe(expected);
  });

  it("gives an empty key for a non-string or an unknown kind (untyped callers)", () => {
    expect(normalizeLookupKey("phone", 13800138000 as unknown as string)).toBe("");
    expect(normalizeLookupKey("email" as LookupKeyKind, "a@example.com")).toBe("");
  });

  test.prop([fc.constantFrom(...kinds), arbText], { numRuns: 3000 })("is idempotent", (kind, value) => {
    const once = normalizeLookupKey(kind, value);
    expect(normalizeLookupKey(kind, once)).toBe(once);
  });

  test.prop([arbText])(
    "phone keys hold ASCII digits only; plates and VINs no spaces, dots or hyphens",
    (value) => {
      expect(normalizeLookupKey("phone", value)).toMatch(/^[0-9]*$/);
      for (const kind of ["plate", "vin"] as const)
        expect(normalizeLookupKey(kind, value)).not.toMatch(/[\s.·-]/u);
      const name = normalizeLookupKey("name", value);
      expect(name).toBe(name.trim());
      expect(name).not.toMatch(/\s\s/u);
    },
  );

  it("is idempotent on every single code point of planes 0 and 1 (where case and NFKC mappings live)", () => {
    for (let cp = 0; cp <= 0x1ffff; cp += 1) {
      const value = String.fromCodePoint(cp);
      for (const kind of kinds) {
        const once = normalizeLookupKey(kind, value);
        if (normalizeLookupKey(kind, once) !== once) expect.fail(`${kind} U+${cp.toString(16)}`);
      }
    }
  });
});
