import { parseSurveyResponses, SATISFACTION_LIMITS } from "kefu/satisfaction";
import { describe, expect, it } from "vitest";
import { answer, survey } from "./_fixtures";

const parse = (inputs: unknown) => parseSurveyResponses(survey, inputs)._unsafeUnwrap();
const reasonsOf = (input: unknown) =>
  parse([input]).rejected[0]?.reasons.map((reason) => [reason.code, reason.path?.join(".")]) ?? [];

describe("parseSurveyResponses", () => {
  it("accepts valid responses, drops null answers, defaults the optional fields", () => {
    const batch = parse([
      answer(
        "R1",
        8,
        { walls: 4, plumbing: null, explained: true, ltr: 9 },
        { agent: "li", channel: "phone" },
      ),
    ]);
    expect(batch.rejected).toEqual([]);
    const [response] = batch.accepted;
    expect(response?.answers).toEqual({ walls: 4, explained: true, ltr: 9 });
    expect(response?.at.toISOString()).toBe("2025-10-08T02:00:00.000Z");
    expect(response).toMatchObject({
      agent: "li",
      channel: "phone",
      customerId: null,
      impression: null,
      reasons: [],
    });
  });

  it("keeps the valid responses and lists every rejected one with all its reasons", () => {
    const batch = parse([
      answer("R1", 8, { walls: 4, ltr: 9 }),
      answer("R2", 8, { walls: 6, colour: 3 }),
      answer("R3", 8, { walls: 5, ltr: 10 }),
    ]);
    expect(batch.accepted.map((r) => r.id)).toEqual(["R1", "R3"]);
    expect(batch.rejected).toHaveLength(1);
    expect(batch.rejected[0]).toMatchObject({ index: 1, id: "R2" });
    expect(batch.rejected[0]?.reasons.map((r) => r.code)).toEqual([
      "value_out_of_scale",
      "unknown_question",
      "missing_required_answer",
    ]);
  });

  it("invalid_response: the shape, with the zod issues (bad instant, unknown key, not an object)", () => {
    const [reason] =
      parse([{ id: "R1", at: "2025-10-08T10:00", answers: { ltr: 9 } }]).rejected[0]?.reasons ?? [];
    expect(reason?.code).toBe("invalid_response");
    expect(reason?.code === "invalid_response" ? reason.issues[0]?.code : "").toBe("invalid_instant");
    expect(reasonsOf({ ...answer("R1", 8, { ltr: 9 }), mood: "happy" })).toEqual([
      ["invalid_response", undefined],
    ]);
    expect(parse([42]).rejected[0]).toMatchObject({ index: 0, id: null });
    expect(reasonsOf(answer("R1", 8, { ltr: Number.NaN }))[0]?.[0]).toBe("invalid_response");
  });

  it("value_out_of_scale: off the scale, fractional, wrong type, unknown option", () => {
    expect(reasonsOf(answer("R", 8, { walls: 0, ltr: 9 }))).toEqual([
      ["value_out_of_scale", "answers.walls"],
    ]);
    expect(reasonsOf(answer("R", 8, { outlets: 8, ltr: 9 }))).toEqual([
      ["value_out_of_scale", "answers.outlets"],
    ]);
    expect(reasonsOf(answer("R", 8, { ltr: 9.5 }))).toContainEqual(["value_out_of_scale", "answers.ltr"]);
    expect(reasonsOf(answer("R", 8, { explained: "yes", ltr: 9 }))).toEqual([
      ["value_out_of_scale", "answers.explained"],
    ]);
    expect(reasonsOf(answer("R", 8, { ltr: 11 }))).toEqual([["value_out_of_scale", "answers.ltr"]]);
  });

  it("unknown_question", () => {
    expect(reasonsOf(answer("R", 8, { ltr: 9, colour: 1 }))).toEqual([
      ["unknown_question", "answers.colour"],
    ]);
  });

  it("missing_required_answer: absent or null", () => {
    expect(reasonsOf(answer("R", 8, { walls: 3 }))).toEqual([["missing_required_answer", "answers.ltr"]]);
    expect(reasonsOf(answer("R", 8, { ltr: null }))).toEqual([["missing_required_answer", "answers.ltr"]]);
  });

  it("duplicate_response_id: the later one is rejected, even when the first was rejected too", () => {
    const batch = parse([answer("R", 8, { ltr: 9 }), answer("R", 9, { ltr: 10 })]);
    expect(batch.accepted.map((r) => r.at.getUTCDate())).toEqual([8]);
    expect(batch.rejected[0]?.reasons[0]).toMatchObject({ code: "duplicate_response_id", path: ["id"] });
    const afterBad = parse([answer("X", 8, { ltr: 99 }), answer("X", 9, { ltr: 10 })]);
    expect(afterBad.accepted).toEqual([]);
    expect(afterBad.rejected[1]?.reasons[0]?.code).toBe("duplicate_response_id");
  });

  it("unknown_area: a cited reason the survey does not declare", () => {
    expect(reasonsOf(answer("R", 8, { ltr: 3 }, { impression: "worsened", reasons: ["weather"] }))).toEqual([
      ["unknown_area", "reasons.0"],
    ]);
  });

  it("invalid_input: not an array; too_many_responses over the bound", () => {
    expect(parseSurveyResponses(survey, { id: "R" })._unsafeUnwrapErr().code).toBe("invalid_input");
    const tooMany = { length: SATISFACTION_LIMITS.responses + 1 };
    const huge = new Proxy([], {
      get: (target, key) => (key === "length" ? tooMany.length : Reflect.get(target, key)),
    });
    expect(parseSurveyResponses(survey, huge)._unsafeUnwrapErr().code).toBe("too_many_responses");
  });
});
