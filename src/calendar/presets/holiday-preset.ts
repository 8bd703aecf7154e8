import { z } from "zod";
import { LocalDateSchema } from "../../core/local-date.js";
import { TimeZoneSchema } from "../../core/time-zone.js";
import { cnMainlandHolidayYears, type HolidayPresetYear } from "./cn-mainland-holidays.js";

const PresetDaySchema = z.strictObject({
  date: LocalDateSchema,
  name: z.string().max(200),
  nameEn: z.string().max(200),
});

/**
 * zod schema of a {@link HolidayPreset}, so hosts can load later years as data.
 *
 * @category Calendar
 * @since 0.1.0
 */
export const HolidayPresetSchema = z.strictObject({
  id: z.string().min(1).max(100),
  timeZone: TimeZoneSchema,
  years: z
    .array(
      z.strictObject({
        year: z.int().min(1970).max(2199),
        source: z.string().max(500),
        holidays: z.array(PresetDaySchema).max(366),
        workdays: z.array(PresetDaySchema).max(366),
      }),
    )
    .max(230),
});

/**
 * An official holiday schedule: a zone and, per year, the days off and the make-up working days,
 * each year citing its source. Extend one with later years as data: `{ ...preset, years: [...] }`.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface HolidayPreset {
  readonly id: string;
  readonly timeZone: string;
  readonly years: readonly HolidayPresetYear[];
}

/**
 * Mainland China's public holidays and 调休 make-up working days, 2024–2026, from the State
 * Council General Office notices (each year's `source` names its notice).
 *
 * @example
 * ```ts
 * cnMainlandPreset.years.map((y) => y.year); // [2024, 2025, 2026]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const cnMainlandPreset: HolidayPreset = {
  id: "cn-mainland",
  timeZone: "Asia/Shanghai",
  years: cnMainlandHolidayYears,
};
