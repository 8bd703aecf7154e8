import type { InvalidInputError, Money, Rational } from "kefu/core";
import {
  allocateBonusPool,
  type BonusPoolError,
  type BonusShare,
  type ContactCentreError,
  computePay,
  computePayroll,
  type ErlangCResult,
  erlangC,
  formatPayTrace,
  type KpiEmployeeError,
  type KpiError,
  type KpiScheme,
  type KpiSchemeError,
  type KpiSchemeInput,
  type KpiScore,
  type PayResult,
  type Payroll,
  type PayrollError,
  parseKpiScheme,
  scoreEmployee,
} from "kefu/kpi";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

declare const scheme: KpiScheme;
declare const pay: PayResult;

describe("kpi types", () => {
  it("public entries take unknown and return Results with the module's errors", () => {
    expectTypeOf(parseKpiScheme).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseKpiScheme({})).toEqualTypeOf<Result<KpiScheme, KpiSchemeError>>();
    expectTypeOf(scoreEmployee(scheme, {})).toEqualTypeOf<Result<KpiScore, KpiEmployeeError>>();
    expectTypeOf(computePay(scheme, {})).toEqualTypeOf<Result<PayResult, KpiEmployeeError>>();
    expectTypeOf(computePayroll(scheme, [])).toEqualTypeOf<Result<Payroll, PayrollError>>();
    expectTypeOf(allocateBonusPool({})).toEqualTypeOf<Result<BonusShare[], BonusPoolError>>();
    expectTypeOf(erlangC({})).toEqualTypeOf<Result<ErlangCResult, ContactCentreError>>();
  });

  it("money is Money, scores are exact rationals, traces are strings", () => {
    expectTypeOf(pay.net).toEqualTypeOf<Money>();
    expectTypeOf(pay.score.score).toEqualTypeOf<Rational>();
    expectTypeOf(pay.score.groups[0]?.mean).toEqualTypeOf<Rational | null | undefined>();
    expectTypeOf(formatPayTrace(pay, scheme)).toEqualTypeOf<string[]>();
    expectTypeOf(erlangC({})._unsafeUnwrap().asaSeconds).toEqualTypeOf<number | null>();
  });

  it("error unions nest; codes are literals", () => {
    expectTypeOf<InvalidInputError>().toExtend<KpiSchemeError>();
    expectTypeOf<KpiEmployeeError>().toExtend<PayrollError>();
    expectTypeOf<PayrollError>().toExtend<KpiError>();
    expectTypeOf<KpiSchemeError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "weights_not_100"
      | "duplicate_group_id"
      | "duplicate_indicator_id"
      | "bands_out_of_order"
      | "score_bounds_reversed"
    >();
  });

  it("scheme input accepts numbers and exact strings, as const", () => {
    const input = {
      id: "s",
      groups: [
        { id: "a", weight: "100/3" },
        { id: "b", weight: 66.5 },
      ],
    } as const;
    expectTypeOf(input).toExtend<KpiSchemeInput>();
  });
});
