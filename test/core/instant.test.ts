import { fc, test } from "@fast-check/vitest";
import { InstantSchema, MAX_INSTANT, MIN_INSTANT, parseInstant, parseWithSchema, toDate } from "kefu/core";
import { describe, expect, it } from "vitest";

describe("parseInstant", () => {
  it.each([
    ["2025-10-01T09:00:00+08:00", Date.UTC(2025, 9, 1, 1)],
    ["2025-10-01T09:00+08:00", Date.UTC(2025, 9, 1, 1)],
    ["2025-10-01T01:00:00Z", Date.UTC(2025, 9, 1, 1)],
    ["2025-10-01t01:00:00z", Date.UTC(2025, 9, 1, 1)],
    ["2025-10-01T01:00:00.5Z", Date.UTC(2025, 9, 1, 1, 0, 0, 500)],
    ["2025-10-01T01:00:00.123456789Z", Date.UTC(2025, 9, 1, 1, 0, 0, 123)],
    ["2025-10-01T01:00:00,250Z", Date.UTC(2025, 9, 1, 1, 0, 0, 250)],
    ["2025-03-09T01:59:59-05:00", Date.UTC(2025, 2, 9, 6, 59, 59)],
    ["2025-01-01T00:00+0545", Date.UTC(2024, 11, 31, 18, 15)],
    ["2025-01-01T00:00+13", Date.UTC(2024, 11, 31, 11)],
    ["2024-02-29T12:00Z", Date.UTC(2024, 1, 29, 12)],
  ])("parses %s", (text, expected) => {
    expect(parseInstant(text)._unsafeUnwrap()).toBe(expected);
  });

  it("accepts Dates and integer epoch milliseconds", () => {
    expect(parseInstant(new Date(Date.UTC(2025, 0, 1)))._unsafeUnwrap()).toBe(Date.UTC(2025, 0, 1));
    expect(parseInstant(0)._unsafeUnwrap()).toBe(0);
    expect(parseInstant(-1)._unsafeUnwrap()).toBe(-1);
  });

  it.each([
    ["no offset", "2025-10-01T09:00:00"],
    ["date only", "2025-10-01"],
    ["space separator without offset", "2025-10-01 09:00"],
    ["garbage", "next tuesday"],
    ["not a real date", "2025-02-29T00:00Z"],
    ["hour 24", "2025-01-01T24:00Z"],
    ["leap second", "2016-12-31T23:59:60Z"],
    ["minute 60", "2025-01-01T10:60Z"],
    ["offset too large", "2025-01-01T00:00+19:00"],
    ["offset minutes 60", "2025-01-01T00:00+05:60"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["fractional ms", 1.5],
    ["Invalid Date", new Date(Number.NaN)],
    ["too late", MAX_INSTANT + 1],
    ["too early", MIN_INSTANT - 1],
    ["before year 1 by offset", "0001-01-01T00:00+01:00"],
    ["boolean", true],
    ["null", null],
    ["object", { ms: 1 }],
  ])("rejects %s with invalid_instant", (_, input) => {
    const error = parseInstant(input)._unsafeUnwrapErr();
    expect(error.code).toBe("invalid_instant");
    expect(error.input).toBe(input);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("says what to add when the offset is missing", () => {
    expect(parseInstant("2025-10-01T09:00")._unsafeUnwrapErr().message).toMatch(/no UTC offset/);
  });

  it("accepts the range ends", () => {
    expect(parseInstant("0001-01-01T00:00:00.000Z")._unsafeUnwrap()).toBe(MIN_INSTANT);
    expect(parseInstant("9999-12-31T23:59:59.999Z")._unsafeUnwrap()).toBe(MAX_INSTANT);
  });

  test.prop([fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT })])("round-trips through toISOString", (ms) => {
    expect(parseInstant(new Date(ms).toISOString())._unsafeUnwrap()).toBe(ms);
    expect(parseInstant(toDate(ms))._unsafeUnwrap()).toBe(ms);
  });

  test.prop([
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
    fc.integer({ min: -18 * 60, max: 18 * 60 }),
  ])("round-trips through any offset", (ms, offsetMinutes) => {
    const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
    const abs = Math.abs(offsetMinutes);
    const offset = `${offsetMinutes < 0 ? "-" : "+"}${String(Math.trunc(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    expect(parseInstant(`${wall}${offset}`)._unsafeUnwrap()).toBe(ms);
  });
});

describe("InstantSchema", () => {
  it("outputs epoch milliseconds and reports invalid_instant issues", () => {
    expect(parseWithSchema(InstantSchema, "1970-01-01T00:00:01Z")._unsafeUnwrap()).toBe(1000);
    for (const input of ["2025-01-01T00:00", Number.NaN, true, new Date(Number.NaN), null]) {
      const error = parseWithSchema(InstantSchema, input)._unsafeUnwrapErr();
      expect(error.issues[0].code).toBe("invalid_instant");
    }
  });
});

describe("toDate", () => {
  it("returns a new Date each time", () => {
    const a = toDate(5);
    const b = toDate(5);
    expect(a).not.toBe(b);
    expect(a.getTime()).toBe(5);
  });
});
