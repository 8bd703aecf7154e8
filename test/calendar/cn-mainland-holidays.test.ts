import { createRequire } from "node:module";
import { getDayDetail, isHoliday, isWorkday } from "chinese-days";
import { describe, expect, it } from "vitest";
import {
  cnMainlandHolidayYears,
  type HolidayPresetYear,
} from "../../src/calendar/presets/cn-mainland-holidays";

// Every date computation here uses UTC fields only, so the suite gives the same answers in any
// process time zone (the project also runs it with TZ=Pacific/Chatham).
const DAY_MS = 86_400_000;

function utcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : Number.NaN;
}

const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const weekdayOf = (date: string): number => new Date(utcMs(date)).getUTCDay(); // 0 = Sunday
const isWeekend = (date: string): boolean => weekdayOf(date) === 0 || weekdayOf(date) === 6;

function datesOfYear(year: number): string[] {
  const out: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) out.push(isoOf(ms));
  return out;
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = utcMs(from); ms <= utcMs(to); ms += DAY_MS) out.push(isoOf(ms));
  return out;
}

function groupByName(days: HolidayPresetYear["holidays"]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const day of days) {
    const list = out[day.name] ?? [];
    list.push(day.date);
    out[day.name] = list;
  }
  return out;
}

function presetFor(year: number): HolidayPresetYear {
  const found = cnMainlandHolidayYears.find((y) => y.year === year);
  if (found === undefined) throw new Error(`no preset for ${year}`);
  return found;
}

