import { isTimeZone, parseTimeZone, parseWithSchema, TimeZoneSchema } from "kefu/core";
import { describe, expect, it } from "vitest";

describe("parseTimeZone", () => {
  it.each([
    "Asia/Shanghai",
    "UTC",
    "America/New_York",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "Etc/GMT+5",
  ])("accepts %s", (zone) => {
    expect(parseTimeZone(zone)._unsafeUnwrap()).toBe(zone);
    expect(parseTimeZone(zone)._unsafeUnwrap()).toBe(zone); // cached path
  });

  it.each(["Asia/Peking", "+08:00", "", "Mars/Olympus", "a".repeat(200), "Asia/Shanghai "])(
    "rejects %j",
    (zone) => {
      const error = parseTimeZone(zone)._unsafeUnwrapErr();
      expect(error.code).toBe("invalid_time_zone");
      expect(error.message.length).toBeLessThan(120);
    },
  );

  it("rejects non-strings", () => {
    expect(parseTimeZone(8)._unsafeUnwrapErr()).toMatchObject({ code: "invalid_time_zone", input: 8 });
  });

  it("has a predicate and a schema", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Europe/Londres")).toBe(false);
    expect(parseWithSchema(TimeZoneSchema, "Nowhere/Land")._unsafeUnwrapErr().issues[0].code).toBe(
      "invalid_time_zone",
    );
  });
});
