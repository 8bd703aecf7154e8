import { createRequire } from "node:module";
import { fc, test } from "@fast-check/vitest";
import { type CARE_FESTIVALS, computeFestivalDate, convertLunarDate } from "kefu/care";
import { describe, expect, it } from "vitest";

// lunar-javascript (6tail) computes the Chinese calendar astronomically; it shares no data with
// kefu's compact month table, so agreeing on every month of 1901–2099 is a real cross-check.
const require = createRequire(import.meta.url);
const { Lunar, LunarYear } = require("lunar-javascript") as {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): { toYmd(): string } } };
  LunarYear: {
    fromYear(y: number): { getMonthsInYear(): { getMonth(): number; getDayCount(): number }[] };
  };
};

const date = (festival: (typeof CARE_FESTIVALS)[number], year: number) =>
  computeFestivalDate(festival, year)._unsafeUnwrap();

describe("computeFestivalDate", () => {
  // Published dates (State Council holiday notices; Hong Kong Observatory calendar tables).
  it.each([
    ["spring_festival", 2025, "2025-01-29"],
    ["spring_festival", 2026, "2026-02-17"],
    ["spring_festival", 2027, "2027-02-06"], // ICU in Node 20 says 02-07
    ["spring_festival", 2030, "2030-02-03"], // ICU in Node 20 says 02-02
    ["mid_autumn", 2025, "2025-10-06"],
    ["mid_autumn", 2026, "2026-09-25"],
    ["mid_autumn", 2027, "2027-09-15"],
    ["dragon_boat", 2025, "2025-05-31"],
    ["dragon_boat", 2026, "2026-06-19"],
    ["dragon_boat", 2028, "2028-05-28"], // 2028 has a leap 5th month: the festival is in the regular one
    ["lantern_festival", 2026, "2026-03-03"], // 2026-02-17 + 14 days
    ["new_years_eve", 2026, "2026-02-16"],
    ["qixi", 2025, "2025-08-29"],
    ["double_ninth", 2025, "2025-10-29"],
    ["national_day", 2025, "2025-10-01"],
    ["valentines_day", 1901, "1901-02-14"],
    ["spring_festival", 1901, "1901-02-19"],
    ["spring_festival", 2099, "2099-01-21"],
  ] as const)("%s %i is %s", (festival, year, expected) => {
    expect(date(festival, year)).toBe(expected);
  });

  it("refuses years outside 1901–2099 with year_out_of_range", () => {
    expect(computeFestivalDate("mid_autumn", 1900)._unsafeUnwrapErr().code).toBe("year_out_of_range");
    expect(computeFestivalDate("new_year", 2100)._unsafeUnwrapErr().code).toBe("year_out_of_range");
  });

  it("refuses an unknown festival or a fractional year with invalid_input", () => {
    expect(computeFestivalDate("christmas" as never, 2025)._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(computeFestivalDate("qixi", 2025.5)._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  test.prop([fc.integer({ min: 1901, max: 2099 })])(
    "Spring Festival falls from 21 January to 20 February",
    (year) => {
      const sf = date("spring_festival", year);
      expect(sf >= `${year}-01-21` && sf <= `${year}-02-20`).toBe(true);
    },
  );

  it("agrees with lunar-javascript on every lunar festival of 1901–2099", () => {
    const lunar = {
      spring_festival: [1, 1],
      lantern_festival: [1, 15],
      dragon_boat: [5, 5],
      qixi: [7, 7],
      mid_autumn: [8, 15],
      double_ninth: [9, 9],
    } as const;
    for (let year = 1901; year <= 2099; year += 1) {
      for (const [festival, [m, d]] of Object.entries(lunar)) {
        expect(date(festival as keyof typeof lunar, year), `${festival} ${year}`).toBe(
          Lunar.fromYmd(year, m, d).getSolar().toYmd(),
        );
      }
    }
  });
});

describe("convertLunarDate", () => {
  it("agrees with lunar-javascript on the first and last day of every month, leap months included, 1901–2099", () => {
    let months = 0;
    for (let year = 1901; year <= 2099; year += 1) {
      for (const month of LunarYear.fromYear(year).getMonthsInYear()) {
        const m = month.getMonth(); // negative for a leap month
        const days = month.getDayCount();
        for (const day of [1, days]) {
          const ours = convertLunarDate({ year, month: Math.abs(m), day, leap: m < 0 })._unsafeUnwrap();
          expect(ours, `${year}/${m}/${day}`).toBe(Lunar.fromYmd(year, m, day).getSolar().toYmd());
        }
        if (days === 29) {
          expect(
            convertLunarDate({ year, month: Math.abs(m), day: 30, leap: m < 0 })._unsafeUnwrapErr().code,
          ).toBe("no_such_lunar_date");
        }
        months += 1;
      }
    }
    // 199 years × 12 months + one leap month in 73 of them (counted independently by lunar-javascript).
    expect(months).toBe(199 * 12 + 73);
  });

  it("converts a leap month (闰六月 2025 began on 2025-07-25)", () => {
    expect(convertLunarDate({ year: 2025, month: 6, day: 1, leap: true })._unsafeUnwrap()).toBe("2025-07-25");
  });

  it("reports no_such_lunar_date for a leap month the year does not have", () => {
    expect(convertLunarDate({ year: 2026, month: 3, day: 1, leap: true })._unsafeUnwrapErr().code).toBe(
      "no_such_lunar_date",
    );
  });

  it("reports year_out_of_range and invalid_input", () => {
    expect(convertLunarDate({ year: 2100, month: 1, day: 1 })._unsafeUnwrapErr().code).toBe(
      "year_out_of_range",
    );
    expect(convertLunarDate({ year: 2025, month: 13, day: 1 })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(convertLunarDate({ year: 2025, month: 1, day: 1, extra: true })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});
