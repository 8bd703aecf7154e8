import { CUSTOMER_LIMITS, customersJsonSchema, parseCustomer } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { zhang } from "./_fixtures";

const base = { id: "C-1", name: "王五", type: "person" } as const;
const failure = (input: unknown) => parseCustomer(input)._unsafeUnwrapErr();
const issues = (input: unknown) => {
  const error = failure(input);
  return error.code === "invalid_input" ? error.issues.map((i) => [i.path.join("."), i.code]) : [];
};
const vehicle = { type: "vehicle", id: "V-1", vin: "LSVAA4182E2123456" } as const;

describe("parseCustomer", () => {
  it("accepts a full customer file and normalises VINs to upper case", () => {
    expect(zhang.units[1]).toMatchObject({ type: "vehicle", vin: "LSVAA4182E2123456", plate: "沪A·12345" });
    expect(zhang).toMatchObject({ keyAccount: true, tier: "A", birthday: "1985-03-12", since: "2024-06-30" });
  });

  it("defaults the lists to [] and keyAccount to false", () => {
    expect(parseCustomer(base)._unsafeUnwrap()).toEqual({
      ...base,
      contacts: [],
      anniversaries: [],
      units: [],
      tags: [],
      keyAccount: false,
    });
  });

  it("accepts a warranty that ends on the delivery day", () => {
    const unit = { ...vehicle, deliveredOn: "2025-01-01", warrantyEndsOn: "2025-01-01" };
    expect(parseCustomer({ ...base, units: [unit] }).isOk()).toBe(true);
  });

  it("invalid_input: unknown keys, wrong types, blank text, bounds, unknown unit type", () => {
    expect(failure(null).code).toBe("invalid_input");
    expect(issues({ ...base, nmae: "x" })).toContainEqual(["", "unrecognized_keys"]);
    expect(issues({ ...base, type: "company" })).toContainEqual(["type", "invalid_value"]);
    expect(issues({ ...base, id: "" })).toContainEqual(["id", "too_small"]);
    expect(issues({ ...base, id: "x".repeat(101) })).toContainEqual(["id", "too_big"]);
    expect(issues({ ...base, name: "   " })).toContainEqual(["name", "invalid_format"]);
    expect(issues({ ...base, contacts: [{ type: "fax", value: "1" }] })).toContainEqual([
      "contacts.0.type",
      "invalid_value",
    ]);
    expect(issues({ ...base, contacts: [{ type: "wechat", value: " " }] })).toContainEqual([
      "contacts.0.value",
      "invalid_format",
    ]);
    expect(issues({ ...base, keyAccount: "yes" })).toContainEqual(["keyAccount", "invalid_type"]);
    expect(issues({ ...base, units: [{ type: "boat", id: "B" }] })).toContainEqual([
      "units.0.type",
      "invalid_union",
    ]);
    expect(issues({ ...base, units: [{ ...vehicle, colour: "red" }] })).toContainEqual([
      "units.0",
      "unrecognized_keys",
    ]);
    const tooMany = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(issues({ ...base, tags: tooMany(CUSTOMER_LIMITS.tags + 1) })).toContainEqual(["tags", "too_big"]);
    expect(parseCustomer({ ...base, tags: tooMany(CUSTOMER_LIMITS.tags) }).isOk()).toBe(true);
  });

  it("invalid_input: issue invalid_local_date for a date that does not exist", () => {
    expect(issues({ ...base, birthday: "1985-02-29" })).toContainEqual(["birthday", "invalid_local_date"]);
    expect(issues({ ...base, anniversaries: [{ name: "婚礼", date: "2025-13-01" }] })).toContainEqual([
      "anniversaries.0.date",
      "invalid_local_date",
    ]);
  });

  it("invalid_input: issue invalid_vin for a wrong length or the letters I, O, Q", () => {
    for (const vin of [
      "LSVAA4182E212345",
      "LSVAA4182E21234567",
      "LSVAA4182E212345O",
      "lsvaa4182e212345i",
      "",
    ]) {
      expect(issues({ ...base, units: [{ ...vehicle, vin }] })).toEqual([["units.0.vin", "invalid_vin"]]);
    }
    expect(issues({ ...base, units: [{ ...vehicle, vin: 12 }] })).toEqual([["units.0.vin", "invalid_type"]]);
  });

  it("invalid_input: issue warranty_before_delivery for each unit type", () => {
    const flat = { type: "apartment", id: "A", unitNumber: "1", deliveredOn: "2025-01-02" };
    const product = { type: "product", id: "P", model: "M", installedOn: "2025-01-02" };
    const units = [flat, { ...vehicle, deliveredOn: "2025-01-02" }, product].map((u) => ({
      ...u,
      warrantyEndsOn: "2025-01-01",
    }));
    expect(issues({ ...base, units })).toEqual(
      [0, 1, 2].map((i) => [`units.${i}.warrantyEndsOn`, "warranty_before_delivery"]),
    );
  });

  it("invalid_input: issues invalid_phone and invalid_email", () => {
    const contacts = [
      { type: "phone", value: "ext." },
      { type: "mobile", value: "1".repeat(21) },
      { type: "email", value: "zhang at example.com" },
      { type: "wechat", value: "zhangsan_1985" },
      { type: "mobile", value: "110" },
    ];
    expect(issues({ ...base, contacts })).toEqual([
      ["contacts.0.value", "invalid_phone"],
      ["contacts.1.value", "invalid_phone"],
      ["contacts.2.value", "invalid_email"],
    ]);
  });

  it("duplicate_unit_id, with the path of the second unit", () => {
    const units = [vehicle, { type: "apartment", id: "A", unitNumber: "1" }, { ...vehicle }];
    expect(failure({ ...base, units })).toMatchObject({
      code: "duplicate_unit_id",
      path: ["units", 2, "id"],
    });
  });

  it("duplicate_primary_contact, per contact type", () => {
    const contacts = [
      { type: "mobile", value: "13800138000", primary: true },
      { type: "email", value: "a@example.com", primary: true },
      { type: "mobile", value: "13900139000", primary: true },
    ];
    expect(failure({ ...base, contacts })).toMatchObject({
      code: "duplicate_primary_contact",
      path: ["contacts", 2, "primary"],
    });
    expect(parseCustomer({ ...base, contacts: contacts.slice(0, 2) }).isOk()).toBe(true);
  });
});

describe("customersJsonSchema", () => {
  it("describes the input side of Customer and Unit", () => {
    const { Customer, Unit } = customersJsonSchema();
    expect(Customer).toMatchObject({
      type: "object",
      required: ["id", "name", "type"],
      additionalProperties: false,
    });
    expect(Unit).toHaveProperty("oneOf");
    expect(JSON.stringify(Unit)).toContain("^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$");
    expect(JSON.parse(JSON.stringify(Customer))).toEqual(Customer);
  });
});
