import { formatMoney } from "../../core/money/format.js";
import { type Money, moneyToDecimal } from "../../core/money/money.js";
import { formatRational, type Rational } from "../../core/rational.js";

/** A rational for people: the exact decimal when it terminates within 6 places, else ≈ and the fraction. */
export function showNumber(value: Rational): string {
  for (let places = 0; places <= 6; places += 1) {
    if (10n ** BigInt(places) % value.den === 0n) return formatRational(value, places);
  }
  return `≈${formatRational(value, 4)} (${value.num}/${value.den})`;
}

/** A signed number of points, `+2`, `−2.5`, `0`. */
export function showSigned(value: Rational): string {
  if (value.num === 0n) return "0";
  return value.num > 0n ? `+${showNumber(value)}` : `−${showNumber({ num: -value.num, den: value.den })}`;
}

/** Money in the locale; the plain decimal if the locale is unknown to the host. */
export function showMoney(value: Money, locale: string): string {
  return formatMoney(value, locale).unwrapOr(`${moneyToDecimal(value)} ${value.currency}`);
}
