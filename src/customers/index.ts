/**
 * The customer file (客户档案): customers, their contacts, dates and units (apartments, vehicles,
 * installed products) as validated data; a warranty check; an index that finds customers by id,
 * phone, name, unit, VIN or plate in O(1); display labels in zh-CN and English. Tiering (客户分层):
 * Pareto/ABC classes, the value matrix, RFM, rule tiers with explanations, tier migration with
 * hysteresis, tier entitlements, lifetime value and retention economics.
 *
 * @module customers
 */

export type { CustomerIndex } from "./customer-index.js";
export {
  type Anniversary,
  type Contact,
  type Customer,
  type CustomerInput,
  CustomerSchema,
} from "./customer-schema.js";
export {
  CONTACT_TYPES,
  type ContactType,
  CUSTOMER_LIMITS,
  CUSTOMER_TYPES,
  type CustomerType,
  UNIT_TYPES,
  type UnitType,
} from "./enums.js";
export type { CustomerError, CustomerIndexError, CustomerRecordError } from "./errors.js";
export {
  type ApartmentAddress,
  type CustomerQuery,
  type CustomerQueryKeys,
  findCustomers,
} from "./find-customers.js";
export { indexCustomers } from "./index-customers.js";
export { isUnderWarranty } from "./is-under-warranty.js";
export { customersJsonSchema } from "./json-schema.js";
export {
  CUSTOMER_LABELS,
  type CustomerLabelKind,
  type CustomerLabelValues,
  type CustomerLocale,
  customerLabel,
} from "./labels.js";
export { type LookupKeyKind, normalizeLookupKey } from "./normalize-lookup-key.js";
export { parseCustomer } from "./parse-customer.js";
export * from "./tiering/index.js";
export {
  type ApartmentUnit,
  type ProductUnit,
  type Unit,
  type UnitInput,
  UnitSchema,
  type VehicleUnit,
} from "./unit-schema.js";
