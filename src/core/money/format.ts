import { err, ok, type Result } from "neverthrow";
import { type Money, type MoneyError, moneyToDecimal } from "./money.js";

const MAX_CACHED_FORMATS = 64;
const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats money for people with `Intl.NumberFormat`, from the exact decimal (never a float).
 *
 * @param value - the money.
 * @param locale - a BCP 47 locale (default `"zh-CN"`); `"en"` and others work too.
 * @returns `Ok` with e.g. `"¥9,000.00"`, or `Err` with code `invalid_locale`.
 * @example
 * ```ts
 * formatMoney({ amount: 870000, currency: "CNY" }, "zh-CN"); // Ok("¥8,700.00")
 * formatMoney({ amount: 870000, currency: "CNY" }, "en");    // Ok("CN¥8,700.00")
 * ```
 * @category Money
 * @since 0.1.0
 */
export function formatMoney(value: Money, locale = "zh-CN"): Result<string, MoneyError> {
  const key = `${locale}|${value.currency}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: "currency", currency: value.currency });
    } catch {
      return err({
        code: "invalid_locale",
        message: `Unknown locale ${JSON.stringify(locale).slice(0, 40)}`,
      });
    }
    if (formats.size >= MAX_CACHED_FORMATS) formats.clear();
    formats.set(key, format);
  }
  // A decimal string is formatted exactly (Intl.NumberFormat v3).
  return ok(format.format(moneyToDecimal(value) as Intl.StringNumericLiteral));
}
