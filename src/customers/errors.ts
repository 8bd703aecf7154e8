import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";
import type { InvalidLocalDateError } from "../core/local-date.js";
import type { TieringError } from "./tiering/errors.js";

/**
 * Why a customer file was refused by `parseCustomer`. Shape problems are one `invalid_input`
 * error whose issues carry codes such as `unrecognized_keys`, `invalid_type`, `too_big`,
 * `invalid_union` (an unknown unit type), `invalid_local_date`, `invalid_vin`, `invalid_phone`,
 * `invalid_email` and `warranty_before_delivery`; the others are conflicts between entries of an
 * otherwise well-formed file, each with its `path`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerRecordError =
  | InvalidInputError
  | KefuErrorShape<"duplicate_unit_id">
  | KefuErrorShape<"duplicate_primary_contact">;

/**
 * Why `indexCustomers` could not build an index: `invalid_input` (not an array, or an entry that
 * is not a customer file), `too_many_customers` (over 1,000,000) or `duplicate_customer_id`
 * (with the `path` of the second entry's id).
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerIndexError =
  | InvalidInputError
  | KefuErrorShape<"too_many_customers">
  | KefuErrorShape<"duplicate_customer_id">;

/**
 * Every error a `kefu/customers` function can return: {@link CustomerRecordError},
 * {@link CustomerIndexError}, `invalid_input` from `findCustomers`, `invalid_local_date` from
 * `isUnderWarranty`, and the tiering functions' {@link TieringError}.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerError = CustomerRecordError | CustomerIndexError | InvalidLocalDateError | TieringError;
