/**
 * The kinds of customer: a natural person or an organisation (a company, an agency, a school).
 *
 * @category Customers
 * @since 0.1.0
 */
export const CUSTOMER_TYPES = ["person", "organisation"] as const;

/**
 * The kinds of contact data a customer file holds. `phone` is a landline, `mobile` a mobile
 * number; both are searchable by phone.
 *
 * @category Customers
 * @since 0.1.0
 */
export const CONTACT_TYPES = ["phone", "mobile", "email", "wechat", "address"] as const;

/**
 * The kinds of unit (asset) a customer owns: an apartment, a vehicle, an installed product.
 *
 * @category Customers
 * @since 0.1.0
 */
export const UNIT_TYPES = ["apartment", "vehicle", "product"] as const;

/**
 * `"person" | "organisation"`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/**
 * `"phone" | "mobile" | "email" | "wechat" | "address"`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type ContactType = (typeof CONTACT_TYPES)[number];

/**
 * `"apartment" | "vehicle" | "product"`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * Bounds that keep one customer file, and one index, a predictable size.
 *
 * @category Customers
 * @since 0.1.0
 */
export const CUSTOMER_LIMITS = {
  idLength: 100,
  textLength: 200,
  contactValueLength: 500,
  tagLength: 50,
  contacts: 50,
  anniversaries: 50,
  units: 200,
  tags: 100,
  customers: 1_000_000,
} as const;
