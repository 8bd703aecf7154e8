import { err, ok, type Result } from "neverthrow";
import { allocateMoney } from "../../core/money/allocate.js";
import type { Money } from "../../core/money/money.js";
import { multiplyRational, type Rational, roundRational } from "../../core/rational.js";
import type { EmployeePeriod } from "../employee-schema.js";
import type { KpiEmployeeError } from "../errors.js";
import type { KpiScheme } from "../scheme.js";
import type { PayResult } from "../trace.js";
import { q } from "./exact.js";
import { prorated, prorationFactor } from "./proration.js";
import { scoreValidated } from "./score.js";

const money = (amount: number, like: Money): Money => ({ amount, currency: like.currency });

/** One employee's pay from a validated period. */
export function payValidated(
  scheme: KpiScheme,
  employee: EmployeePeriod,
): Result<PayResult, KpiEmployeeError> {
  const monthlyTotal = employee.total;
  let requested = 0;
  for (const [index, deduction] of employee.deductions.entries()) {
    if (!("amount" in deduction)) continue;
    if (deduction.amount.currency !== monthlyTotal.currency) {
      return err({
        code: "currency_mismatch",
        path: ["deductions", index, "amount", "currency"],
        message: `A ${deduction.amount.currency} deduction from ${monthlyTotal.currency} pay`,
      });
    }
    requested += deduction.amount.amount;
    if (!Number.isSafeInteger(requested)) {
      return err({
        code: "amount_out_of_range",
        path: ["deductions", index, "amount"],
        message: "The money deductions add up beyond the safe-integer range",
      });
    }
  }
  const factor: Result<Rational | null, KpiEmployeeError> =
    employee.proration === undefined ? ok(null) : prorationFactor(employee.proration);
  return factor.andThen((prorationFactorValue) =>
    scoreValidated(scheme, employee).andThen((score): Result<PayResult, KpiEmployeeError> => {
      const total =
        prorationFactorValue === null
          ? monthlyTotal
          : prorated(monthlyTotal, prorationFactorValue, scheme.rounding);
      const parts = allocateMoney(total, [scheme.split.base, scheme.split.performance])._unsafeUnwrap();
      const [base, performancePart] = [parts[0] ?? total, parts[1] ?? total];
      const performanceExact = multiplyRational(q(performancePart.amount), score.payFactor);
      const performancePay = Number(roundRational(performanceExact, scheme.rounding));
      const deducted = Math.min(requested, performancePay);
      if (!Number.isSafeInteger(performancePay) || !Number.isSafeInteger(base.amount + performancePay)) {
        return err({
          code: "amount_out_of_range",
          path: ["total"],
          message: "The performance pay is beyond the safe-integer range",
        });
      }
      return ok({
        employeeId: employee.id,
        name: employee.name,
        score,
        monthlyTotal,
        proration:
          employee.proration === undefined || prorationFactorValue === null
            ? null
            : { method: employee.proration.method, factor: prorationFactorValue },
        total,
        base,
        performancePart,
        performanceExact,
        rounding: scheme.rounding,
        performancePay: money(performancePay, total),
        moneyDeducted: money(deducted, total),
        performancePaid: money(performancePay - deducted, total),
        net: money(base.amount + performancePay - deducted, total),
      });
    }),
  );
}
