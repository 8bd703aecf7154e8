import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { formatDayNumber } from "../core/_internal/days.js";
import type { LocalDate } from "../core/local-date.js";
import { parseWithSchema } from "../core/result.js";
import { festivalDay } from "./_internal/festivals.js";
import { lunarDay } from "./_internal/lunar.js";
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from "./_internal/lunar-table.js";
import type { LunarDateError } from "./errors.js";
import { CARE_FESTIVALS, type CareFestival } from "./vocabulary.js";

const Year = z.int();
const FestivalArgs = z.tuple([z.enum(CARE_FESTIVALS), Year]);
const LunarDateSchema = z.strictObject({
  year: Year,
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(30),
  leap: z.boolean().default(false),
});

function checkYear(year: number): Result<number, LunarDateError> {
  if (year >= FIRST_LUNAR_YEAR && year <= LAST_LUNAR_YEAR) return ok(year);
  return err({
    code: "year_out_of_range",
    message: `Year ${year} is outside the lunar table's ${FIRST_LUNAR_YEAR}–${LAST_LUNAR_YEAR}`,
  });
}

/**
 * The Gregorian date of a festival in a year, lunar festivals from the compact lunar table
 * (never the host's `Intl` Chinese calendar), always in the regular month, never the leap month.
 *
 * @param festival - one of {@link CARE_FESTIVALS}.
 * @param year - a Gregorian year, 1901–2099 (New Year's Eve is the eve of that year's Spring
 *   Festival, so it falls in the same Gregorian year).
 * @returns `Ok` with the local date, or `Err` with code `invalid_input` (unknown festival, year not
 *   an integer) or `year_out_of_range`.
 * @example
 * ```ts
 * computeFestivalDate("spring_festival", 2027); // Ok("2027-02-06")
 * computeFestivalDate("mid_autumn", 2025); // Ok("2025-10-06")
 * ```
 * @category Care
 * @since 0.1.0
 */
export function computeFestivalDate(festival: CareFestival, year: number): Result<LocalDate, LunarDateError> {
  return parseWithSchema(FestivalArgs, [festival, year])
    .mapErr((error): LunarDateError => error)
    .andThen(([name, y]) => checkYear(y).map(() => formatDayNumber(festivalDay(name, y))));
}

/**
 * Converts a Chinese lunar date to its Gregorian local date.
 *
 * @param lunar - `{ year, month, day, leap? }`: lunar year 1901–2099, month 1–12, day 1–30,
 *   `leap: true` for the leap month that follows `month`.
 * @returns `Ok` with the local date, or `Err` with code `invalid_input`, `year_out_of_range` or
 *   `no_such_lunar_date` (that year has no such leap month, or the month has 29 days).
 * @example
 * ```ts
 * convertLunarDate({ year: 2025, month: 8, day: 15 }); // Ok("2025-10-06")
 * convertLunarDate({ year: 2025, month: 6, day: 1, leap: true }); // Ok("2025-07-25"): 闰六月
 * ```
 * @category Care
 * @since 0.1.0
 */
export function convertLunarDate(lunar: unknown): Result<LocalDate, LunarDateError> {
  return parseWithSchema(LunarDateSchema, lunar)
    .mapErr((error): LunarDateError => error)
    .andThen(({ year, month, day, leap }) =>
      checkYear(year).andThen((): Result<LocalDate, LunarDateError> => {
        const found = lunarDay(year, month, day, leap);
        if (found !== undefined) return ok(formatDayNumber(found));
        return err({
          code: "no_such_lunar_date",
          message: `Lunar ${year} has no ${leap ? "leap " : ""}month ${month} day ${day}`,
        });
      }),
    );
}
