import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { isRealDate } from "./_internal/days.js";
import { schemaFromParser } from "./_internal/refine.js";
import type { KefuErrorShape } from "./errors.js";

/**
 * A local calendar date, `YYYY-MM-DD`, with no time and no zone (a holiday, a birthday).
 *
 * @category Time
 * @since 0.1.0
 */
export type LocalDate = string;

/**
 * A value that is not a real `YYYY-MM-DD` calendar date.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InvalidLocalDateError extends KefuErrorShape<"invalid_local_date"> {
  readonly input: unknown;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that `input` is a real calendar date written `YYYY-MM-DD` (years 0001–9999).
 *
 * @param input - untrusted data.
 * @returns `Ok` with the same string, or `Err` with code `invalid_local_date`
 *   (wrong type, wrong format, or a date that does not exist such as `2025-02-29`).
 * @example
 * ```ts
 * parseLocalDate("2024-02-29").isOk(); // true (leap year)
 * parseLocalDate("2025-02-29").isErr(); // true
 * ```
 * @category Time
 * @since 0.1.0
 */
export function parseLocalDate(input: unknown): Result<LocalDate, InvalidLocalDateError> {
  const fail = (reason: string) =>
    err<never, InvalidLocalDateError>({
      code: "invalid_local_date",
      message: `Invalid local date: ${reason}`,
      input,
    });
  if (typeof input !== "string") return fail("expected a string YYYY-MM-DD");
  const match = LOCAL_DATE.exec(input);
  if (match === null) return fail(`"${input.slice(0, 40)}" is not written YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || !isRealDate({ year, month, day })) return fail(`${input} does not exist`);
  return ok(input);
}

/**
 * zod schema for a {@link LocalDate}; its issues carry the code `invalid_local_date`.
 *
 * @category Time
 * @since 0.1.0
 */
export const LocalDateSchema = schemaFromParser(
  z.string().meta({ format: "date", description: "A real calendar date, YYYY-MM-DD" }),
  parseLocalDate,
);
