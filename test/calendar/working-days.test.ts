import { addWorkingDays, endOfWorkingDate, isWorkingDate, workingDaysBetween } from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { calendar, cnOffice, everyDay, ms, office, sh } from "./_fixtures";

describe("addWorkingDays (DESIGN §3.1)", () => {
  it("is due at the end of the N-th working date after the event's date", () => {
    // Event Thu 2025-10-09 15:00: 1 working day → Fri 18:00; 2 → Mon 18:00.
    expect(ms(addWorkingDays(office, sh("2025-10-09T15:00"), 1)._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00"),
    );
    expect(ms(addWorkingDays(office, sh("2025-10-09T15:00"), 2)._unsafeUnwrap())).toBe(
      sh("2025-10-13T18:00"),
    );
  });

  it("the event's own date does not count, even early in the morning or on a holiday", () => {
    expect(ms(addWorkingDays(office, sh("2025-10-10T00:01"), 1)._unsafeUnwrap())).toBe(
      sh("2025-10-13T18:00"),
    );
    expect(ms(addWorkingDays(office, sh("2025-10-11T12:00"), 1)._unsafeUnwrap())).toBe(
      sh("2025-10-13T18:00"),
    );
  });

  it("honours holidays and make-up working days (调休)", () => {
    // Sales documents handed over Tue 30 Sep 2025: within 2 working days → Thu 9 Oct, Fri 10 Oct.
    expect(ms(addWorkingDays(cnOffice, sh("2025-09-30T15:00"), 2)._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00"),
    );
    // From Fri 26 Sep: Sun 28 Sep is a make-up working day.
    expect(ms(addWorkingDays(cnOffice, sh("2025-09-26T10:00"), 1)._unsafeUnwrap())).toBe(
      sh("2025-09-28T18:00"),
    );
    expect(ms(addWorkingDays(cnOffice, sh("2025-09-26T10:00"), 3)._unsafeUnwrap())).toBe(
      sh("2025-09-30T18:00"),
    );
    expect(ms(addWorkingDays(cnOffice, sh("2025-09-26T10:00"), 5)._unsafeUnwrap())).toBe(
      sh("2025-10-10T18:00"),
    );
  });

  it("reads the event's date on the wall clock: 03:00 inside last night's shift is the new date", () => {
    const night = calendar({ timeZone: "Asia/Shanghai", weekly: everyDay([["22:00", "06:00"]]) });
    // Event Sat 03:00 (in Friday's night): its date is Saturday, so day 1 is Sunday's night → Mon 06:00.
    expect(ms(addWorkingDays(night, sh("2025-10-11T03:00"), 1)._unsafeUnwrap())).toBe(sh("2025-10-13T06:00"));
  });

  it("a closure that cuts off the end of the day moves the due time to the closure's start", () => {
    const closed = calendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]], wed: [["09:00", "18:00"]] },
      closures: [{ start: "2025-10-14T16:00+08:00", end: "2025-10-15T10:00+08:00" }],
    });
    expect(ms(addWorkingDays(closed, sh("2025-10-13T09:00"), 1)._unsafeUnwrap())).toBe(
      sh("2025-10-14T16:00"),
    );
    expect(ms(endOfWorkingDate(closed, "2025-10-14")._unsafeUnwrap())).toBe(sh("2025-10-14T16:00"));
    // A date whose hours are all closed is not a working date.
    const wholeDay = calendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] },
      closures: [{ start: "2025-10-13T00:00+08:00", end: "2025-10-14T00:00+08:00" }],
    });
    expect(isWorkingDate(wholeDay, "2025-10-13")._unsafeUnwrap()).toBe(false);
    expect(ms(addWorkingDays(wholeDay, sh("2025-10-12T09:00"), 1)._unsafeUnwrap())).toBe(
      sh("2025-10-14T18:00"),
    );
  });

  it("crosses years", () => {
    expect(ms(addWorkingDays(office, sh("2025-12-31T10:00"), 2)._unsafeUnwrap())).toBe(
      sh("2026-01-02T18:00"),
    );
    expect(ms(addWorkingDays(cnOffice, sh("2025-12-31T10:00"), 1)._unsafeUnwrap())).toBe(
      sh("2026-01-04T18:00"),
    );
  });
});

describe("workingDaysBetween is the exact inverse", () => {
  it("counts the largest N with addWorkingDays(a, N) ≤ b", () => {
    const a = sh("2025-09-30T15:00");
    expect(workingDaysBetween(cnOffice, a, sh("2025-10-10T18:00"))._unsafeUnwrap()).toBe(2);
    expect(workingDaysBetween(cnOffice, a, sh("2025-10-10T18:00") - 1)._unsafeUnwrap()).toBe(1);
    expect(workingDaysBetween(cnOffice, a, sh("2025-10-09T17:00"))._unsafeUnwrap()).toBe(0);
    expect(workingDaysBetween(cnOffice, a, a)._unsafeUnwrap()).toBe(0);
  });

  it("is antisymmetric", () => {
    expect(workingDaysBetween(cnOffice, sh("2025-10-10T18:00"), sh("2025-09-30T15:00"))._unsafeUnwrap()).toBe(
      -2,
    );
  });

  it("counts across years", () => {
    // 2025 has 261 weekdays; the event's own date (Wed 1 January) does not count.
    expect(workingDaysBetween(office, sh("2025-01-01T00:00"), sh("2026-01-01T00:00"))._unsafeUnwrap()).toBe(
      260,
    );
  });
});

describe("working dates", () => {
  it("knows make-up days and holidays", () => {
    expect(isWorkingDate(cnOffice, "2025-10-11")._unsafeUnwrap()).toBe(true);
    expect(isWorkingDate(cnOffice, "2025-10-08")._unsafeUnwrap()).toBe(false);
    expect(ms(endOfWorkingDate(cnOffice, "2025-10-11")._unsafeUnwrap())).toBe(sh("2025-10-11T18:00"));
  });

  it("the end of a date with an overnight interval is the next morning", () => {
    const night = calendar({ timeZone: "Asia/Shanghai", weekly: { fri: [["22:00", "06:00"]] } });
    expect(ms(endOfWorkingDate(night, "2025-10-10")._unsafeUnwrap())).toBe(sh("2025-10-11T06:00"));
    expect(isWorkingDate(night, "2025-10-11")._unsafeUnwrap()).toBe(false);
  });
});
