/**
 * ISO-4217 minor-unit exponents of the currencies kefu knows: CNY has 2 (fen), JPY and KRW 0.
 *
 * @category Money
 * @since 0.1.0
 */
export const CURRENCY_EXPONENTS = {
  AUD: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  JPY: 0,
  KRW: 0,
  MOP: 2,
  SGD: 2,
  TWD: 2,
  USD: 2,
} as const satisfies Record<string, number>;

/**
 * An ISO-4217 currency code kefu knows.
 *
 * @category Money
 * @since 0.1.0
 */
export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;

/**
 * Whether `code` is a currency kefu knows.
 *
 * @param code - a candidate code such as `"CNY"`.
 * @returns `true` for the codes in {@link CURRENCY_EXPONENTS}.
 * @example
 * ```ts
 * isCurrencyCode("CNY"); // true
 * ```
 * @category Money
 * @since 0.1.0
 */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === "string" && Object.hasOwn(CURRENCY_EXPONENTS, code);
}
