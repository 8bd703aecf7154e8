import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import type { InvalidInputError, KefuErrorShape } from "../errors.js";
import { parseWithSchema } from "../result.js";
import { CURRENCY_EXPONENTS, type CurrencyCode, isCurrencyCode } from "./currency.js";

/**
 * An amount of money in integer minor units (fen, cents): `{ amount: 900000, currency: "CNY" }`
 * is ¥9,000.00. No float money anywhere.
 *
 * @category Money
 * @since 0.1.0
 */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/**
 * Errors of the money functions.
 *
 * @category Errors
 * @since 0.1.0
 */
export type MoneyError =
  | InvalidInputError
  | KefuErrorShape<"unknown_currency">
  | KefuErrorShape<"currency_mismatch">
  | KefuErrorShape<"amount_out_of_range">
  | KefuErrorShape<"invalid_amount">
  | KefuErrorShape<"invalid_ratios">
  | KefuErrorShape<"invalid_locale">;

/**
 * zod schema of {@link Money} (strict: unknown keys are errors).
 *
 * @category Money
 * @since 0.1.0
 */
export const MoneySchema = z.strictObject({
  amount: z.int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  currency: z.enum(Object.keys(CURRENCY_EXPONENTS) as [CurrencyCode, ...CurrencyCode[]]),
});

/**
 * Validates untrusted data as {@link Money}.
 *
 * @param input - e.g. `{ amount: 900000, currency: "CNY" }`.
 * @returns `Ok` with the value, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * parseMoney({ amount: 900000, currency: "CNY" }).isOk(); // true
 * ```
 * @category Money
 * @since 0.1.0
 */
export function parseMoney(input: unknown): Result<Money, InvalidInputError> {
  return parseWithSchema(MoneySchema, input);
}

/**
 * Money from an amount in minor units.
 *
 * @param amount - a safe integer number of minor units (fen for CNY).
 * @param currency - an ISO-4217 code kefu knows.
 * @returns `Ok`, or `Err` with code `unknown_currency` or `amount_out_of_range`.
 * @example
 * ```ts
 * money(900000, "CNY"); // Ok(¥9,000.00)
 * ```
 * @category Money
 * @since 0.1.0
 */
export function money(amount: number, currency: string): Result<Money, MoneyError> {
  if (!isCurrencyCode(currency)) return unknownCurrency(currency);
  return checkedAmount(amount, currency);
}

/**
 * Money from a decimal string in major units: `"9000.00"` CNY is 900000 fen.
 *
 * @param decimal - digits with an optional sign and at most the currency's number of decimals.
 * @param currency - an ISO-4217 code kefu knows.
 * @returns `Ok`, or `Err` with code `unknown_currency`, `invalid_amount` (malformed, or more
 *   decimals than the currency has) or `amount_out_of_range`.
 * @example
 * ```ts
 * moneyFromDecimal("9000.00", "CNY"); // Ok({ amount: 900000, currency: "CNY" })
 * ```
 * @category Money
 * @since 0.1.0
 */
export function moneyFromDecimal(decimal: string, currency: string): Result<Money, MoneyError> {
  if (!isCurrencyCode(currency)) return unknownCurrency(currency);
  const exponent = CURRENCY_EXPONENTS[currency];
  const match = /^([+-]?)(\d{1,20})(?:\.(\d+))?$/.exec(typeof decimal === "string" ? decimal : "");
  if (match === null) {
    return err({
      code: "invalid_amount",
      message: `"${String(decimal).slice(0, 40)}" is not a decimal amount`,
    });
  }
  const [, sign, whole = "0", fraction = ""] = match;
  if (fraction.length > exponent) {
    return err({
      code: "invalid_amount",
      message: `${currency} has ${exponent} decimal places; got ${fraction.length}`,
    });
  }
  const minor = BigInt(`${sign}${whole}${fraction.padEnd(exponent, "0")}`);
  return checkedAmount(minor, currency);
}

/**
 * The amount as a decimal string in major units, e.g. `"9000.00"`.
 *
 * @param value - the money.
 * @returns the exact decimal, with as many places as the currency has.
 * @example
 * ```ts
 * moneyToDecimal({ amount: -5, currency: "CNY" }); // "-0.05"
 * ```
 * @category Money
 * @since 0.1.0
 */
export function moneyToDecimal(value: Money): string {
  const exponent = CURRENCY_EXPONENTS[value.currency];
  const digits = Math.abs(value.amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${value.amount < 0 ? "-" : ""}${whole}${fraction}`;
}

/** Money whose amount is checked to be a safe integer. */
export function checkedAmount(amount: number | bigint, currency: CurrencyCode): Result<Money, MoneyError> {
  const inRange =
    typeof amount === "bigint"
      ? amount >= BigInt(Number.MIN_SAFE_INTEGER) && amount <= BigInt(Number.MAX_SAFE_INTEGER)
      : Number.isSafeInteger(amount);
  if (!inRange) {
    return err({
      code: "amount_out_of_range",
      message: `${String(amount)} minor units is not a safe integer`,
    });
  }
  return ok({ amount: Number(amount), currency });
}

function unknownCurrency(currency: unknown): Result<never, MoneyError> {
  return err({
    code: "unknown_currency",
    message: `Unknown currency ${JSON.stringify(currency)?.slice(0, 20)}`,
  });
}

/** Err when two amounts are in different currencies. */
export function sameCurrency(a: Money, b: Money): Result<CurrencyCode, MoneyError> {
  if (a.currency === b.currency) return ok(a.currency);
  return err({ code: "currency_mismatch", message: `Cannot combine ${a.currency} with ${b.currency}` });
}
