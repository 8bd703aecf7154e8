import { invalidInput, issuesFromZod, LocalDateSchema, parseWithSchema } from "kefu/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("invalidInput", () => {
  it("summarises the first issue and counts the rest", () => {
    const error = invalidInput([
      { path: ["weekly", "mon", 0], code: "invalid_wall_time", message: "bad time" },
      { path: [], code: "custom", message: "other" },
      { path: [], code: "custom", message: "third" },
    ]);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("Invalid input at weekly.mon.0: bad time (and 2 more issues)");
    expect(error.issues).toHaveLength(3);
  });
});

describe("parseWithSchema", () => {
  const schema = z.strictObject({ date: LocalDateSchema, count: z.int() });

  it("returns the parsed value", () => {
    expect(parseWithSchema(schema, { date: "2025-10-01", count: 2 })._unsafeUnwrap()).toEqual({
      date: "2025-10-01",
      count: 2,
    });
  });

  it("maps every zod issue, keeping kefu codes of kefu refinements", () => {
    const error = parseWithSchema(schema, { date: "2025-02-29", count: 1.5, extra: true })._unsafeUnwrapErr();
    expect(error.code).toBe("invalid_input");
    const codes = error.issues.map((issue) => [issue.path.join("."), issue.code]);
    expect(codes).toContainEqual(["date", "invalid_local_date"]);
    expect(codes).toContainEqual(["count", "invalid_type"]);
    expect(codes).toContainEqual(["", "unrecognized_keys"]);
  });

  it("never lets a ZodError escape, even for odd input", () => {
    for (const input of [undefined, null, 42, "x", [], new Map()]) {
      const result = parseWithSchema(schema, input);
      expect(result.isErr()).toBe(true);
      expect(result._unsafeUnwrapErr().issues.length).toBeGreaterThan(0);
    }
  });

  it("turns symbol path keys into strings", () => {
    const [issue] = issuesFromZod([{ code: "custom", path: [Symbol.for("k"), 1], message: "m", input: 1 }]);
    expect(issue.path).toEqual(["Symbol(k)", 1]);
  });
});
