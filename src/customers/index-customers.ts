import { err, ok, type Result } from "neverthrow";
import { type InputIssue, invalidInput } from "../core/errors.js";
import { customerShapeIssue } from "./_internal/customer-shape.js";
import { forEachKey } from "./_internal/keys.js";
import { type CustomerIndex, type IndexTables, type MultiKey, wrapTables } from "./customer-index.js";
import type { Customer } from "./customer-schema.js";
import { CUSTOMER_LIMITS } from "./enums.js";
import type { CustomerIndexError } from "./errors.js";

const MAX_ISSUES = 100;
const MULTI_KEYS: readonly MultiKey[] = ["phone", "name", "unitId", "unit", "vin", "plate"];

/**
 * Builds a look-up index over customer files: by id, phone, name, unit id, apartment address
 * (project / building / unit number), VIN and plate. Keys are normalised once here (see
 * `normalizeLookupKey`); each look-up is then one `Map` access, O(1) whatever the number of
 * customers. Building is O(total contacts and units).
 *
 * @param customers - validated customer files (from `parseCustomer`), at most 1,000,000.
 * @returns `Ok` with the index, or `Err` with code `invalid_input` (not an array, or an entry
 *   that is not a customer file), `too_many_customers` or `duplicate_customer_id` (`path` to the
 *   second entry's id).
 * @example
 * ```ts
 * const index = indexCustomers([zhang, li])._unsafeUnwrap();
 * findCustomers(index, { plate: "沪a 12345" }); // Ok([zhang])
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function indexCustomers(customers: readonly Customer[]): Result<CustomerIndex, CustomerIndexError> {
  if (!Array.isArray(customers)) {
    return err(invalidInput([{ path: [], code: "invalid_type", message: "Expected a list of customers" }]));
  }
  if (customers.length > CUSTOMER_LIMITS.customers) {
    return err({
      code: "too_many_customers",
      message: `An index holds at most ${CUSTOMER_LIMITS.customers.toLocaleString("en")} customers; got ${customers.length}`,
    });
  }
  const issues: InputIssue[] = [];
  for (const [i, customer] of customers.entries()) {
    const issue = customerShapeIssue(customer, [i]);
    if (issue !== undefined) issues.push(issue);
    if (issues.length >= MAX_ISSUES) break;
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return err(invalidInput([first, ...rest]));
  return buildTables(customers).map((tables) => wrapTables(customers, tables));
}

function buildTables(customers: readonly Customer[]): Result<IndexTables, CustomerIndexError> {
  const byId = new Map<string, Customer>();
  const byKey = Object.fromEntries(MULTI_KEYS.map((kind) => [kind, new Map<string, Customer[]>()])) as {
    readonly [K in MultiKey]: Map<string, Customer[]>;
  };
  for (const [i, customer] of customers.entries()) {
    if (byId.has(customer.id)) {
      return err({
        code: "duplicate_customer_id",
        path: [i, "id"],
        message: `Customer id "${customer.id}" appears twice (second at index ${i})`,
      });
    }
    byId.set(customer.id, customer);
    forEachKey(customer, (kind, key) => {
      const bucket = byKey[kind].get(key);
      if (bucket === undefined) byKey[kind].set(key, [customer]);
      // Keys of one customer are added together, so a repeat is always the bucket's last entry.
      else if (bucket[bucket.length - 1] !== customer) bucket.push(customer);
    });
  }
  for (const table of Object.values(byKey)) for (const bucket of table.values()) Object.freeze(bucket);
  return ok({ byId, byKey });
}
