import type { InvalidInputError, InvalidLocalDateError } from "kefu/core";
import {
  type Customer,
  type CustomerError,
  type CustomerIndex,
  type CustomerIndexError,
  type CustomerInput,
  type CustomerRecordError,
  customerLabel,
  customersJsonSchema,
  findCustomers,
  indexCustomers,
  isUnderWarranty,
  normalizeLookupKey,
  parseCustomer,
  type Unit,
  type VehicleUnit,
} from "kefu/customers";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

declare const index: CustomerIndex;
declare const customer: Customer;

describe("customer types", () => {
  it("parseCustomer takes unknown and returns a readonly Customer", () => {
    expectTypeOf(parseCustomer).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCustomer({})).toEqualTypeOf<Result<Customer, CustomerRecordError>>();
    expectTypeOf(customer.keyAccount).toEqualTypeOf<boolean>();
    expectTypeOf(customer.type).toEqualTypeOf<"person" | "organisation">();
    expectTypeOf(customer.units).toEqualTypeOf<readonly Unit[]>();
    expectTypeOf(customer.contacts[0]?.type).toEqualTypeOf<
      "phone" | "mobile" | "email" | "wechat" | "address" | undefined
    >();
    // @ts-expect-error a customer file is readonly
    customer.tags.push("x");
  });

  it("CustomerInput leaves the lists and keyAccount optional and accepts `as const` data", () => {
    const input = { id: "C", name: "张三", type: "person", tags: ["VIP"] } as const;
    expectTypeOf(input).toExtend<CustomerInput>();
    // @ts-expect-error an unknown unit type
    const bad: CustomerInput = { id: "C", name: "x", type: "person", units: [{ type: "boat", id: "B" }] };
    void bad;
  });

  it("units are a union on type", () => {
    const unit = customer.units[0];
    if (unit?.type === "vehicle") expectTypeOf(unit).toEqualTypeOf<VehicleUnit>();
    expectTypeOf<Unit["type"]>().toEqualTypeOf<"apartment" | "vehicle" | "product">();
    expectTypeOf(isUnderWarranty).returns.toEqualTypeOf<Result<boolean, InvalidLocalDateError>>();
  });

  it("indexCustomers and findCustomers", () => {
    expectTypeOf(indexCustomers([customer])).toEqualTypeOf<Result<CustomerIndex, CustomerIndexError>>();
    expectTypeOf(findCustomers(index, { phone: "13800138000" })).toEqualTypeOf<
      Result<readonly Customer[], InvalidInputError>
    >();
    findCustomers(index, { unit: { project: "翠湖天地", unitNumber: "1201" } });
    // @ts-expect-error exactly one key
    findCustomers(index, { id: "C-001", phone: "13800138000" });
    // @ts-expect-error no key
    findCustomers(index, {});
    // @ts-expect-error an unknown key
    findCustomers(index, { email: "a@example.com" });
    // @ts-expect-error an apartment look-up needs its unit number
    findCustomers(index, { unit: { project: "翠湖天地" } });
  });

  it("labels accept only known values of the kind", () => {
    expectTypeOf(customerLabel("unitType", "apartment", "zh-CN")).toEqualTypeOf<string>();
    // @ts-expect-error "phone" is a contact type, not a unit type
    customerLabel("unitType", "phone", "en");
    // @ts-expect-error unknown locale
    customerLabel("unitType", "apartment", "fr");
    // @ts-expect-error unknown key kind
    normalizeLookupKey("email", "a@example.com");
  });

  it("error codes are literal unions", () => {
    expectTypeOf<CustomerError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "duplicate_unit_id"
      | "duplicate_primary_contact"
      | "too_many_customers"
      | "duplicate_customer_id"
      | "invalid_local_date"
      | "negative_value"
      | "value_total_too_large"
      | "class_count_mismatch"
      | "cutoffs_not_increasing"
      | "duplicate_class"
      | "invalid_score_range"
      | "duplicate_rule_id"
      | "unknown_tier"
      | "unknown_field"
      | "field_type_mismatch"
      | "unreachable_rule"
      | "rules_too_complex"
      | "duplicate_tier"
      | "thresholds_not_descending"
      | "exit_above_entry"
      | "periods_out_of_order"
      | "lifetime_value_diverges"
      | "amount_out_of_range"
      | "currency_mismatch"
    >();
    expectTypeOf(customersJsonSchema()).toEqualTypeOf<{
      readonly Customer: Record<string, unknown>;
      readonly Unit: Record<string, unknown>;
    }>();
  });
});
