import { parseWallTime, parseWithSchema, WallTimeEndSchema, WallTimeSchema } from "kefu/core";
import { describe, expect, it } from "vitest";

describe("parseWallTime", () => {
  it.each([
    ["00:00", 0],
    ["09:30", 570],
    ["23:59", 1439],
  ])("parses %s to %i minutes", (text, minutes) => {
    expect(parseWallTime(text)._unsafeUnwrap()).toBe(minutes);
  });

  it("accepts 24:00 only as an end", () => {
    expect(parseWallTime("24:00", { allowEndOfDay: true })._unsafeUnwrap()).toBe(1440);
    expect(parseWallTime("24:00")._unsafeUnwrapErr().code).toBe("invalid_wall_time");
    expect(parseWallTime("24:01", { allowEndOfDay: true })._unsafeUnwrapErr().code).toBe("invalid_wall_time");
  });

  it.each(["9:30", "09:60", "25:00", "09:30:00", "0930", "", "ab:cd"])("rejects %s", (text) => {
    expect(parseWallTime(text)._unsafeUnwrapErr().code).toBe("invalid_wall_time");
  });

  it("rejects non-strings", () => {
    expect(parseWallTime(930)._unsafeUnwrapErr()).toMatchObject({ code: "invalid_wall_time", input: 930 });
  });

  it("has schemas for times and for ends", () => {
    expect(parseWithSchema(WallTimeSchema, "18:00")._unsafeUnwrap()).toBe(1080);
    expect(parseWithSchema(WallTimeSchema, "24:00")._unsafeUnwrapErr().issues[0].code).toBe(
      "invalid_wall_time",
    );
    expect(parseWithSchema(WallTimeEndSchema, "24:00")._unsafeUnwrap()).toBe(1440);
  });
});
