import { match } from "ts-pattern";
import { dayNumberOf } from "../../core/_internal/days.js";
import type { CareFestival } from "../vocabulary.js";
import { lunarDayClamped, lunarNewYearDay } from "./lunar.js";

/** Day number of a built-in festival in a Gregorian year (1901–2099). */
export function festivalDay(festival: CareFestival, year: number): number {
  return match(festival)
    .with("new_year", () => dayNumberOf({ year, month: 1, day: 1 }))
    .with("valentines_day", () => dayNumberOf({ year, month: 2, day: 14 }))
    .with("may_day", () => dayNumberOf({ year, month: 5, day: 1 }))
    .with("national_day", () => dayNumberOf({ year, month: 10, day: 1 }))
    .with("new_years_eve", () => lunarNewYearDay(year) - 1)
    .with("spring_festival", () => lunarNewYearDay(year))
    .with("lantern_festival", () => lunarNewYearDay(year) + 14)
    .with("dragon_boat", () => lunarDayClamped(year, 5, 5))
    .with("qixi", () => lunarDayClamped(year, 7, 7))
    .with("mid_autumn", () => lunarDayClamped(year, 8, 15))
    .with("double_ninth", () => lunarDayClamped(year, 9, 9))
    .exhaustive();
}

/** English and Chinese names of the built-in festivals. */
export const FESTIVAL_NAMES: Readonly<Record<CareFestival, string>> = {
  new_year: "New Year's Day 元旦",
  valentines_day: "Valentine's Day 情人节",
  may_day: "May Day 劳动节",
  national_day: "National Day 国庆节",
  new_years_eve: "New Year's Eve 除夕",
  spring_festival: "Spring Festival 春节",
  lantern_festival: "Lantern Festival 元宵节",
  dragon_boat: "Dragon Boat Festival 端午节",
  qixi: "Qixi 七夕",
  mid_autumn: "Mid-Autumn Festival 中秋节",
  double_ninth: "Double Ninth 重阳节",
};
