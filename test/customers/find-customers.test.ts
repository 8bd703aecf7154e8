import { type CustomerIndex, type CustomerQuery, findCustomers, indexCustomers } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { customer, everyone, ids } from "./_fixtures";

const index = indexCustomers(everyone)._unsafeUnwrap();
const found = (query: CustomerQuery) => ids(findCustomers(index, query)._unsafeUnwrap());
const issues = (query: unknown) => {
  const error = findCustomers(index, query as CustomerQuery)._unsafeUnwrapErr();
  return error.issues.map((i) => [i.path.join("."), i.code]);
};

describe("findCustomers", () => {
  it("by id and unit id, exactly", () => {
    expect(found({ id: "C-002" })).toEqual(["C-002"]);
    expect(found({ id: "c-002" })).toEqual([]);
    expect(found({ unitId: "A-1201" })).toEqual(["C-001", "C-002"]);
    expect(found({ unitId: "P-9" })).toEqual(["C-003"]);
  });

  it("by phone: digits only, +86 / 0086 / 86 dropped from mainland mobiles", () => {
    for (const phone of [
      "13800138000",
      "+86 138-0013-8000",
      "0086 13800138000",
      "8613800138000",
      "１３８００１３８０００",
    ]) {
      expect(found({ phone })).toEqual(["C-001"]);
    }
    expect(found({ phone: "+86 139 0000 0001" })).toEqual(["C-003"]);
    expect(found({ phone: "021 61234567" })).toEqual(["C-001", "C-002"]);
    expect(found({ phone: "+86 21 6123 4567" })).toEqual([]);
  });

  it("by name: trimmed, NFKC, case-folded, inner spaces collapsed", () => {
    expect(found({ name: " 张三 " })).toEqual(["C-001"]);
    expect(found({ name: "acme trading co." })).toEqual(["C-003"]);
    expect(found({ name: "ＡＣＭＥ\u3000TRADING\tCO." })).toEqual(["C-003"]);
    expect(found({ name: "Acme" })).toEqual([]);
  });

  it("by plate: upper case, spaces, dots and hyphens removed", () => {
    for (const plate of ["沪A·12345", "沪A 12345", "沪a12345", "沪A-123.45", "沪Ａ１２３４５"]) {
      expect(found({ plate })).toEqual(["C-001"]);
    }
    expect(found({ plate: "沪B12345" })).toEqual([]);
  });

  it("by VIN, in any case", () => {
    expect(found({ vin: "LSVAA4182E2123456" })).toEqual(["C-001"]);
    expect(found({ vin: " lsvaa4182e2123456 " })).toEqual(["C-001"]);
    expect(found({ vin: "LSVAA4182E2123457" })).toEqual([]);
  });

  it("by apartment address: given parts must match, left-out parts match any", () => {
    expect(found({ unit: { project: "翠湖天地", building: "3栋", unitNumber: "1201" } })).toEqual([
      "C-001",
      "C-002",
    ]);
    expect(found({ unit: { project: "翠湖天地", unitNumber: "1201" } })).toEqual(["C-001", "C-002"]);
    expect(found({ unit: { building: " 3栋", unitNumber: "1201" } })).toEqual(["C-001", "C-002"]);
    expect(found({ unit: { unitNumber: "1201" } })).toEqual(["C-001", "C-002", "C-003"]);
    expect(found({ unit: { project: "滨江花园", unitNumber: "1201" } })).toEqual(["C-003"]);
    expect(found({ unit: { project: "滨江花园", building: "3栋", unitNumber: "1201" } })).toEqual([]);
    expect(found({ unit: { project: "翠湖天地", building: "4栋", unitNumber: "1201" } })).toEqual([]);
  });

  it("lists a customer once even when several of its units or contacts match", () => {
    const twice = customer({
      id: "C-9",
      name: "赵六",
      type: "person",
      contacts: [
        { type: "mobile", value: "13700137000" },
        { type: "phone", value: "+86 137 0013 7000" },
      ],
      units: [
        { type: "apartment", id: "A", project: "P", building: "1", unitNumber: "101" },
        { type: "apartment", id: "B", project: "P", building: "2", unitNumber: "101" },
      ],
    });
    const own = indexCustomers([twice])._unsafeUnwrap();
    expect(ids(findCustomers(own, { phone: "13700137000" })._unsafeUnwrap())).toEqual(["C-9"]);
    expect(ids(findCustomers(own, { unit: { project: "P", unitNumber: "101" } })._unsafeUnwrap())).toEqual([
      "C-9",
    ]);
  });

  it("returns frozen lists", () => {
    const list = findCustomers(index, { unitId: "A-1201" })._unsafeUnwrap();
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(findCustomers(index, { id: "C-001" })._unsafeUnwrap())).toBe(true);
    expect(Object.isFrozen(findCustomers(index, { id: "nobody" })._unsafeUnwrap())).toBe(true);
  });

  it("invalid_input: no key, several keys, unknown keys, wrong types, bounds", () => {
    expect(issues({})).toEqual([["", "exactly_one_key"]]);
    expect(issues({ id: "C-001", phone: "13800138000" })).toEqual([["", "exactly_one_key"]]);
    expect(issues({ email: "a@example.com" })).toContainEqual(["", "unrecognized_keys"]);
    expect(issues({ unit: { unitNumber: "1201", floor: 12 } })).toContainEqual(["unit", "unrecognized_keys"]);
    expect(issues({ unit: { project: "翠湖天地" } })).toContainEqual(["unit.unitNumber", "invalid_type"]);
    expect(issues({ phone: 13800138000 })).toEqual([["phone", "invalid_type"]]);
    expect(issues({ name: "" })).toEqual([["name", "too_small"]]);
    expect(issues({ name: "x".repeat(201) })).toEqual([["name", "too_big"]]);
    expect(issues(null)).toEqual([["", "invalid_type"]]);
  });

  it("invalid_input: issue empty_key for a value that normalises to nothing", () => {
    expect(issues({ phone: "n/a" })).toEqual([["phone", "empty_key"]]);
    expect(issues({ name: "   " })).toEqual([["name", "empty_key"]]);
    expect(issues({ plate: " - · " })).toEqual([["plate", "empty_key"]]);
    expect(issues({ unit: { building: " ", unitNumber: "1201" } })).toEqual([["unit.building", "empty_key"]]);
    expect(issues({ unit: { unitNumber: "\t" } })).toEqual([["unit.unitNumber", "empty_key"]]);
  });

  it("invalid_input: issue invalid_vin for a VIN that cannot exist", () => {
    expect(issues({ vin: "LSVAA4182E212345O" })).toEqual([["vin", "invalid_vin"]]);
    expect(issues({ vin: "LSVAA4182E" })).toEqual([["vin", "invalid_vin"]]);
  });

  it("throws a [kefu] error for an index it did not build (a broken type contract)", () => {
    const forged = { kind: "CustomerIndex", size: 0, customers: [] } as CustomerIndex;
    expect(() => findCustomers(forged, { id: "C-001" })).toThrow(/^\[kefu\]/);
  });
});
