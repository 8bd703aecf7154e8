/**
 * 01 — Core primitives: instants, local dates, exact numbers and money.
 *
 * Every kefu function that takes user data returns a neverthrow `Result`: `Ok` with the value or
 * `Err` with a plain error object whose `code` you can branch on. Nothing throws.
 */
import {
  allocateMoney,
  formatMoney,
  formatRational,
  moneyFromDecimal,
  multiplyMoney,
  parseInstant,
  parseLocalDate,
  parseRational,
  parseTimeZone,
} from "kefu";
import { check } from "./_check.js";

// Instants: a Date, epoch milliseconds, or ISO-8601 *with* an offset.
const received = parseInstant("2025-09-30T17:20:00+08:00");
check("a complaint received at 17:20 Beijing time", received._unsafeUnwrap(), Date.UTC(2025, 8, 30, 9, 20));

// A string without an offset means different instants on different servers, so it is refused.
const ambiguous = parseInstant("2025-09-30T17:20:00");
check("no offset is an error", ambiguous.isErr() ? ambiguous.error.code : "ok", "invalid_instant");

// Local dates are real calendar dates; time zones are IANA names.
check("2025-02-29 does not exist", parseLocalDate("2025-02-29").isErr(), true);
check("Asia/Shanghai is a zone", parseTimeZone("Asia/Shanghai").isOk(), true);

// Exact rationals: a score of 45 out of 50 is exactly 9/10, with no floating-point drift.
const score = parseRational("45/50")._unsafeUnwrap();
check("45/50 as a percentage", formatRational({ num: score.num * 100n, den: score.den }, 0), "90");

// Money is integer minor units; splits use largest remainders so parts always add up.
const monthly = moneyFromDecimal("9000.00", "CNY")._unsafeUnwrap();
const [base, performance] = allocateMoney(monthly, [2, 1])._unsafeUnwrap();
if (base === undefined || performance === undefined) throw new Error("two parts expected");
const paid = multiplyMoney(performance, { num: 90n, den: 100n })._unsafeUnwrap();
check("fixed base (2/3)", formatMoney(base)._unsafeUnwrap(), "¥6,000.00");
check("performance pay at 90 points", formatMoney(paid)._unsafeUnwrap(), "¥2,700.00");
check(
  "a split of ¥100.00 in three",
  allocateMoney(moneyFromDecimal("100", "CNY")._unsafeUnwrap(), [1, 1, 1])
    ._unsafeUnwrap()
    .map((part) => part.amount),
  [3334, 3333, 3333],
);
