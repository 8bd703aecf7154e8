import {
  addWorkingDays,
  addWorkingTime,
  calendarFromPreset,
  cnMainlandPreset,
  create24x7Calendar,
  defineCalendar,
  endOfWorkingDate,
  explainDeadline,
  isWorkingDate,
  isWorkingTime,
  lastWorkingTimeBefore,
  nextWorkingTime,
  parseCalendar,
  workingDaysBetween,
  workingTimeBetween,
} from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { calendar, office, weekdays } from "./_fixtures";

const base = { timeZone: "Asia/Shanghai", weekly: weekdays([["09:00", "18:00"]]) };
const definitionError = (input: unknown) => parseCalendar(input)._unsafeUnwrapErr();
const issueCodes = (input: unknown) => {
  const error = definitionError(input);
  return error.code === "invalid_input"
    ? error.issues.map((issue) => [issue.path.join("."), issue.code])
    : [];
};

describe("calendar definition errors", () => {
  it("invalid_input: unknown keys, bad zone, bad time, bad date, bad instant, too many entries", () => {
    expect(issueCodes({ ...base, weekley: {} })).toContainEqual(["", "unrecognized_keys"]);
    expect(issueCodes({ ...base, weekly: { monday: [] } })).toContainEqual(["weekly", "unrecognized_keys"]);
    expect(issueCodes({ ...base, timeZone: "Asia/Beijing" })).toContainEqual([
      "timeZone",
      "invalid_time_zone",
    ]);
    expect(issueCodes({ ...base, weekly: { mon: [["9:00", "18:00"]] } })).toContainEqual([
      "weekly.mon.0.0",
      "invalid_wall_time",
    ]);
    expect(issueCodes({ ...base, weekly: { mon: [["24:00", "18:00"]] } })).toContainEqual([
      "weekly.mon.0.0",
      "invalid_wall_time",
    ]);
    expect(issueCodes({ ...base, holidays: ["2025-02-29"] })).toContainEqual(["holidays.0", "invalid_union"]);
    expect(issueCodes({ ...base, workdays: [{ date: "2025-13-01", hours: [] }] })).toContainEqual([
      "workdays.0.date",
      "invalid_local_date",
    ]);
    expect(
      issueCodes({ ...base, closures: [{ start: "2025-10-01T00:00", end: "2025-10-02T00:00Z" }] }),
    ).toContainEqual(["closures.0.start", "invalid_instant"]);
    const many = Array.from({ length: 49 }, () => ["09:00", "10:00"]);
    expect(issueCodes({ ...base, weekly: { mon: many } })).toContainEqual(["weekly.mon", "too_big"]);
    expect(definitionError(null).code).toBe("invalid_input");
  });

  it("empty_interval", () => {
    expect(
      definitionError({
        ...base,
        weekly: {
          tue: [
            ["09:00", "18:00"],
            ["10:00", "10:00"],
          ],
        },
      }),
    ).toMatchObject({
      code: "empty_interval",
      path: ["weekly", "tue", 1],
    });
    expect(
      definitionError({ ...base, workdays: [{ date: "2025-09-28", hours: [["00:00", "00:00"]] }] }),
    ).toMatchObject({
      code: "empty_interval",
      path: ["workdays", 0, "hours", 0],
    });
  });

  it("duplicate_date", () => {
    expect(
      definitionError({ ...base, holidays: ["2025-10-01", { date: "2025-10-01", name: "x" }] }),
    ).toMatchObject({
      code: "duplicate_date",
      path: ["holidays", 1],
    });
    const workday = { date: "2025-09-28", hours: [["09:00", "18:00"]] };
    expect(definitionError({ ...base, workdays: [workday, workday] })).toMatchObject({
      code: "duplicate_date",
      path: ["workdays", 1],
    });
  });

  it("holiday_workday_conflict", () => {
    expect(
      definitionError({
        ...base,
        holidays: ["2025-09-28"],
        workdays: [{ date: "2025-09-28", hours: [["09:00", "18:00"]] }],
      }),
    ).toMatchObject({ code: "holiday_workday_conflict", path: ["workdays", 0, "date"] });
  });

  it("invalid_closure", () => {
    expect(
      definitionError({ ...base, closures: [{ start: "2025-10-01T10:00Z", end: "2025-10-01T10:00Z" }] }),
    ).toMatchObject({ code: "invalid_closure", path: ["closures", 0] });
  });

  it("defineCalendar, calendarFromPreset and create24x7Calendar report the same way", () => {
    expect(defineCalendar({ ...base, timeZone: "Nowhere" })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(create24x7Calendar("Nowhere")._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(calendarFromPreset({ ...cnMainlandPreset, id: "" }, { weekly: {} })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    const typo = { weekly: {}, makeUpHour: [] } as unknown as Parameters<typeof calendarFromPreset>[1];
    expect(calendarFromPreset(cnMainlandPreset, typo)._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(
      calendarFromPreset(cnMainlandPreset, { weekly: {}, holidays: ["2025-10-01"] })._unsafeUnwrapErr().code,
    ).toBe("duplicate_date");
  });
});

describe("calendar query errors", () => {
  const empty = calendar({ timeZone: "UTC", weekly: {} });
  const t = "2025-10-10T10:00+08:00";

  it("invalid_instant", () => {
    for (const result of [
      addWorkingTime(office, "2025-10-10T10:00", { hours: 1 }),
      workingTimeBetween(office, t, Number.NaN),
      isWorkingTime(office, new Date(Number.NaN)),
      nextWorkingTime(office, "soon"),
      lastWorkingTimeBefore(office, 1.5),
      addWorkingDays(office, "x", 1),
      workingDaysBetween(office, t, "y"),
      explainDeadline(office, "z", { hours: 1 }),
    ]) {
      expect(result._unsafeUnwrapErr().code).toBe("invalid_instant");
    }
  });

  it("out_of_range: inputs and answers outside 1970–2199", () => {
    expect(addWorkingTime(office, "1969-12-31T00:00Z", { hours: 1 })._unsafeUnwrapErr().code).toBe(
      "out_of_range",
    );
    expect(isWorkingTime(office, "2200-01-01T00:00Z")._unsafeUnwrapErr().code).toBe("out_of_range");
    expect(isWorkingDate(office, "2200-01-01")._unsafeUnwrapErr().code).toBe("out_of_range");
    expect(addWorkingTime(office, "2199-12-31T10:00+08:00", { hours: 9 })._unsafeUnwrapErr().code).toBe(
      "out_of_range",
    );
    expect(addWorkingDays(office, "2199-12-30T10:00+08:00", 5)._unsafeUnwrapErr().code).toBe("out_of_range");
    expect(lastWorkingTimeBefore(office, "1970-01-01T00:30Z")._unsafeUnwrapErr().code).toBe("out_of_range");
  });

  it("invalid_duration and negative_duration", () => {
    const bad: unknown[] = [
      {},
      { hour: 1 },
      { hours: Number.NaN },
      { minutes: Number.POSITIVE_INFINITY },
      { hours: "1" },
      60,
      null,
    ];
    for (const duration of bad) {
      expect(addWorkingTime(office, t, duration as { hours: number })._unsafeUnwrapErr().code).toBe(
        "invalid_duration",
      );
    }
    expect(addWorkingTime(office, t, { hours: 24 * 366 * 11 })._unsafeUnwrapErr().code).toBe(
      "invalid_duration",
    );
    expect(addWorkingTime(office, t, { hours: -1 })._unsafeUnwrapErr().code).toBe("negative_duration");
    expect(explainDeadline(office, t, { ms: -1 })._unsafeUnwrapErr().code).toBe("negative_duration");
  });

  it("horizon_exceeded: a calendar with no working time answers at once, never hangs", () => {
    expect(addWorkingTime(empty, t, { minutes: 1 })._unsafeUnwrapErr().code).toBe("horizon_exceeded");
    expect(nextWorkingTime(empty, t)._unsafeUnwrapErr().code).toBe("horizon_exceeded");
    expect(lastWorkingTimeBefore(empty, t)._unsafeUnwrapErr().code).toBe("horizon_exceeded");
    expect(addWorkingDays(empty, t, 1)._unsafeUnwrapErr().code).toBe("horizon_exceeded");
    expect(addWorkingTime(office, t, { hours: 24 * 366 * 9 })._unsafeUnwrapErr().code).toBe(
      "horizon_exceeded",
    );
    expect(workingTimeBetween(empty, "1970-01-01T00:00Z", "2199-12-31T00:00Z")._unsafeUnwrap()).toBe(0);
  });

  it("invalid_day_count", () => {
    for (const n of [0, -1, 1.5, Number.NaN, 2601]) {
      expect(addWorkingDays(office, t, n)._unsafeUnwrapErr().code).toBe("invalid_day_count");
    }
  });

  it("invalid_local_date and not_a_working_date", () => {
    expect(isWorkingDate(office, "2025-02-29")._unsafeUnwrapErr().code).toBe("invalid_local_date");
    expect(endOfWorkingDate(office, "10/10/2025")._unsafeUnwrapErr().code).toBe("invalid_local_date");
    expect(endOfWorkingDate(office, "2025-10-11")._unsafeUnwrapErr().code).toBe("not_a_working_date");
  });

  it("a forged calendar is a programming error, thrown with the [kefu] prefix", () => {
    const forged = {
      kind: "BusinessCalendar",
      timeZone: "UTC",
      definition: { timeZone: "UTC", weekly: {} },
    } as const;
    expect(() => isWorkingTime(forged, 0)).toThrow(/^\[kefu\]/);
  });
});
