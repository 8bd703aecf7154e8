import {
  addWorkingTime,
  type BusinessCalendar,
  type CalendarDefinition,
  type CalendarDefinitionError,
  type CalendarError,
  type Duration,
  defineCalendar,
  parseCalendar,
  workingTimeBetween,
} from "kefu/calendar";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

describe("calendar types", () => {
  it("parseCalendar takes unknown; defineCalendar a typed definition", () => {
    expectTypeOf(parseCalendar).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(defineCalendar).parameter(0).toEqualTypeOf<CalendarDefinition>();
    expectTypeOf(parseCalendar({})).toEqualTypeOf<Result<BusinessCalendar, CalendarDefinitionError>>();
    // @ts-expect-error a typo in a weekday key is caught at compile time too
    defineCalendar({ timeZone: "UTC", weekly: { monday: [] } });
  });

  it("queries return Dates and numbers in Results with literal error codes", () => {
    const cal = {} as BusinessCalendar;
    expectTypeOf(addWorkingTime(cal, 0, { hours: 1 })).toEqualTypeOf<Result<Date, CalendarError>>();
    expectTypeOf(workingTimeBetween(cal, 0, 1)).toEqualTypeOf<Result<number, CalendarError>>();
    expectTypeOf<CalendarError["code"]>().toEqualTypeOf<
      | "invalid_instant"
      | "invalid_local_date"
      | "out_of_range"
      | "invalid_duration"
      | "negative_duration"
      | "horizon_exceeded"
      | "invalid_day_count"
      | "not_a_working_date"
    >();
    expectTypeOf<Duration>().toEqualTypeOf<{
      readonly hours?: number;
      readonly minutes?: number;
      readonly ms?: number;
    }>();
  });
});
