import {
  assessCare,
  type CareAssessment,
  type CareError,
  type CarePlan,
  type CarePlanError,
  type CareRules,
  type CareRulesError,
  computeFestivalDate,
  parseCareRules,
  planCare,
} from "kefu/care";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

describe("kefu/care types", () => {
  it("returns Results with the module's error unions", () => {
    expectTypeOf(parseCareRules).returns.toEqualTypeOf<Result<CareRules, CareRulesError>>();
    expectTypeOf(planCare).returns.toEqualTypeOf<Result<CarePlan, CarePlanError>>();
    expectTypeOf(assessCare).returns.toMatchTypeOf<Result<CareAssessment, CareError>>();
    expectTypeOf(computeFestivalDate)
      .parameter(0)
      .toEqualTypeOf<
        | "new_year"
        | "valentines_day"
        | "may_day"
        | "national_day"
        | "new_years_eve"
        | "spring_festival"
        | "lantern_festival"
        | "dragon_boat"
        | "qixi"
        | "mid_autumn"
        | "double_ninth"
      >();
  });
  it("error codes are literal unions", () => {
    expectTypeOf<CarePlanError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "range_reversed"
      | "range_too_long"
      | "year_out_of_range"
      | "too_many_customers"
      | "duplicate_customer_id"
      | "unknown_customer"
      | "unknown_unit"
    >();
    expectTypeOf<CarePlan["tasks"][number]["opens"]>().toEqualTypeOf<string>();
  });
});
