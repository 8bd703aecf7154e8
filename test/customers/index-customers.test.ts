import { CUSTOMER_LIMITS, type Customer, findCustomers, indexCustomers } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { acme, everyone, ids, li, zhang } from "./_fixtures";

const failure = (customers: unknown) => indexCustomers(customers as readonly Customer[])._unsafeUnwrapErr();
const issues = (customers: unknown) => {
  const error = failure(customers);
  return error.code === "invalid_input" ? error.issues.map((i) => [i.path.join("."), i.code]) : [];
};

describe("indexCustomers", () => {
  it("indexes customers in input order", () => {
    const index = indexCustomers(everyone)._unsafeUnwrap();
    expect(index).toMatchObject({ kind: "CustomerIndex", size: 3 });
    expect(ids(index.customers)).toEqual(["C-001", "C-002", "C-003"]);
    expect(Object.isFrozen(index) && Object.isFrozen(index.customers)).toBe(true);
    expect(indexCustomers([])._unsafeUnwrap().size).toBe(0);
  });

  it("is a snapshot: changing the input array afterwards changes nothing", () => {
    const list = [zhang, li];
    const index = indexCustomers(list)._unsafeUnwrap();
    list.push(acme);
    expect(index.size).toBe(2);
    expect(findCustomers(index, { id: "C-003" })._unsafeUnwrap()).toEqual([]);
  });

  it("invalid_input: not a list, or an entry that is not a customer file", () => {
    expect(issues(null)).toEqual([["", "invalid_type"]]);
    expect(issues({ 0: zhang, length: 1 })).toEqual([["", "invalid_type"]]);
    expect(issues([zhang, null])).toEqual([["1", "invalid_type"]]);
    expect(issues([{ ...zhang, id: 7 }])).toEqual([["0.id", "invalid_type"]]);
    expect(issues([{ ...zhang, name: undefined }])).toEqual([["0.name", "invalid_type"]]);
    expect(issues([{ ...zhang, contacts: [{ type: "mobile" }] }])).toEqual([
      ["0.contacts.0", "invalid_type"],
    ]);
    expect(issues([{ ...zhang, units: [{ type: "boat", id: "B" }] }])).toEqual([
      ["0.units.0", "invalid_type"],
    ]);
    expect(issues([{ ...zhang, units: [{ type: "vehicle", id: "V" }] }])).toEqual([
      ["0.units.0.vin", "invalid_type"],
    ]);
    expect(issues([{ ...li, units: [{ type: "apartment", id: "A", unitNumber: 1201 }] }])).toEqual([
      ["0.units.0.unitNumber", "invalid_type"],
    ]);
    expect(
      issues([
        { ...li, units: undefined },
        { ...li, contacts: "none" },
      ]),
    ).toEqual([
      ["0.units", "invalid_type"],
      ["1.contacts", "invalid_type"],
    ]);
    expect(issues(Array.from({ length: 500 }, () => 0))).toHaveLength(100);
  });

  it("too_many_customers, over 1,000,000", () => {
    const many = new Array<Customer>(CUSTOMER_LIMITS.customers + 1).fill(zhang);
    expect(failure(many)).toMatchObject({ code: "too_many_customers" });
  });

  it("duplicate_customer_id, with the path of the second entry's id", () => {
    expect(failure([zhang, li, { ...acme, id: "C-001" }])).toMatchObject({
      code: "duplicate_customer_id",
      path: [2, "id"],
    });
    expect(failure([li, li]).code).toBe("duplicate_customer_id");
  });
});