describe("cnMainlandHolidayYears", () => {
  it("covers 2024, 2025 and 2026 in ascending order, each citing its notice", () => {
    expect(cnMainlandHolidayYears.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(presetFor(2024).source).toContain("国务院办公厅关于2024年部分节假日安排的通知");
    expect(presetFor(2024).source).toContain("国办发明电〔2023〕7号");
    expect(presetFor(2024).source).toContain("2023年10月25日");
    expect(presetFor(2025).source).toContain("国务院办公厅关于2025年部分节假日安排的通知");
    expect(presetFor(2025).source).toContain("国办发明电〔2024〕12号");
    expect(presetFor(2025).source).toContain("2024年11月12日");
    expect(presetFor(2026).source).toContain("国务院办公厅关于2026年部分节假日安排的通知");
    expect(presetFor(2026).source).toContain("国办发明电〔2025〕7号");
    expect(presetFor(2026).source).toContain("2025年11月4日");
  });

  describe.each(cnMainlandHolidayYears.map((y) => [y.year, y] as const))("%i", (year, preset) => {
    const all = [...preset.holidays, ...preset.workdays];

    it("uses real YYYY-MM-DD dates inside the year, with both names filled in", () => {
      for (const day of all) {
        expect(Number.isNaN(utcMs(day.date)), day.date).toBe(false);
        expect(day.date.startsWith(`${year}-`), day.date).toBe(true);
        expect(day.name.length, day.date).toBeGreaterThan(0);
        expect(day.nameEn.length, day.date).toBeGreaterThan(0);
      }
    });

    it("lists holidays and workdays strictly ascending (so also without duplicates)", () => {
      for (const list of [preset.holidays, preset.workdays]) {
        const dates = list.map((d) => d.date);
        for (let i = 1; i < dates.length; i++) {
          expect((dates[i - 1] ?? "") < (dates[i] ?? ""), `${dates[i - 1]} before ${dates[i]}`).toBe(true);
        }
        expect(new Set(dates).size).toBe(dates.length);
      }
    });

    it("never has a date that is both a holiday and a make-up workday", () => {
      const holidays = new Set(preset.holidays.map((d) => d.date));
      expect(preset.workdays.filter((d) => holidays.has(d.date))).toEqual([]);
    });

    it("puts every make-up workday on a Saturday or Sunday", () => {
      expect(preset.workdays.filter((d) => !isWeekend(d.date))).toEqual([]);
    });

    it("names each make-up workday after a festival that has a break the same year", () => {
      const names = new Set(preset.holidays.map((d) => d.name));
      expect(preset.workdays.filter((d) => !names.has(d.name))).toEqual([]);
    });

    it("keeps each festival's break as one unbroken run of days", () => {
      for (const [name, dates] of Object.entries(groupByName(preset.holidays))) {
        const first = dates[0] ?? "";
        const last = dates[dates.length - 1] ?? "";
        expect(dates, name).toEqual(range(first, last));
      }
    });
  });

  // Hand-transcribed from each notice, date by date (not generated from the preset).
  it("2024 matches 国办发明电〔2023〕7号", () => {
    const preset = presetFor(2024);
    expect(groupByName(preset.holidays)).toEqual({
      // "1月1日放假，与周末连休": only 1月1日 is a stated 放假 date.
      元旦: ["2024-01-01"],
      春节: [
        "2024-02-10",
        "2024-02-11",
        "2024-02-12",
        "2024-02-13",
        "2024-02-14",
        "2024-02-15",
        "2024-02-16",
        "2024-02-17",
      ],
      清明节: ["2024-04-04", "2024-04-05", "2024-04-06"],
      劳动节: ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"],
      // "6月10日放假，与周末连休": only 6月10日 is a stated 放假 date.
      端午节: ["2024-06-10"],
      中秋节: ["2024-09-15", "2024-09-16", "2024-09-17"],
      国庆节: [
        "2024-10-01",
        "2024-10-02",
        "2024-10-03",
        "2024-10-04",
        "2024-10-05",
        "2024-10-06",
        "2024-10-07",
      ],
    });
    expect(groupByName(preset.workdays)).toEqual({
      春节: ["2024-02-04", "2024-02-18"],
      清明节: ["2024-04-07"],
      劳动节: ["2024-04-28", "2024-05-11"],
      中秋节: ["2024-09-14"],
      国庆节: ["2024-09-29", "2024-10-12"],
    });
    expect(preset.holidays).toHaveLength(28);
    expect(preset.workdays).toHaveLength(8);
  });

  it("2025 matches 国办发明电〔2024〕12号 (春节 8 days and 劳动节 5 days after the 2024 amendment)", () => {
    const preset = presetFor(2025);
    expect(groupByName(preset.holidays)).toEqual({
      元旦: ["2025-01-01"],
      春节: [
        "2025-01-28",
        "2025-01-29",
        "2025-01-30",
        "2025-01-31",
        "2025-02-01",
        "2025-02-02",
        "2025-02-03",
        "2025-02-04",
      ],
      清明节: ["2025-04-04", "2025-04-05", "2025-04-06"],
      劳动节: ["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05"],
      端午节: ["2025-05-31", "2025-06-01", "2025-06-02"],
      "国庆节、中秋节": [
        "2025-10-01",
        "2025-10-02",
        "2025-10-03",
        "2025-10-04",
        "2025-10-05",
        "2025-10-06",
        "2025-10-07",
        "2025-10-08",
      ],
    });
    expect(groupByName(preset.workdays)).toEqual({
      春节: ["2025-01-26", "2025-02-08"],
      劳动节: ["2025-04-27"],
      "国庆节、中秋节": ["2025-09-28", "2025-10-11"],
    });
    expect(preset.holidays).toHaveLength(28);
    expect(preset.workdays).toHaveLength(5);
  });

  it("2026 matches 国办发明电〔2025〕7号 (9-day 春节 from 腊月二十八)", () => {
    const preset = presetFor(2026);
    expect(groupByName(preset.holidays)).toEqual({
      元旦: ["2026-01-01", "2026-01-02", "2026-01-03"],
      春节: [
        "2026-02-15",
        "2026-02-16",
        "2026-02-17",
        "2026-02-18",
        "2026-02-19",
        "2026-02-20",
        "2026-02-21",
        "2026-02-22",
        "2026-02-23",
      ],
      清明节: ["2026-04-04", "2026-04-05", "2026-04-06"],
      劳动节: ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"],
      端午节: ["2026-06-19", "2026-06-20", "2026-06-21"],
      中秋节: ["2026-09-25", "2026-09-26", "2026-09-27"],
      国庆节: [
        "2026-10-01",
        "2026-10-02",
        "2026-10-03",
        "2026-10-04",
        "2026-10-05",
        "2026-10-06",
        "2026-10-07",
      ],
    });
    expect(groupByName(preset.workdays)).toEqual({
      元旦: ["2026-01-04"],
      春节: ["2026-02-14", "2026-02-28"],
      劳动节: ["2026-05-09"],
      国庆节: ["2026-09-20", "2026-10-10"],
    });
    expect(preset.holidays).toHaveLength(33);
    expect(preset.workdays).toHaveLength(6);
  });

  it("agrees with the weekdays the notices print next to each date", () => {
    // [date, weekday as printed in the notice: 0 = 周日/星期日 … 6 = 周六/星期六]
    const printed: [string, number][] = [
      // 2024 (the notice prints weekdays only for the make-up days)
      ["2024-02-04", 0],
      ["2024-02-18", 0],
      ["2024-04-07", 0],
      ["2024-04-28", 0],
      ["2024-05-11", 6],
      ["2024-09-14", 6],
      ["2024-09-29", 0],
      ["2024-10-12", 6],
      // 2025
      ["2025-01-01", 3],
      ["2025-01-28", 2],
      ["2025-02-04", 2],
      ["2025-01-26", 0],
      ["2025-02-08", 6],
      ["2025-04-04", 5],
      ["2025-04-06", 0],
      ["2025-05-01", 4],
      ["2025-05-05", 1],
      ["2025-04-27", 0],
      ["2025-05-31", 6],
      ["2025-06-02", 1],
      ["2025-10-01", 3],
      ["2025-10-08", 3],
      ["2025-09-28", 0],
      ["2025-10-11", 6],
      // 2026
      ["2026-01-01", 4],
      ["2026-01-03", 6],
      ["2026-01-04", 0],
      ["2026-02-15", 0],
      ["2026-02-23", 1],
      ["2026-02-14", 6],
      ["2026-02-28", 6],
      ["2026-04-04", 6],
      ["2026-04-06", 1],
      ["2026-05-01", 5],
      ["2026-05-05", 2],
      ["2026-05-09", 6],
      ["2026-06-19", 5],
      ["2026-06-21", 0],
      ["2026-09-25", 5],
      ["2026-09-27", 0],
      ["2026-10-01", 4],
      ["2026-10-07", 3],
      ["2026-09-20", 0],
      ["2026-10-10", 6],
    ];
    expect(printed.filter(([date, weekday]) => weekdayOf(date) !== weekday)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-checks against two independent npm datasets.
//
// What is comparable: both packages list the official break dates (放假) and the make-up working
// days (调休上班) as explicit entries, just as the preset does. Plain weekends are not listed by
// either package (nor by the preset); chinese-days' isHoliday/isWorkday API instead answers
// "day off?" for *every* date, counting ordinary Saturdays and Sundays as days off. So we compare
//   (a) the set of explicitly listed break dates and make-up days, date by date, and
//   (b) the derived "is a day off" answer for every date of the year, where for the preset a day
//       is off if it is an official break date, or a Saturday/Sunday that is not a make-up day.
// A date counted in (b) but not (a) is just a plain weekend: e.g. 2024-06-08/09, the weekend that
// 2024's "6月10日放假，与周末连休" joins to 端午节, is a day off in (b) but a break date in neither list.
// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);

interface HolidayCalendarFile {
  readonly year: number;
  readonly region: string;
  readonly dates: readonly { date: string; name: string; type: string }[];
}

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

const chineseDaysData = require("chinese-days/dist/chinese-days.json") as ChineseDaysData;
const holidayCalendarFile = (year: number): HolidayCalendarFile =>
  require(`holiday-calendar/data/CN/${year}.json`) as HolidayCalendarFile;

const WEEKDAY_NAMES = new Set(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);

function presetStatus(preset: HolidayPresetYear) {
  const holidays = new Set(preset.holidays.map((d) => d.date));
  const workdays = new Set(preset.workdays.map((d) => d.date));
  return {
    isBreak: (date: string) => holidays.has(date),
    isMakeUp: (date: string) => workdays.has(date),
    isDayOff: (date: string) => holidays.has(date) || (isWeekend(date) && !workdays.has(date)),
  };
}

// chinese-days parses "YYYY-MM-DD" as UTC midnight but then reads it back with local-time getters,
// so in time zones behind UTC (e.g. America/Los_Angeles) its API reports the previous day. Probe
// once: the API comparison only runs where the package itself reads dates correctly (UTC and every
// zone ahead of it, including Pacific/Chatham); the data-file comparison below runs everywhere.
const chineseDaysApiUsable =
  getDayDetail("2025-01-27").date === "2025-01-27" && isWorkday("2025-01-27") && !isWorkday("2025-01-25");

describe.each([2024, 2025, 2026])("cross-check %i against chinese-days and holiday-calendar", (year) => {
  const preset = presetFor(year);
  const ours = presetStatus(preset);
  const dates = datesOfYear(year);

  it("matches chinese-days' data file on every break date and make-up day", () => {
    const mismatches = dates.filter(
      (date) =>
        (chineseDaysData.holidays[date] !== undefined) !== ours.isBreak(date) ||
        (chineseDaysData.workdays[date] !== undefined) !== ours.isMakeUp(date),
    );
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!chineseDaysApiUsable)("matches chinese-days' API (isHoliday / isWorkday / getDayDetail)", () => {
    const mismatches: string[] = [];
    for (const date of dates) {
      const detail = getDayDetail(date);
      const listed = !WEEKDAY_NAMES.has(detail.name); // a named entry, not a plain weekday/weekend
      const theirs = {
        dayOff: isHoliday(date),
        work: isWorkday(date),
        isBreak: listed && !detail.work,
        isMakeUp: listed && detail.work,
      };
      if (
        detail.date !== date ||
        theirs.dayOff !== ours.isDayOff(date) ||
        theirs.work === ours.isDayOff(date) ||
        detail.work === ours.isDayOff(date) ||
        theirs.isBreak !== ours.isBreak(date) ||
        theirs.isMakeUp !== ours.isMakeUp(date)
      ) {
        mismatches.push(`${date} ${JSON.stringify({ ...theirs, detail })}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("matches holiday-calendar's data file on every break date, make-up day and festival name", () => {
    const file = holidayCalendarFile(year);
    expect(file.year).toBe(year);
    expect(file.region).toBe("CN");
    const byDate = new Map(file.dates.map((d) => [d.date, d]));
    const presetNames = new Map([...preset.holidays, ...preset.workdays].map((d) => [d.date, d.name]));
    const mismatches: string[] = [];
    for (const date of dates) {
      const entry = byDate.get(date);
      const theirBreak = entry?.type === "public_holiday";
      const theirMakeUp = entry?.type === "transfer_workday";
      if (theirBreak !== ours.isBreak(date) || theirMakeUp !== ours.isMakeUp(date)) {
        mismatches.push(`${date}: theirs ${entry?.type ?? "none"}`);
        continue;
      }
      // Names: holiday-calendar uses the notice's names for break dates and "<first festival>补班"
      // for make-up days (e.g. "国庆节补班" for the merged 2025 "国庆节、中秋节" break).
      const name = presetNames.get(date);
      if (entry !== undefined && name !== undefined) {
        const expected = theirMakeUp ? `${name.split("、")[0]}补班` : name;
        if (entry.name !== expected) mismatches.push(`${date}: theirs "${entry.name}", ours "${name}"`);
      }
    }
    // No entry may fall outside the year either (datesOfYear only walks this year).
    expect(file.dates.filter((d) => !d.date.startsWith(`${year}-`))).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
