import type { Customer } from "./customer-schema.js";

/**
 * A customer-file index built by `indexCustomers`: an opaque, immutable value, safe to share
 * across calls. Behind it, one `Map` per look-up key (id, phone, name, unit id, apartment address,
 * VIN, plate), so `findCustomers` costs one normalisation and one hash look-up whatever the size.
 *
 * @category Customers
 * @since 0.1.0
 */
export interface CustomerIndex {
  readonly kind: "CustomerIndex";
  /** How many customers the index holds. */
  readonly size: number;
  /** The indexed customers, in input order. */
  readonly customers: readonly Customer[];
}

/** The keys that can hold several customers. */
export type MultiKey = "phone" | "name" | "unitId" | "unit" | "vin" | "plate";

/** The tables of one index: normalised key → customers in input order (each list frozen). */
export interface IndexTables {
  readonly byId: ReadonlyMap<string, Customer>;
  readonly byKey: { readonly [K in MultiKey]: ReadonlyMap<string, readonly Customer[]> };
}

const tables = new WeakMap<CustomerIndex, IndexTables>();

/** Wraps tables into the public index value. */
export function wrapTables(customers: readonly Customer[], indexTables: IndexTables): CustomerIndex {
  const index: CustomerIndex = Object.freeze({
    kind: "CustomerIndex",
    size: customers.length,
    customers: Object.freeze([...customers]),
  });
  tables.set(index, indexTables);
  return index;
}

/** The tables of an index built by kefu (types prevent anything else; a forgery is a bug). */
export function tablesOf(index: CustomerIndex): IndexTables {
  const found = tables.get(index);
  if (found === undefined) throw new Error("[kefu] not a customer index: build one with indexCustomers");
  return found;
}
