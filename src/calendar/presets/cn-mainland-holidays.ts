/**
 * Official mainland-China public-holiday and 调休 (make-up working day) schedules.
 *
 * The data is transcribed by hand, date by date, from the State Council General Office
 * (国务院办公厅) notices on each year's holiday arrangements (《…年部分节假日安排的通知》); each
 * year cites its notice (title, document number, publication date) in its `source` field.
 * A year's notice is usually published in October or November of the year before, so later
 * years are not included here: hosts can add them as plain data in the same
 * {@link HolidayPresetYear} shape once the notice is out.
 *
 * @module
 */

/**
 * One official holiday date or make-up working day.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface PresetDay {
  /** The local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The festival as the notice names it, e.g. `"国庆节"`, or `"国庆节、中秋节"` for a merged break. */
  readonly name: string;
  /** English name of the festival, e.g. `"National Day"`. */
  readonly nameEn: string;
}

/**
 * One year of the official schedule, with the notice it comes from.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface HolidayPresetYear {
  /** The calendar year the notice arranges. */
  readonly year: number;
  /** Full notice title, document number and publication date. */
  readonly source: string;
  /**
   * Every date of each official break (放假), including the Saturdays and Sundays inside a
   * stated break, in ascending order.
   */
  readonly holidays: readonly PresetDay[];
  /** Make-up working days (调休上班) in ascending order; `name` is the holiday they belong to. */
  readonly workdays: readonly PresetDay[];
}

/**
 * Mainland-China official holidays and make-up working days for 2024, 2025 and 2026, in
 * ascending year order, transcribed from the State Council General Office notices.
 *
 * @example
 * ```ts
 * const y2026 = cnMainlandHolidayYears.find((y) => y.year === 2026);
 * y2026?.workdays.map((d) => d.date); // ["2026-01-04", "2026-02-14", "2026-02-28", ...]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const cnMainlandHolidayYears: readonly HolidayPresetYear[] = [
  {
    // 2024: the notice gives 元旦 as "1月1日放假，与周末连休" and 端午节 as "6月10日放假，与周末连休".
    // Only the dates the notice itself names as 放假 are listed; the adjoining ordinary weekends
    // (2023-12-30/31 and 2024-06-08/09) are not part of a stated break and stay plain weekends.
    // The notice only *encourages* employers to give 除夕 (2024-02-09) off; it is not a holiday.
    year: 2024,
    source: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号），2023年10月25日发布",
    holidays: [
      { date: "2024-01-01", name: "元旦", nameEn: "New Year's Day" },
      { date: "2024-02-10", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-11", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-12", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-13", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-14", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-15", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-16", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-17", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-04-04", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2024-04-05", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2024-04-06", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2024-05-01", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-05-02", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-05-03", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-05-04", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-05-05", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-06-10", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2024-09-15", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2024-09-16", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2024-09-17", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2024-10-01", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-02", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-03", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-04", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-05", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-06", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-07", name: "国庆节", nameEn: "National Day" },
    ],
    workdays: [
      { date: "2024-02-04", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-02-18", name: "春节", nameEn: "Spring Festival" },
      { date: "2024-04-07", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2024-04-28", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-05-11", name: "劳动节", nameEn: "Labour Day" },
      { date: "2024-09-14", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2024-09-29", name: "国庆节", nameEn: "National Day" },
      { date: "2024-10-12", name: "国庆节", nameEn: "National Day" },
    ],
  },
  {
    // 2025: first year under the November 2024 amendment of 全国年节及纪念日放假办法 (春节 and 劳动节
    // each gained a day: 农历除夕 and 5月2日). 国庆节 and 中秋节 (2025-10-06) share one 8-day break.
    year: 2025,
    source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），2024年11月12日发布",
    holidays: [
      { date: "2025-01-01", name: "元旦", nameEn: "New Year's Day" },
      { date: "2025-01-28", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-01-29", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-01-30", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-01-31", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-02-01", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-02-02", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-02-03", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-02-04", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-04-04", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2025-04-05", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2025-04-06", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2025-05-01", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-05-02", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-05-03", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-05-04", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-05-05", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-05-31", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2025-06-01", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2025-06-02", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2025-10-01", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-02", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-03", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-04", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-05", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-06", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-07", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-08", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
    ],
    workdays: [
      { date: "2025-01-26", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-02-08", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-04-27", name: "劳动节", nameEn: "Labour Day" },
      { date: "2025-09-28", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
      { date: "2025-10-11", name: "国庆节、中秋节", nameEn: "National Day and Mid-Autumn Festival" },
    ],
  },
  {
    // 2026: 春节 runs 9 days, 2026-02-15 (腊月二十八) to 2026-02-23 (正月初七).
    year: 2026,
    source: "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号），2025年11月4日发布",
    holidays: [
      { date: "2026-01-01", name: "元旦", nameEn: "New Year's Day" },
      { date: "2026-01-02", name: "元旦", nameEn: "New Year's Day" },
      { date: "2026-01-03", name: "元旦", nameEn: "New Year's Day" },
      { date: "2026-02-15", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-16", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-17", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-18", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-19", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-20", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-21", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-22", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-23", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-04-04", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2026-04-05", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2026-04-06", name: "清明节", nameEn: "Qingming Festival" },
      { date: "2026-05-01", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-05-02", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-05-03", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-05-04", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-05-05", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-06-19", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2026-06-20", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2026-06-21", name: "端午节", nameEn: "Dragon Boat Festival" },
      { date: "2026-09-25", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2026-09-26", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2026-09-27", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2026-10-01", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-02", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-03", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-04", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-05", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-06", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-07", name: "国庆节", nameEn: "National Day" },
    ],
    workdays: [
      { date: "2026-01-04", name: "元旦", nameEn: "New Year's Day" },
      { date: "2026-02-14", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-02-28", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-05-09", name: "劳动节", nameEn: "Labour Day" },
      { date: "2026-09-20", name: "国庆节", nameEn: "National Day" },
      { date: "2026-10-10", name: "国庆节", nameEn: "National Day" },
    ],
  },
];
