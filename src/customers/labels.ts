import type { ContactType, CustomerType, UnitType } from "./enums.js";

/**
 * The locales kefu has labels for: Simplified Chinese and English.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerLocale = "zh-CN" | "en";

/**
 * The enumerations that have labels, and the values of each.
 *
 * @category Customers
 * @since 0.1.0
 */
export interface CustomerLabelValues {
  readonly customerType: CustomerType;
  readonly contactType: ContactType;
  readonly unitType: UnitType;
}

/**
 * `"customerType" | "contactType" | "unitType"`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerLabelKind = keyof CustomerLabelValues;

/** Freezes a plain object and everything inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Display labels of every customer enumeration value, in zh-CN and English, for forms and reports.
 *
 * @category Customers
 * @since 0.1.0
 */
export const CUSTOMER_LABELS: {
  readonly [K in CustomerLabelKind]: {
    readonly [V in CustomerLabelValues[K]]: { readonly [L in CustomerLocale]: string };
  };
} = deepFreeze({
  customerType: {
    person: { "zh-CN": "个人", en: "Person" },
    organisation: { "zh-CN": "机构", en: "Organisation" },
  },
  contactType: {
    phone: { "zh-CN": "电话", en: "Phone" },
    mobile: { "zh-CN": "手机", en: "Mobile" },
    email: { "zh-CN": "电子邮箱", en: "Email" },
    wechat: { "zh-CN": "微信", en: "WeChat" },
    address: { "zh-CN": "地址", en: "Address" },
  },
  unitType: {
    apartment: { "zh-CN": "房屋", en: "Apartment" },
    vehicle: { "zh-CN": "车辆", en: "Vehicle" },
    product: { "zh-CN": "产品", en: "Product" },
  },
});

/**
 * The display label of an enumeration value. TypeScript accepts only known values; from plain
 * JavaScript, an unknown kind or value comes back as the value itself, an unknown locale in English.
 *
 * @param kind - which enumeration: `"customerType"`, `"contactType"` or `"unitType"`.
 * @param value - one of its values, e.g. `"apartment"`.
 * @param locale - `"zh-CN"` or `"en"`.
 * @returns the label; this function cannot fail.
 * @example
 * ```ts
 * customerLabel("unitType", "apartment", "zh-CN"); // "房屋"
 * customerLabel("contactType", "wechat", "en"); // "WeChat"
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function customerLabel<Kind extends CustomerLabelKind>(
  kind: Kind,
  value: CustomerLabelValues[Kind],
  locale: CustomerLocale,
): string {
  const values: Readonly<Record<string, { readonly [L in CustomerLocale]: string }>> | undefined =
    Object.hasOwn(CUSTOMER_LABELS, kind) ? CUSTOMER_LABELS[kind] : undefined;
  const labels = values !== undefined && Object.hasOwn(values, value) ? values[value] : undefined;
  if (labels === undefined) return String(value);
  return locale === "zh-CN" ? labels["zh-CN"] : labels.en;
}
