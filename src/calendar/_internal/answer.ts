import { err, ok, type Result } from "neverthrow";
import type { CalendarError } from "../errors.js";
import { outOfRange } from "./arguments.js";
import { isInRange } from "./range.js";
import type { SearchFailure } from "./time-walk.js";

/** A search result as a fresh `Date`, or its failure as an error. */
export function instantAnswer(value: number | SearchFailure): Result<Date, CalendarError> {
  if (typeof value === "number") return isInRange(value) ? ok(new Date(value)) : outOfRange(value);
  if (value === "out_of_range") {
    return err({
      code: "out_of_range",
      message: "The answer lies beyond 2199-12-31 UTC, the calendar's range",
    });
  }
  return err({
    code: "horizon_exceeded",
    message: "No answer within 10 years of the start: does the calendar have working time?",
  });
}
