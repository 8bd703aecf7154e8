import { describe, expect, it } from "vitest";
import {
  type RefCalendar,
  type RefHours,
  refAddWorkingDays,
  refAddWorkingTime,
  refEndOfWorkingDate,
  refInstant,
  refIsWorking,
  refIsWorkingDate,
  refLastWorkingTimeBefore,
  refLocalDateOf,
  refNextWorkingTime,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "./_reference/reference-calendar";

const H = 3_600_000;
const SH = "Asia/Shanghai";
const NY = "America/New_York";

function at(zone: string, local: string): number {
  const t = refInstant(zone, local);
  if (t === null) throw new Error(`no instant for ${local} in ${zone}`);
  return t;
}
const sh = (local: string): number => at(SH, local);
const ny = (local: string): number => at(NY, local);

function weekdays(hours: RefHours): RefCalendar["weekly"] {
  return { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };
}
function everyDay(hours: RefHours): RefCalendar["weekly"] {
  return { ...weekdays(hours), sat: hours, sun: hours };
}

// 2025-09-26 is a Friday, 2025-09-28 a Sunday, 2025-10-01 a Wednesday.
const office: RefCalendar = { timeZone: SH, weekly: weekdays([["09:00", "18:00"]]) };

describe("refInstant / refLocalDateOf", () => {
  it("reads wall clocks with explicit zones", () => {
    expect(sh("2025-09-26T09:00")).toBe(Date.UTC(2025, 8, 26, 1, 0));
    expect(refLocalDateOf(office, Date.UTC(2025, 8, 26, 16, 0))).toBe("2025-09-27");
    expect(refInstant(NY, "2025-03-09T02:30")).toBeNull();
    expect(ny("2025-11-02T01:30")).toBe(Date.UTC(2025, 10, 2, 5, 30)); // first (EDT) occurrence
  });
});

describe("09:00-18:00 Mon-Fri, Asia/Shanghai", () => {
  it("membership has exclusive ends", () => {
    expect(refIsWorking(office, sh("2025-09-26T09:00"))).toBe(true);
    expect(refIsWorking(office, sh("2025-09-26T18:00") - 1)).toBe(true);
    expect(refIsWorking(office, sh("2025-09-26T18:00"))).toBe(false);
    expect(refIsWorking(office, sh("2025-09-27T12:00"))).toBe(false);
  });

  it("adds working time", () => {
    expect(refAddWorkingTime(office, sh("2025-09-26T17:00"), H)).toBe(sh("2025-09-26T18:00"));
    expect(refAddWorkingTime(office, sh("2025-09-26T17:00"), 2 * H)).toBe(sh("2025-09-29T10:00"));
    expect(refAddWorkingTime(office, sh("2025-09-27T12:00"), 0)).toBe(sh("2025-09-27T12:00"));
    expect(refAddWorkingTime(office, sh("2025-09-27T12:00"), H)).toBe(sh("2025-09-29T10:00"));
    expect(refAddWorkingTime(office, sh("2025-09-26T17:59") + 30_000, 60_000)).toBe(
      sh("2025-09-29T09:00") + 30_000,
    );
    expect(refAddWorkingTime(office, sh("2025-09-27T12:00"), H, 24 * H)).toBeNull();
  });

  it("measures working time, antisymmetric", () => {
    const fri = sh("2025-09-26T17:00");
    const mon = sh("2025-09-29T10:00");
    expect(refWorkingTimeBetween(office, fri, mon)).toBe(2 * H);
    expect(refWorkingTimeBetween(office, mon, fri)).toBe(-2 * H);
    expect(refWorkingTimeBetween(office, fri, fri)).toBe(0);
    expect(refWorkingTimeBetween(office, sh("2025-09-22T00:00"), sh("2025-09-29T00:00"))).toBe(45 * H);
    expect(
      refWorkingTimeBetween(office, sh("2025-09-26T17:59") + 30_000, sh("2025-09-26T18:00") + 30_000),
    ).toBe(30_000);
  });

  it("finds next and last working instants", () => {
    expect(refNextWorkingTime(office, sh("2025-09-27T12:00"))).toBe(sh("2025-09-29T09:00"));
    expect(refNextWorkingTime(office, sh("2025-09-26T10:00") + 7)).toBe(sh("2025-09-26T10:00") + 7);
    expect(refNextWorkingTime(office, sh("2025-09-27T12:00"), H)).toBeNull();
    expect(refLastWorkingTimeBefore(office, sh("2025-09-29T09:00"))).toBe(sh("2025-09-26T18:00") - 1);
    expect(refLastWorkingTimeBefore(office, sh("2025-09-26T10:00"))).toBe(sh("2025-09-26T10:00") - 1);
    expect(refLastWorkingTimeBefore(office, sh("2025-09-29T09:00"), H)).toBeNull();
  });
});

describe("split and touching intervals", () => {
  const split: RefCalendar = {
    timeZone: SH,
    weekly: weekdays([
      ["09:00", "12:00"],
      ["13:00", "18:00"],
    ]),
  };
  const touching: RefCalendar = {
    timeZone: SH,
    weekly: weekdays([
      ["09:00", "12:00"],
      ["12:00", "18:00"],
    ]),
  };

  it("split day skips lunch", () => {
    expect(refWorkingTimeBetween(split, sh("2025-09-29T00:00"), sh("2025-09-30T00:00"))).toBe(8 * H);
    expect(refAddWorkingTime(split, sh("2025-09-29T11:00"), 2 * H)).toBe(sh("2025-09-29T14:00"));
    expect(refAddWorkingTime(split, sh("2025-09-29T11:00"), H)).toBe(sh("2025-09-29T12:00"));
    expect(refIsWorking(split, sh("2025-09-29T12:30"))).toBe(false);
  });

  it("touching intervals lose nothing at 12:00", () => {
    expect(refWorkingTimeBetween(touching, sh("2025-09-29T00:00"), sh("2025-09-30T00:00"))).toBe(9 * H);
    expect(refAddWorkingTime(touching, sh("2025-09-29T11:00"), 2 * H)).toBe(sh("2025-09-29T13:00"));
    expect(refIsWorking(touching, sh("2025-09-29T12:00"))).toBe(true);
  });
});

describe("overnight 22:00-06:00 with holidays", () => {
  const night: RefCalendar = { timeZone: SH, weekly: everyDay([["22:00", "06:00"]]) };
  // 2025-09-30 is a Tuesday.
  const holidayOwner: RefCalendar = { ...night, holidays: ["2025-09-30"] };

  it("flows across midnight", () => {
    expect(refAddWorkingTime(night, sh("2025-09-29T23:00"), 2 * H)).toBe(sh("2025-09-30T01:00"));
    expect(refAddWorkingTime(night, sh("2025-09-30T05:00"), 2 * H)).toBe(sh("2025-09-30T23:00"));
    expect(refWorkingTimeBetween(night, sh("2025-09-30T00:00"), sh("2025-10-01T00:00"))).toBe(8 * H);
  });

  it("a holiday removes only the shift its date owns", () => {
    expect(refIsWorking(holidayOwner, sh("2025-09-30T03:00"))).toBe(true); // Monday's spill
    expect(refIsWorking(holidayOwner, sh("2025-09-30T23:00"))).toBe(false);
    expect(refIsWorking(holidayOwner, sh("2025-10-01T03:00"))).toBe(false);
    expect(refIsWorking(holidayOwner, sh("2025-10-01T23:00"))).toBe(true);
    expect(refWorkingTimeBetween(holidayOwner, sh("2025-09-30T00:00"), sh("2025-10-01T00:00"))).toBe(6 * H);
    expect(refWorkingTimeBetween(holidayOwner, sh("2025-10-01T00:00"), sh("2025-10-02T00:00"))).toBe(2 * H);
    expect(refIsWorkingDate(holidayOwner, "2025-09-30")).toBe(false);
    expect(refEndOfWorkingDate(night, "2025-09-30")).toBe(sh("2025-10-01T06:00"));
  });

  it("a holiday on the next date leaves the shift whole", () => {
    const nextDay: RefCalendar = {
      timeZone: SH,
      weekly: { tue: [["22:00", "06:00"]] },
      holidays: ["2025-10-01"],
    };
    expect(refWorkingTimeBetween(nextDay, sh("2025-09-30T00:00"), sh("2025-10-02T00:00"))).toBe(8 * H);
    expect(refIsWorking(nextDay, sh("2025-10-01T05:59"))).toBe(true);
  });

  it("an event inside the previous night's shift belongs to the new date", () => {
    const event = sh("2025-09-30T03:00");
    expect(refLocalDateOf(night, event)).toBe("2025-09-30");
    expect(refAddWorkingDays(night, event, 1)).toBe(sh("2025-10-02T06:00"));
  });
});

describe("DST in America/New_York", () => {
  it("a night shift across the fall-back is 9 real hours", () => {
    const cal: RefCalendar = { timeZone: NY, weekly: { sat: [["22:00", "06:00"]] } };
    const start = ny("2025-11-01T22:00");
    expect(refWorkingTimeBetween(cal, ny("2025-11-01T00:00"), ny("2025-11-03T00:00"))).toBe(9 * H);
    expect(refAddWorkingTime(cal, start, 9 * H)).toBe(Date.UTC(2025, 10, 2, 11, 0)); // 06:00 EST
    expect(refAddWorkingTime(cal, start, 3 * H)).toBe(Date.UTC(2025, 10, 2, 5, 0)); // 01:00 EDT
    expect(refAddWorkingTime(cal, start, 4 * H)).toBe(Date.UTC(2025, 10, 2, 6, 0)); // 01:00 EST
    expect(refEndOfWorkingDate(cal, "2025-11-01")).toBe(Date.UTC(2025, 10, 2, 11, 0));
  });

  it("a night shift across the spring-forward is 7 real hours", () => {
    const cal: RefCalendar = { timeZone: NY, weekly: { sat: [["22:00", "06:00"]] } };
    expect(refWorkingTimeBetween(cal, ny("2025-03-08T00:00"), ny("2025-03-10T00:00"))).toBe(7 * H);
  });

  it("skipped wall times contribute nothing, repeated ones count twice", () => {
    const spring: RefCalendar = { timeZone: NY, weekly: { sun: [["01:00", "04:00"]] } };
    expect(refWorkingTimeBetween(spring, ny("2025-03-09T00:00"), ny("2025-03-10T00:00"))).toBe(2 * H);
    const fall: RefCalendar = { timeZone: NY, weekly: { sun: [["01:00", "02:00"]] } };
    expect(refWorkingTimeBetween(fall, ny("2025-11-02T00:00"), ny("2025-11-03T00:00"))).toBe(2 * H);
  });
});

describe("make-up days, holidays, closures and working days", () => {
  const cn: RefCalendar = {
    timeZone: SH,
    weekly: weekdays([["09:00", "18:00"]]),
    holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
    workdays: [
      { date: "2025-09-28", hours: [["09:00", "18:00"]] },
      { date: "2025-10-11", hours: [["09:00", "18:00"]] },
    ],
  };

  it("classifies working dates", () => {
    expect(refIsWorkingDate(cn, "2025-09-28")).toBe(true);
    expect(refIsWorkingDate(cn, "2025-09-27")).toBe(false);
    expect(refIsWorkingDate(cn, "2025-10-01")).toBe(false);
    expect(refIsWorking(cn, sh("2025-09-28T10:00"))).toBe(true);
    expect(refIsWorking(cn, sh("2025-10-01T10:00"))).toBe(false);
    expect(refEndOfWorkingDate(cn, "2025-09-28")).toBe(sh("2025-09-28T18:00"));
    expect(refEndOfWorkingDate(cn, "2025-10-01")).toBeNull();
  });

  it("adds working days across a plain weekend", () => {
    const fri = sh("2025-09-26T10:00");
    expect(refAddWorkingDays(office, fri, 1)).toBe(sh("2025-09-29T18:00"));
    expect(refAddWorkingDays(office, fri, 2)).toBe(sh("2025-09-30T18:00"));
    expect(refAddWorkingDays(office, sh("2025-09-27T10:00"), 1)).toBe(sh("2025-09-29T18:00"));
  });

  it("adds working days across a make-up day and a holiday", () => {
    expect(refAddWorkingDays(cn, sh("2025-09-26T10:00"), 1)).toBe(sh("2025-09-28T18:00"));
    expect(refAddWorkingDays(cn, sh("2025-09-26T10:00"), 2)).toBe(sh("2025-09-29T18:00"));
    const tue = sh("2025-09-30T10:00");
    expect(refAddWorkingDays(cn, tue, 1)).toBe(sh("2025-10-09T18:00"));
    expect(refAddWorkingDays(cn, tue, 2)).toBe(sh("2025-10-10T18:00"));
    expect(refAddWorkingDays(cn, tue, 3)).toBe(sh("2025-10-11T18:00"));
  });

  it("counts working days as the exact inverse, antisymmetric", () => {
    const fri = sh("2025-09-26T10:00");
    expect(refWorkingDaysBetween(office, fri, sh("2025-09-29T18:00"))).toBe(1);
    expect(refWorkingDaysBetween(office, fri, sh("2025-09-29T18:00") - 1)).toBe(0);
    expect(refWorkingDaysBetween(office, fri, sh("2025-09-30T18:00"))).toBe(2);
    expect(refWorkingDaysBetween(office, sh("2025-09-30T18:00"), fri)).toBe(-2);
    expect(refWorkingDaysBetween(office, fri, fri)).toBe(0);
    const tue = sh("2025-09-30T10:00");
    for (let n = 1; n <= 6; n++) {
      const due = refAddWorkingDays(cn, tue, n);
      if (due === null) throw new Error("unreachable");
      expect(refWorkingDaysBetween(cn, tue, due)).toBe(n);
      expect(refWorkingDaysBetween(cn, tue, due - 1)).toBe(n - 1);
      expect(refWorkingDaysBetween(cn, due, tue)).toBe(-n);
    }
  });

  it("a closure cutting the end of a day moves the day's end to the closure start", () => {
    const closure = { start: sh("2025-09-29T16:00"), end: sh("2025-09-30T10:00") };
    const cal: RefCalendar = { ...office, closures: [closure] };
    expect(refEndOfWorkingDate(cal, "2025-09-29")).toBe(closure.start);
    expect(refIsWorking(cal, sh("2025-09-29T16:30"))).toBe(false);
    expect(refWorkingTimeBetween(cal, sh("2025-09-29T00:00"), sh("2025-10-01T00:00"))).toBe(15 * H);
    expect(refAddWorkingDays(cal, sh("2025-09-26T10:00"), 1)).toBe(closure.start);
    const wholeDay: RefCalendar = {
      ...office,
      closures: [{ start: sh("2025-09-30T00:00"), end: sh("2025-10-01T00:00") }],
    };
    expect(refIsWorkingDate(wholeDay, "2025-09-30")).toBe(false);
    expect(refAddWorkingDays(wholeDay, sh("2025-09-29T10:00"), 1)).toBe(sh("2025-10-01T18:00"));
  });

  it("gives null, not a hang, with no working time", () => {
    const never: RefCalendar = { timeZone: SH, weekly: {} };
    expect(refAddWorkingTime(never, 0, H, 30 * 24 * H)).toBeNull();
    expect(refAddWorkingDays(never, 0, 1)).toBeNull();
    expect(refWorkingDaysBetween(never, 0, 10 * 24 * H)).toBe(0);
  });
});
