import type { Result } from "neverthrow";
import type { InvalidInputError } from "../core/errors.js";
import { parseQuery } from "./_internal/query.js";
import { type CustomerIndex, tablesOf } from "./customer-index.js";
import type { Customer } from "./customer-schema.js";

/**
 * An apartment's address in a look-up: the unit number, and optionally the project and building.
 * A part left out matches any.
 *
 * @category Customers
 * @since 0.1.0
 */
export interface ApartmentAddress {
  readonly project?: string | undefined;
  readonly building?: string | undefined;
  readonly unitNumber: string;
}

/**
 * The keys a customer can be looked up by, and the type of each.
 *
 * @category Customers
 * @since 0.1.0
 */
export interface CustomerQueryKeys {
  readonly id: string;
  readonly phone: string;
  readonly name: string;
  readonly unitId: string;
  readonly unit: ApartmentAddress;
  readonly vin: string;
  readonly plate: string;
}

/**
 * One look-up key: exactly one of `{ id }`, `{ phone }`, `{ name }`, `{ unitId }`,
 * `{ unit: { project?, building?, unitNumber } }`, `{ vin }` or `{ plate }`. TypeScript refuses
 * an object with several keys or none.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerQuery = {
  [K in keyof CustomerQueryKeys]: { readonly [P in K]: CustomerQueryKeys[K] } & {
    readonly [P in Exclude<keyof CustomerQueryKeys, K>]?: never;
  };
}[keyof CustomerQueryKeys];

const NONE: readonly Customer[] = Object.freeze([]);

/**
 * Finds the customers that match one key, in the order they were indexed. Ids and unit ids match
 * exactly; phones, names, plates, VINs and apartment address parts are normalised first (see
 * `normalizeLookupKey`), so `"+86 138-0013-8000"` finds `13800138000` and `"沪a 12345"` finds
 * `"沪A·12345"`. An address without `project` or `building` matches any. Cost: one normalisation
 * and one `Map` look-up, O(1) in the size of the index.
 *
 * @param index - an index built by `indexCustomers`.
 * @param query - exactly one key, see {@link CustomerQuery}.
 * @returns `Ok` with a frozen list (empty when nothing matches; names and phones may match
 *   several customers), or `Err` with code `invalid_input` (issue codes `exactly_one_key` for no
 *   key or several, `unrecognized_keys` for an unknown key, `invalid_type`, `too_small`/`too_big`
 *   for an empty or over-long value, `empty_key` for a value that normalises to nothing, such as a
 *   phone with no digits, `invalid_vin` for a VIN that cannot exist).
 * @example
 * ```ts
 * findCustomers(index, { phone: "0086 138 0013 8000" }); // Ok([zhang])
 * findCustomers(index, { unit: { project: "翠湖天地", unitNumber: "1201" } }); // Ok([zhang, li])
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function findCustomers(
  index: CustomerIndex,
  query: CustomerQuery,
): Result<readonly Customer[], InvalidInputError> {
  const tables = tablesOf(index);
  return parseQuery(query).map(({ kind, key }) => {
    if (kind !== "id") return tables.byKey[kind].get(key) ?? NONE;
    const customer = tables.byId.get(key);
    return customer === undefined ? NONE : Object.freeze([customer]);
  });
}
