import { z } from "zod";
import { CustomerSchema } from "./customer-schema.js";
import { UnitSchema } from "./unit-schema.js";

/**
 * The JSON Schemas (draft 2020-12) of a customer file and of a unit, input side, for hosts in
 * other languages. Checks that JSON Schema cannot express (a real calendar date, the VIN's
 * letters in any case, phone digits, warranty after delivery, duplicate ids) are made by
 * `parseCustomer` only.
 *
 * @returns `{ Customer, Unit }`, each a plain JSON Schema object.
 * @example
 * ```ts
 * const { Customer } = customersJsonSchema();
 * Customer.required; // ["id", "name", "type"]
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function customersJsonSchema(): {
  readonly Customer: Record<string, unknown>;
  readonly Unit: Record<string, unknown>;
} {
  const options = { io: "input", unrepresentable: "any" } as const;
  return {
    Customer: z.toJSONSchema(CustomerSchema, options) as Record<string, unknown>,
    Unit: z.toJSONSchema(UnitSchema, options) as Record<string, unknown>,
  };
}
