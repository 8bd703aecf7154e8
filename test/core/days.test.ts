import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  civilDateOf,
  dayNumberOf,
  dayNumberOfLocalDate,
  daysInMonth,
  formatDayNumber,
  isLeapYear,
} from "../../src/core/_internal/days";

// The day arithmetic every module shares is integer arithmetic; `Date` (proleptic Gregorian, UTC)
// is the independent reference it is checked against.
const DAY = 86_400_000;
const byDate = (year: number, month: number, day: number): number => {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime() / DAY;
};

describe("civil-date arithmetic", () => {
  it("counts days from 1970-01-01, hand-checked", () => {
    expect(dayNumberOf({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumberOf({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(dayNumberOf({ year: 2000, month: 3, day: 1 })).toBe(11_017);
    expect(dayNumberOf({ year: 1901, month: 1, day: 1 })).toBe(-25_202);
    expect(civilDateOf(20_362)).toEqual({ year: 2025, month: 10, day: 1 });
    expect(formatDayNumber(-719_162)).toBe("0001-01-01");
    expect(dayNumberOfLocalDate("2099-12-31")).toBe(47_481);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 13)]).toEqual(
      [29, 28, 30, 0],
    );
  });

  test.prop([
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  ])("agrees with Date for every real date of years 1–9999, and round-trips", (year, month, rawDay) => {
    const day = Math.min(rawDay, daysInMonth(year, month));
    const n = dayNumberOf({ year, month, day });
    expect(n).toBe(byDate(year, month, day));
    expect(civilDateOf(n)).toEqual({ year, month, day });
    expect(dayNumberOfLocalDate(formatDayNumber(n))).toBe(n);
  });

  test.prop([fc.integer({ min: -719_162, max: 2_932_896 })])("formats day numbers as Date does", (n) => {
    expect(formatDayNumber(n)).toBe(new Date(n * DAY).toISOString().slice(0, 10));
  });
});
