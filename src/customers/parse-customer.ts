import { err, ok, type Result } from "neverthrow";
import { parseWithSchema } from "../core/result.js";
import { type Customer, CustomerSchema } from "./customer-schema.js";
import type { CustomerRecordError } from "./errors.js";

/**
 * Validates a customer file from untrusted data (JSON from a database, a form, an import).
 *
 * @param input - a {@link CustomerInput}-shaped value.
 * @returns `Ok` with the customer (lists defaulted to `[]`, `keyAccount` to `false`, VINs
 *   upper-cased), or `Err` with code `invalid_input` (shape: unknown keys, missing or mistyped
 *   fields, too many entries, and the issue codes `invalid_local_date`, `invalid_vin`,
 *   `invalid_phone`, `invalid_email`, `warranty_before_delivery`), `duplicate_unit_id` (two units
 *   with one id; `path` to the second) or `duplicate_primary_contact` (two primary contacts of one
 *   type; `path` to the second).
 * @example
 * ```ts
 * const customer = parseCustomer({
 *   id: "C-001",
 *   name: "张三",
 *   type: "person",
 *   contacts: [{ type: "mobile", value: "+86 138 0013 8000", primary: true }],
 *   units: [{ type: "vehicle", id: "V-1", vin: "lsvaa4182e2123456", plate: "沪A·12345" }],
 * });
 * customer._unsafeUnwrap().units[0]; // { type: "vehicle", id: "V-1", vin: "LSVAA4182E2123456", … }
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function parseCustomer(input: unknown): Result<Customer, CustomerRecordError> {
  return parseWithSchema(CustomerSchema, input)
    .mapErr((error): CustomerRecordError => error)
    .andThen(checkEntries);
}

function checkEntries(customer: Customer): Result<Customer, CustomerRecordError> {
  const unitIds = new Set<string>();
  for (const [i, unit] of customer.units.entries()) {
    if (unitIds.has(unit.id)) {
      return err({
        code: "duplicate_unit_id",
        path: ["units", i, "id"],
        message: `Unit id "${unit.id}" is used twice in customer "${customer.id}"`,
      });
    }
    unitIds.add(unit.id);
  }
  const primaryTypes = new Set<string>();
  for (const [i, contact] of customer.contacts.entries()) {
    if (contact.primary !== true) continue;
    if (primaryTypes.has(contact.type)) {
      return err({
        code: "duplicate_primary_contact",
        path: ["contacts", i, "primary"],
        message: `Customer "${customer.id}" has two primary ${contact.type} contacts`,
      });
    }
    primaryTypes.add(contact.type);
  }
  return ok(customer);
}
