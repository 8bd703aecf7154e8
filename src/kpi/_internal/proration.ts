import { err, ok, type Result } from "neverthrow";
import { multiplyMoney } from "../../core/money/arithmetic.js";
import type { Money } from "../../core/money/money.js";
import { divideRational, type Rational } from "../../core/rational.js";
import type { EmployeePeriod } from "../employee-schema.js";
import type { KpiEmployeeError } from "../errors.js";
import { minRational, q } from "./exact.js";

/** A validated proration. */
export type ProrationIn = NonNullable<EmployeePeriod["proration"]>;

/** The mainland-China monthly paid-day count: (365 − 104 weekend days) / 12 = 21.75. */
const CN_PAID_DAYS_PER_MONTH = q(87, 4);

/** The share of the month a proration pays. */
export function prorationFactor(proration: ProrationIn): Result<Rational, KpiEmployeeError> {
  if (proration.method === "cn_21_75") {
    return ok(minRational(q(1), divideRational(proration.paidDays, CN_PAID_DAYS_PER_MONTH)._unsafeUnwrap()));
  }
  if (proration.days > proration.daysInPeriod) {
    return err({
      code: "proration_out_of_range",
      path: ["proration", "days"],
      message: `${proration.days} days worked in a period of ${proration.daysInPeriod} days`,
    });
  }
  return ok(q(proration.days, proration.daysInPeriod));
}

/** `total × factor`, rounded once to the minor unit (a factor of at most 1 cannot overflow). */
export function prorated(total: Money, factor: Rational, mode: "halfUp" | "halfEven"): Money {
  return multiplyMoney(total, factor, mode)._unsafeUnwrap();
}
