import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import type { Money } from "../core/money/money.js";
import { parseWithSchema } from "../core/result.js";
import { payValidated } from "./_internal/pay.js";
import { EmployeePeriodSchema } from "./employee-schema.js";
import type { PayrollError } from "./errors.js";
import type { KpiScheme } from "./scheme.js";
import type { PayResult } from "./trace.js";

/** At most this many employees in one payroll batch. */
const MAX_EMPLOYEES = 100_000;

const AMOUNTS = [
  "total",
  "base",
  "performancePart",
  "performancePay",
  "moneyDeducted",
  "performancePaid",
  "net",
] as const;

/**
 * The sums of a payroll batch, each exactly the sum of the employees' lines.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface PayrollTotals {
  /** Σ period totals (after proration). */
  readonly total: Money;
  /** Σ base parts. */
  readonly base: Money;
  /** Σ performance parts. */
  readonly performancePart: Money;
  /** Σ performance pay before money deductions. */
  readonly performancePay: Money;
  /** Σ money deductions applied. */
  readonly moneyDeducted: Money;
  /** Σ performance pay paid. */
  readonly performancePaid: Money;
  /** Σ net pay. */
  readonly net: Money;
}

/**
 * A payroll batch: one line per employee in input order, and exact totals.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface Payroll {
  /** The scheme used. */
  readonly schemeId: string;
  /** One result per employee, in input order. */
  readonly lines: readonly PayResult[];
  /** Column sums; `base + performancePaid = net` holds for each line and for the totals. */
  readonly totals: PayrollTotals;
}

const ArraySchema = z.array(z.unknown()).min(1);

/**
 * Pays a team or a whole company for one period against one scheme, validating each employee
 * and summing every amount column exactly.
 *
 * @param scheme - a scheme from {@link parseKpiScheme}.
 * @param employees - 1 to 100,000 {@link EmployeePeriodInput}-shaped values, ids unique, one currency.
 * @returns `Ok` with the {@link Payroll}, or `Err` with code `invalid_input`, `too_many_employees`,
 *   `duplicate_employee_id`, `currency_mismatch`, `amount_out_of_range` or any code of
 *   {@link computePay} (its `path` prefixed with the employee's index).
 * @example
 * ```ts
 * const payroll = computePayroll(scheme, [liNa, wangLei, zhaoMin])._unsafeUnwrap();
 * payroll.totals.net; // the sum of the three net pays
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function computePayroll(scheme: KpiScheme, employees: unknown): Result<Payroll, PayrollError> {
  if (Array.isArray(employees) && employees.length > MAX_EMPLOYEES) {
    return err({
      code: "too_many_employees",
      message: `A payroll batch has at most ${MAX_EMPLOYEES} employees; got ${employees.length}`,
    });
  }
  const list = parseWithSchema(ArraySchema, employees);
  if (list.isErr()) return err(list.error);
  const lines: PayResult[] = [];
  const ids = new Set<string>();
  for (const [index, input] of list.value.entries()) {
    const line = parseWithSchema(EmployeePeriodSchema, input)
      .mapErr((error): PayrollError => error)
      .andThen((employee) => payValidated(scheme, employee));
    if (line.isErr()) return err(withIndex(line.error, index));
    const { employeeId, total } = line.value;
    if (ids.has(employeeId)) {
      return err({
        code: "duplicate_employee_id",
        path: [index, "id"],
        message: `Employee "${employeeId}" twice`,
      });
    }
    ids.add(employeeId);
    const first = lines[0]?.total.currency ?? total.currency;
    if (total.currency !== first) {
      return err({
        code: "currency_mismatch",
        path: [index, "total", "currency"],
        message: `Employee "${employeeId}" is paid in ${total.currency}; the batch in ${first}`,
      });
    }
    lines.push(line.value);
  }
  return sumColumns(lines).map((totals) => ({ schemeId: scheme.id, lines, totals }));
}

function withIndex(error: PayrollError, index: number): PayrollError {
  if (error.code === "invalid_input") {
    const [first, ...rest] = error.issues;
    return {
      ...error,
      issues: [
        { ...first, path: [index, ...first.path] },
        ...rest.map((i) => ({ ...i, path: [index, ...i.path] })),
      ],
    };
  }
  return { ...error, path: [index, ...(error.path ?? [])] };
}

function sumColumns(lines: readonly PayResult[]): Result<PayrollTotals, PayrollError> {
  const currency = lines[0]?.total.currency ?? "CNY";
  const sums = Object.fromEntries(AMOUNTS.map((key) => [key, 0])) as Record<keyof PayrollTotals, number>;
  for (const line of lines) {
    for (const key of AMOUNTS) sums[key] += line[key].amount;
  }
  for (const key of AMOUNTS) {
    if (!Number.isSafeInteger(sums[key])) {
      return err({
        code: "amount_out_of_range",
        message: `The ${key} column sums beyond the safe-integer range`,
      });
    }
  }
  return ok(
    Object.fromEntries(
      AMOUNTS.map((key) => [key, { amount: sums[key], currency }]),
    ) as unknown as PayrollTotals,
  );
}
