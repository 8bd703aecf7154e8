import { calendarJsonSchema, explainDeadline, parseCalendar } from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { calendar, cnOffice, H, sh, weekdays } from "./_fixtures";

describe("explainDeadline", () => {
  it("lists the spans counted, the holidays and make-up days crossed", () => {
    const trace = explainDeadline(cnOffice, sh("2025-09-30T17:20"), { hours: 24 })._unsafeUnwrap();
    expect(trace.timeZone).toBe("Asia/Shanghai");
    expect(trace.dueAt.getTime()).toBe(sh("2025-10-11T14:20"));
    expect(trace.durationMs).toBe(24 * H);
    expect(trace.spans.map((s) => [s.start.getTime(), s.end.getTime(), s.countedMs])).toEqual([
      [sh("2025-09-30T17:20"), sh("2025-09-30T18:00"), 40 * 60_000],
      [sh("2025-10-09T09:00"), sh("2025-10-09T18:00"), 9 * H],
      [sh("2025-10-10T09:00"), sh("2025-10-10T18:00"), 9 * H],
      [sh("2025-10-11T09:00"), sh("2025-10-11T14:20"), 5 * H + 20 * 60_000],
    ]);
    expect(trace.spans.reduce((sum, s) => sum + s.countedMs, 0)).toBe(trace.durationMs);
    expect(trace.holidays.map((h) => h.date)).toEqual([
      "2025-10-01",
      "2025-10-02",
      "2025-10-03",
      "2025-10-04",
      "2025-10-05",
      "2025-10-06",
      "2025-10-07",
      "2025-10-08",
    ]);
    expect(trace.holidays[0]?.name).toBe("国庆节、中秋节");
    expect(trace.makeUpDays).toEqual([{ date: "2025-10-11", name: "国庆节、中秋节" }]);
    expect(trace.closures).toEqual([]);
  });

  it("lists closures crossed and joins a stretch split only by the year boundary", () => {
    const cal = calendar({
      timeZone: "UTC",
      weekly: { ...weekdays([["00:00", "24:00"]]), sat: [["00:00", "24:00"]], sun: [["00:00", "24:00"]] },
      closures: [{ start: "2026-01-01T06:00Z", end: "2026-01-01T07:00Z", reason: "maintenance" }],
    });
    const trace = explainDeadline(cal, "2025-12-31T22:00Z", { hours: 10 })._unsafeUnwrap();
    expect(trace.dueAt.toISOString()).toBe("2026-01-01T09:00:00.000Z");
    expect(trace.spans.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2025-12-31T22:00:00.000Z", "2026-01-01T06:00:00.000Z"],
      ["2026-01-01T07:00:00.000Z", "2026-01-01T09:00:00.000Z"],
    ]);
    expect(trace.closures).toEqual([
      { start: new Date("2026-01-01T06:00Z"), end: new Date("2026-01-01T07:00Z"), reason: "maintenance" },
    ]);
    expect(JSON.parse(JSON.stringify(trace)).closures[0].reason).toBe("maintenance");
  });
});

describe("calendarJsonSchema", () => {
  it("describes the input shape, strictly", () => {
    const schema = calendarJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.required).toEqual(["timeZone", "weekly"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.timeZone?.description).toMatch(/IANA/);
    expect(JSON.stringify(schema)).toContain("24:00");
  });

  it("the parsed definition is kept on the calendar", () => {
    const cal = parseCalendar({ timeZone: "UTC", weekly: { mon: [["09:00", "17:30"]] } })._unsafeUnwrap();
    expect(cal.definition.weekly.mon).toEqual([[540, 1050]]);
    expect(Object.isFrozen(cal)).toBe(true);
  });
});
