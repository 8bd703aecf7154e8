import { fc, test } from "@fast-check/vitest";
import { LocalDateSchema, parseLocalDate, parseWithSchema } from "kefu/core";
import { describe, expect, it } from "vitest";

describe("parseLocalDate", () => {
  it.each(["2025-10-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (date) => {
    expect(parseLocalDate(date)._unsafeUnwrap()).toBe(date);
  });

  it.each([
    "2025-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "0000-01-01",
    "2025-1-01",
    "20250101",
    "2025-01-01T00:00Z",
    " 2025-01-01",
    "",
  ])("rejects %s with invalid_local_date", (date) => {
    expect(parseLocalDate(date)._unsafeUnwrapErr().code).toBe("invalid_local_date");
  });

  it.each([[20250101], [null], [undefined], [new Date(0)]])("rejects non-strings (%s)", (input) => {
    expect(parseLocalDate(input)._unsafeUnwrapErr()).toMatchObject({ code: "invalid_local_date", input });
  });

  test.prop([
    fc.date({
      min: new Date("0001-01-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
  ])("accepts every real date", (date) => {
    const text = date.toISOString().slice(0, 10);
    expect(parseLocalDate(text)._unsafeUnwrap()).toBe(text);
  });

  it("is a schema whose issues carry invalid_local_date", () => {
    expect(parseWithSchema(LocalDateSchema, "2025-02-30")._unsafeUnwrapErr().issues[0].code).toBe(
      "invalid_local_date",
    );
  });
});
