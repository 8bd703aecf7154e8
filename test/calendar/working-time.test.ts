import {
  addWorkingTime,
  isWorkingTime,
  lastWorkingTimeBefore,
  nextWorkingTime,
  workingTimeBetween,
} from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { calendar, cnOffice, everyDay, H, MIN, ms, office, sh, weekdays } from "./_fixtures";

// 2025-10-10 is a Friday; 2025-10-13 a Monday.
describe("addWorkingTime (DESIGN §3.1)", () => {
  it("a deadline that uses up an interval exactly is that interval's end", () => {
    expect(ms(addWorkingTime(office, sh("2025-10-10T17:00"), { hours: 1 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00"),
    );
    expect(ms(addWorkingTime(office, sh("2025-10-10T17:00"), { hours: 2 })._unsafeUnwrap())).toBe(
      sh("2025-10-13T10:00"),
    );
  });

  it("a zero duration returns the start unchanged, even outside hours", () => {
    const saturday = sh("2025-10-11T03:17") + 123;
    expect(ms(addWorkingTime(office, saturday, { ms: 0 })._unsafeUnwrap())).toBe(saturday);
  });

  it("otherwise counting starts at the next working instant", () => {
    expect(ms(addWorkingTime(office, sh("2025-10-11T03:17"), { minutes: 1 })._unsafeUnwrap())).toBe(
      sh("2025-10-13T09:01"),
    );
  });

  it("touching intervals flow across without loss; a gap is skipped", () => {
    const touching = calendar({
      timeZone: "Asia/Shanghai",
      weekly: weekdays([
        ["09:00", "12:00"],
        ["12:00", "18:00"],
      ]),
    });
    expect(ms(addWorkingTime(touching, sh("2025-10-10T11:00"), { hours: 2 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T13:00"),
    );
    const split = calendar({
      timeZone: "Asia/Shanghai",
      weekly: weekdays([
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ]),
    });
    expect(ms(addWorkingTime(split, sh("2025-10-10T11:00"), { hours: 1 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T12:00"),
    );
    expect(ms(addWorkingTime(split, sh("2025-10-10T11:00"), { hours: 2 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T14:00"),
    );
  });

  it("adds units together and counts to the millisecond", () => {
    expect(
      ms(addWorkingTime(office, sh("2025-10-10T09:00"), { hours: 1, minutes: 30, ms: 5 })._unsafeUnwrap()),
    ).toBe(sh("2025-10-10T10:30") + 5);
  });

  it("crosses the 2025 National Day break and counts its make-up Saturday", () => {
    // Tue 30 Sep 17:20 + 24 h: 40 min on 30 Sep; 1–8 Oct off; 9 h on Thu 9, Fri 10, then 5 h 20 on Sat 11 (调休).
    expect(ms(addWorkingTime(cnOffice, sh("2025-09-30T17:20"), { hours: 24 })._unsafeUnwrap())).toBe(
      sh("2025-10-11T14:20"),
    );
  });

  it("24:00 ends a day, and an overnight interval runs into the next date", () => {
    const lateShift = calendar({
      timeZone: "Asia/Shanghai",
      weekly: { fri: [["20:00", "24:00"]], sat: [["00:00", "02:00"]] },
    });
    expect(ms(addWorkingTime(lateShift, sh("2025-10-10T20:00"), { hours: 5 })._unsafeUnwrap())).toBe(
      sh("2025-10-11T01:00"),
    );
    const night = calendar({ timeZone: "Asia/Shanghai", weekly: { fri: [["22:00", "06:00"]] } });
    expect(ms(addWorkingTime(night, sh("2025-10-10T23:00"), { hours: 7 })._unsafeUnwrap())).toBe(
      sh("2025-10-11T06:00"),
    );
    expect(isWorkingTime(night, sh("2025-10-11T05:59"))._unsafeUnwrap()).toBe(true);
    expect(isWorkingTime(night, sh("2025-10-11T06:00"))._unsafeUnwrap()).toBe(false);
  });
});

describe("ownership of overnight intervals", () => {
  const night = { timeZone: "Asia/Shanghai", weekly: everyDay([["22:00", "06:00"]]) } as const;

  it("a holiday removes the intervals its date owns, not the morning of the previous night", () => {
    const cal = calendar({ ...night, holidays: ["2025-10-11"] });
    expect(isWorkingTime(cal, sh("2025-10-11T05:00"))._unsafeUnwrap()).toBe(true); // Friday's night
    expect(isWorkingTime(cal, sh("2025-10-11T23:00"))._unsafeUnwrap()).toBe(false); // Saturday's own night
    expect(isWorkingTime(cal, sh("2025-10-12T05:00"))._unsafeUnwrap()).toBe(false);
  });

  it("a make-up date adds its own intervals, including the overnight spill", () => {
    const cal = calendar({
      timeZone: "Asia/Shanghai",
      weekly: {},
      workdays: [{ date: "2025-10-11", hours: [["22:00", "06:00"]] }],
    });
    expect(isWorkingTime(cal, sh("2025-10-12T05:59"))._unsafeUnwrap()).toBe(true);
    expect(workingTimeBetween(cal, sh("2025-10-01T00:00"), sh("2025-10-31T00:00"))._unsafeUnwrap()).toBe(
      8 * H,
    );
  });

  it("overlapping intervals of a day are united", () => {
    const cal = calendar({
      timeZone: "UTC",
      weekly: {
        mon: [
          ["09:00", "13:00"],
          ["11:00", "18:00"],
          ["17:00", "02:00"],
        ],
      },
    });
    expect(workingTimeBetween(cal, Date.UTC(2025, 9, 13), Date.UTC(2025, 9, 15))._unsafeUnwrap()).toBe(
      17 * H,
    );
  });
});

describe("DST: wall-clock membership", () => {
  const ny = (local: string, offset: string) => Date.parse(`${local}:00${offset}`);
  const nightShift = calendar({ timeZone: "America/New_York", weekly: everyDay([["22:00", "06:00"]]) });

  it("a night shift containing the fall-back hour is 9 real hours", () => {
    // Sat 2025-11-01 22:00 EDT to Sun 2025-11-02 06:00 EST.
    const start = ny("2025-11-01T22:00", "-04:00");
    const end = ny("2025-11-02T06:00", "-05:00");
    expect(workingTimeBetween(nightShift, start, end)._unsafeUnwrap()).toBe(9 * H);
    expect(ms(addWorkingTime(nightShift, start, { hours: 9 })._unsafeUnwrap())).toBe(end);
    // The repeated 01:30 counts twice: both instants are working.
    expect(isWorkingTime(nightShift, ny("2025-11-02T01:30", "-04:00"))._unsafeUnwrap()).toBe(true);
    expect(isWorkingTime(nightShift, ny("2025-11-02T01:30", "-05:00"))._unsafeUnwrap()).toBe(true);
  });

  it("a night shift across spring-forward is 7 real hours; skipped wall time counts nothing", () => {
    const start = ny("2025-03-08T22:00", "-05:00");
    const end = ny("2025-03-09T06:00", "-04:00");
    expect(workingTimeBetween(nightShift, start, end)._unsafeUnwrap()).toBe(7 * H);
    const early = calendar({ timeZone: "America/New_York", weekly: { sun: [["01:00", "04:00"]] } });
    expect(
      workingTimeBetween(
        early,
        ny("2025-03-09T00:00", "-05:00"),
        ny("2025-03-09T12:00", "-04:00"),
      )._unsafeUnwrap(),
    ).toBe(2 * H);
  });

  it("Lord Howe's 30-minute DST shifts a 24-hour day by half an hour", () => {
    const allDay = calendar({ timeZone: "Australia/Lord_Howe", weekly: everyDay([["00:00", "24:00"]]) });
    // 2025-10-05 02:00 +10:30 → 02:30 +11:00: that local date is 23.5 hours long.
    const start = Date.parse("2025-10-05T00:00:00+10:30");
    const end = Date.parse("2025-10-06T00:00:00+11:00");
    expect(workingTimeBetween(allDay, start, end)._unsafeUnwrap()).toBe(23.5 * H);
  });
});

describe("interval ends are exclusive; closures cut time out", () => {
  it("isWorkingTime at the edges", () => {
    expect(isWorkingTime(office, sh("2025-10-10T09:00"))._unsafeUnwrap()).toBe(true);
    expect(isWorkingTime(office, sh("2025-10-10T18:00") - 1)._unsafeUnwrap()).toBe(true);
    expect(isWorkingTime(office, sh("2025-10-10T18:00"))._unsafeUnwrap()).toBe(false);
  });

  it("a closure is skipped by deadlines and between", () => {
    const closed = calendar({
      timeZone: "Asia/Shanghai",
      weekly: weekdays([["09:00", "18:00"]]),
      closures: [{ start: "2025-10-10T14:00+08:00", end: "2025-10-10T16:00+08:00", reason: "typhoon" }],
    });
    expect(workingTimeBetween(closed, sh("2025-10-10T09:00"), sh("2025-10-10T18:00"))._unsafeUnwrap()).toBe(
      7 * H,
    );
    expect(ms(addWorkingTime(closed, sh("2025-10-10T13:00"), { hours: 2 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T17:00"),
    );
    expect(isWorkingTime(closed, sh("2025-10-10T15:00"))._unsafeUnwrap()).toBe(false);
  });
});

describe("workingTimeBetween", () => {
  it("is zero for equal instants and antisymmetric", () => {
    expect(workingTimeBetween(office, sh("2025-10-10T10:00"), sh("2025-10-10T10:00"))._unsafeUnwrap()).toBe(
      0,
    );
    expect(workingTimeBetween(office, sh("2025-10-13T10:00"), sh("2025-10-10T17:00"))._unsafeUnwrap()).toBe(
      -2 * H,
    );
  });

  it("spans years, across the compiled-year boundary", () => {
    const allDay = calendar({ timeZone: "Asia/Shanghai", weekly: everyDay([["00:00", "24:00"]]) });
    expect(workingTimeBetween(allDay, "2024-12-31T12:00Z", "2027-01-01T12:00Z")._unsafeUnwrap()).toBe(
      (365 + 365 + 1) * 24 * H,
    );
    expect(ms(addWorkingTime(allDay, "2024-12-31T23:00Z", { hours: 2 })._unsafeUnwrap())).toBe(
      Date.UTC(2025, 0, 1, 1),
    );
  });
});

describe("next and last working instants", () => {
  it("nextWorkingTime is the instant itself when working, else the next start", () => {
    expect(ms(nextWorkingTime(office, sh("2025-10-10T10:00"))._unsafeUnwrap())).toBe(sh("2025-10-10T10:00"));
    expect(ms(nextWorkingTime(office, sh("2025-10-10T18:00"))._unsafeUnwrap())).toBe(sh("2025-10-13T09:00"));
    expect(ms(nextWorkingTime(cnOffice, sh("2025-10-01T10:00"))._unsafeUnwrap())).toBe(
      sh("2025-10-09T09:00"),
    );
  });

  it("lastWorkingTimeBefore is the last working millisecond before the instant", () => {
    expect(ms(lastWorkingTimeBefore(office, sh("2025-10-13T08:00"))._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00") - 1,
    );
    expect(ms(lastWorkingTimeBefore(office, sh("2025-10-13T10:00"))._unsafeUnwrap())).toBe(
      sh("2025-10-13T10:00") - 1,
    );
    expect(ms(lastWorkingTimeBefore(cnOffice, sh("2025-10-13T08:00"))._unsafeUnwrap())).toBe(
      sh("2025-10-11T18:00") - 1,
    );
  });

  it("finds time across a year boundary", () => {
    expect(ms(nextWorkingTime(office, sh("2025-12-31T18:30"))._unsafeUnwrap())).toBe(sh("2026-01-01T09:00"));
    expect(ms(lastWorkingTimeBefore(office, sh("2026-01-01T08:00"))._unsafeUnwrap())).toBe(
      sh("2025-12-31T18:00") - 1,
    );
  });

  it("returns new Date objects", () => {
    const a = nextWorkingTime(office, sh("2025-10-10T10:00"))._unsafeUnwrap();
    const b = nextWorkingTime(office, sh("2025-10-10T10:00"))._unsafeUnwrap();
    expect(a).not.toBe(b);
    expect(a).toBeInstanceOf(Date);
  });
});

describe("precision", () => {
  it("is the millisecond", () => {
    expect(
      workingTimeBetween(office, sh("2025-10-10T09:00") + 1, sh("2025-10-10T09:00") + 2)._unsafeUnwrap(),
    ).toBe(1);
    expect(ms(addWorkingTime(office, sh("2025-10-10T17:59") + 59_999, { ms: 1 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00"),
    );
    expect(ms(addWorkingTime(office, sh("2025-10-10T17:59") + 59_999, { ms: 2 })._unsafeUnwrap())).toBe(
      sh("2025-10-13T09:00") + 1,
    );
    expect(ms(addWorkingTime(office, sh("2025-10-10T09:00"), { minutes: 0.5 })._unsafeUnwrap())).toBe(
      sh("2025-10-10T09:00") + MIN / 2,
    );
  });
});
