import { create24x7Calendar } from "kefu/calendar";
import { parsePolicy, residentialServiceStandard, slaPolicyJsonSchema } from "kefu/sla";
import { describe, expect, it } from "vitest";
import { OFFICE, reply4h } from "./_fixtures";

const base = { id: "p", timeZone: "Asia/Shanghai", calendars: { office: OFFICE } };
const errorOf = (targets: unknown[], extra: Record<string, unknown> = {}) =>
  parsePolicy({ ...base, targets, ...extra })._unsafeUnwrapErr();

describe("parsePolicy", () => {
  it("compiles the preset and policies with host calendars", () => {
    expect(parsePolicy(residentialServiceStandard)._unsafeUnwrap().targets).toHaveLength(9);
    const hotline = create24x7Calendar("Asia/Shanghai")._unsafeUnwrap();
    const p = parsePolicy(
      { id: "p", timeZone: "Asia/Shanghai", targets: [{ ...reply4h, clock: { business: "hotline" } }] },
      { calendars: { hotline } },
    );
    expect(p._unsafeUnwrap().calendars.hotline).toBe(hotline);
  });

  it("invalid_input: shape, unknown keys, bad events", () => {
    expect(errorOf([{ ...reply4h, stopp: ["resolved"] }]).code).toBe("invalid_input");
    expect(errorOf([{ ...reply4h, stop: ["replied"] }]).code).toBe("invalid_input");
    expect(errorOf([]).code).toBe("invalid_input");
    expect(errorOf([reply4h], { timeZone: "Mars/Base" }).code).toBe("invalid_input");
    expect(errorOf([{ ...reply4h, deadline: {} }]).code).toBe("invalid_input");
  });

  it("calendar definition errors keep their code, with the path prefixed", () => {
    const error = parsePolicy({
      ...base,
      calendars: { office: { ...OFFICE, holidays: ["2025-10-11"] } },
      targets: [reply4h],
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: "holiday_workday_conflict",
      path: ["calendars", "office", "workdays", 0, "date"],
    });
  });

  it.each([
    ["unknown_calendar", { ...reply4h, clock: { business: "head-office" } }, ["targets", 0, "clock"]],
    ["start_equals_stop", { ...reply4h, stop: ["received"] }, ["targets", 0, "stop"]],
    ["pause_conflict", { ...reply4h, pause: ["first_feedback"] }, ["targets", 0, "pause"]],
    ["pause_conflict", { ...reply4h, resume: ["received"] }, ["targets", 0, "pause"]],
    [
      "window_bounds_reversed",
      { ...reply4h, deadline: undefined, window: { from: { hours: 5 }, to: { hours: 4 } } },
      ["targets", 0, "window"],
    ],
    [
      "window_bounds_reversed",
      {
        ...reply4h,
        deadline: undefined,
        window: { from: { days: 2 }, to: { days: 7 }, before: { event: "service_confirmed", field: "at" } },
      },
      ["targets", 0, "window"],
    ],
    [
      "thresholds_out_of_order",
      { ...reply4h, warnings: { percent: [50, 90, 75] } },
      ["targets", 0, "warnings"],
    ],
    [
      "thresholds_out_of_order",
      { ...reply4h, warnings: { minutesBefore: [15, 60] } },
      ["targets", 0, "warnings"],
    ],
    [
      "thresholds_out_of_order",
      {
        ...reply4h,
        escalations: [
          { level: 2, when: { percent: 50 }, notify: "a" },
          { level: 1, when: { percent: 90 }, notify: "b" },
        ],
      },
      ["targets", 0, "escalations"],
    ],
    [
      "matrix_missing_priority",
      { ...reply4h, deadline: { byPriority: { high: { hours: 2 } } } },
      ["targets", 0, "deadline", "byPriority", "low"],
    ],
    ["invalid_limit", { ...reply4h, deadline: undefined }, ["targets", 0]],
    ["invalid_limit", { ...reply4h, window: { from: { hours: 1 }, to: { hours: 2 } } }, ["targets", 0]],
    ["invalid_limit", { ...reply4h, deadline: { days: 2 } }, ["targets", 0, "deadline"]],
    [
      "invalid_limit",
      {
        ...reply4h,
        pause: undefined,
        resume: undefined,
        clock: { workingDays: "office" },
        deadline: { hours: 4 },
      },
      ["targets", 0, "deadline"],
    ],
    [
      "invalid_limit",
      { ...reply4h, clock: { workingDays: "office" }, deadline: { days: 2 } },
      ["targets", 0, "pause"],
    ],
    [
      "invalid_limit",
      {
        ...reply4h,
        clock: { business: "office" },
        deadline: undefined,
        window: { from: { days: 1 }, to: { days: 2 } },
      },
      ["targets", 0, "window"],
    ],
  ])("%s", (code, target, path) => {
    expect(errorOf([target])).toMatchObject({ code, path });
  });

  it("duplicate_target_id", () => {
    expect(errorOf([reply4h, reply4h])).toMatchObject({
      code: "duplicate_target_id",
      path: ["targets", 1, "id"],
    });
  });

  it("exports a JSON Schema", () => {
    const schema = slaPolicyJsonSchema();
    expect(schema.required).toEqual(["id", "timeZone", "targets"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
