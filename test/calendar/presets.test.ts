import { createRequire } from "node:module";
import {
  addWorkingTime,
  calendarFromPreset,
  cnMainlandPreset,
  create24x7Calendar,
  type HolidayPreset,
  isWorkingDate,
  isWorkingTime,
  workingDaysBetween,
  workingTimeBetween,
} from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { cnOffice, H, ms, sh, weekdays } from "./_fixtures";

// An independent dataset (test-only): chinese-days' official days off and make-up days.
const require = createRequire(import.meta.url);
const chineseDays = require("chinese-days/dist/chinese-days.json") as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const datesOf = (year: number) =>
  Array.from({ length: year % 4 === 0 ? 366 : 365 }, (_, i) =>
    new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10),
  );

describe("mainland-China preset", () => {
  it.each([2025, 2026])("gives the official business days of %i, date by date", (year) => {
    let businessDays = 0;
    for (const date of datesOf(year)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const expected =
        date in chineseDays.workdays || (weekday !== 0 && weekday !== 6 && !(date in chineseDays.holidays));
      expect([date, isWorkingDate(cnOffice, date)._unsafeUnwrap()]).toEqual([date, expected]);
      if (expected) businessDays += 1;
    }
    // 2025: 261 weekdays − 18 weekday holidays + 5 make-up days = 248;
    // 2026: 261 weekdays − 19 weekday holidays + 6 make-up days = 248.
    expect(businessDays).toBe(248);
  });

  it("cites a State Council General Office notice for every year", () => {
    expect(cnMainlandPreset.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const year of cnMainlandPreset.years)
      expect(year.source).toMatch(/^国务院办公厅关于\d{4}年部分节假日安排的通知（国办发明电〔\d{4}〕\d+号）/);
  });

  it("make-up days work the host's make-up hours (default: Monday's)", () => {
    const split = calendarFromPreset(cnMainlandPreset, {
      weekly: {
        ...weekdays([["09:00", "17:00"]]),
        mon: [
          ["09:00", "12:00"],
          ["13:00", "18:00"],
        ],
      },
    })._unsafeUnwrap();
    expect(isWorkingTime(split, sh("2025-10-11T12:30"))._unsafeUnwrap()).toBe(false);
    expect(workingTimeBetween(split, sh("2025-10-11T00:00"), sh("2025-10-12T00:00"))._unsafeUnwrap()).toBe(
      8 * H,
    );
    const short = calendarFromPreset(cnMainlandPreset, {
      weekly: weekdays([["09:00", "18:00"]]),
      makeUpHours: [["10:00", "12:00"]],
    })._unsafeUnwrap();
    expect(workingTimeBetween(short, sh("2025-10-11T00:00"), sh("2025-10-12T00:00"))._unsafeUnwrap()).toBe(
      2 * H,
    );
  });

  it("adds the host's own holidays and closures", () => {
    const company = calendarFromPreset(cnMainlandPreset, {
      weekly: weekdays([["09:00", "18:00"]]),
      holidays: [{ date: "2025-10-10", name: "company day" }],
      closures: [
        { start: "2025-10-09T09:00+08:00", end: "2025-10-09T12:00+08:00", reason: "system upgrade" },
      ],
    })._unsafeUnwrap();
    expect(isWorkingDate(company, "2025-10-10")._unsafeUnwrap()).toBe(false);
    expect(workingTimeBetween(company, sh("2025-10-09T00:00"), sh("2025-10-10T00:00"))._unsafeUnwrap()).toBe(
      6 * H,
    );
  });

  it("hosts add a later year as data without a release", () => {
    const with2027: HolidayPreset = {
      ...cnMainlandPreset,
      years: [
        ...cnMainlandPreset.years,
        {
          year: 2027,
          source: "a host's transcription of the 2027 notice",
          holidays: [{ date: "2027-01-01", name: "元旦", nameEn: "New Year's Day" }],
          workdays: [{ date: "2027-01-02", name: "元旦", nameEn: "New Year's Day" }],
        },
      ],
    };
    const cal = calendarFromPreset(with2027, { weekly: weekdays([["09:00", "18:00"]]) })._unsafeUnwrap();
    expect(isWorkingDate(cal, "2027-01-01")._unsafeUnwrap()).toBe(false);
    expect(isWorkingDate(cal, "2027-01-02")._unsafeUnwrap()).toBe(true);
  });

  it("counts the Spring Festival 2026 break and both make-up Saturdays", () => {
    // Fri 13 Feb 2026 → Sat 14 (make-up) → 15–23 off → Tue 24 … Sat 28 (make-up).
    expect(workingDaysBetween(cnOffice, sh("2026-02-13T12:00"), sh("2026-03-01T00:00"))._unsafeUnwrap()).toBe(
      6,
    );
    expect(ms(addWorkingTime(cnOffice, sh("2026-02-13T17:00"), { hours: 2 })._unsafeUnwrap())).toBe(
      sh("2026-02-14T10:00"),
    );
  });
});

describe("24×7 calendar", () => {
  it("business time equals elapsed time, across DST too", () => {
    const hotline = create24x7Calendar("America/New_York")._unsafeUnwrap();
    const start = Date.parse("2025-11-01T12:00:00-04:00");
    expect(ms(addWorkingTime(hotline, start, { hours: 24 })._unsafeUnwrap())).toBe(start + 24 * H);
    expect(workingTimeBetween(hotline, start, start + 36 * H)._unsafeUnwrap()).toBe(36 * H);
    expect(isWorkingTime(hotline, start)._unsafeUnwrap()).toBe(true);
  });
});
