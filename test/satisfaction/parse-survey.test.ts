import {
  parseSurvey,
  SATISFACTION_AREAS,
  SATISFACTION_LIMITS,
  satisfactionJsonSchema,
} from "kefu/satisfaction";
import { describe, expect, it } from "vitest";
import { followUpCallInput, survey, surveyInput } from "./_fixtures";

const failure = (input: unknown) => parseSurvey(input)._unsafeUnwrapErr();
const question = { id: "q", text: "Q", scale: { kind: "likert", points: 5 }, area: "sales_service" } as const;
const base = { id: "s", title: "S", questions: [question] } as const;

describe("parseSurvey", () => {
  it("fills in defaults: type survey, the standard areas, weight 1, not required, in the index", () => {
    const parsed = parseSurvey(base)._unsafeUnwrap();
    expect(parsed.type).toBe("survey");
    expect(parsed.areas.map((area) => area.id)).toEqual(SATISFACTION_AREAS.map((area) => area.id));
    expect(parsed.questions[0]).toMatchObject({ weight: 1, required: false, inIndex: true });
    expect(survey.questions.find((q) => q.id === "walls")?.weight).toBe(2);
  });

  it("accepts own areas, follow-up-call surveys, scored choices as the overall question", () => {
    const parsed = parseSurvey({ ...followUpCallInput, overall: "verdict" });
    expect(parsed.isOk()).toBe(true);
  });

  it("invalid_input: unknown keys, bad scales, empty questions, bounds", () => {
    const issues = (input: unknown) => {
      const error = failure(input);
      return error.code === "invalid_input" ? error.issues.map((i) => [i.path.join("."), i.code]) : [];
    };
    expect(issues({ ...base, colour: "red" })).toContainEqual(["", "unrecognized_keys"]);
    expect(issues({ ...base, questions: [] })).toContainEqual(["questions", "too_small"]);
    expect(
      issues({ ...base, questions: [{ ...question, scale: { kind: "likert", points: 6 } }] })[0]?.[0],
    ).toBe("questions.0.scale.points");
    expect(issues({ ...base, questions: [{ ...question, scale: { kind: "stars" } }] })[0]?.[0]).toBe(
      "questions.0.scale.kind",
    );
    expect(issues({ ...base, questions: [{ ...question, weight: 0 }] })).toContainEqual([
      "questions.0.weight",
      "too_small",
    ]);
    const many = Array.from({ length: SATISFACTION_LIMITS.questions + 1 }, (_, i) => ({
      ...question,
      id: `q${i}`,
    }));
    expect(issues({ ...base, questions: many })).toContainEqual(["questions", "too_big"]);
  });

  it("duplicate_area_id, duplicate_question_id, duplicate_option_id — each with its path", () => {
    const area = { id: "a", label: "A" };
    expect(failure({ ...base, areas: [area, area], questions: [{ ...question, area: "a" }] })).toMatchObject({
      code: "duplicate_area_id",
      path: ["areas", 1, "id"],
    });
    expect(failure({ ...base, questions: [question, question] })).toMatchObject({
      code: "duplicate_question_id",
      path: ["questions", 1, "id"],
    });
    const option = { id: "x", label: "X" };
    expect(
      failure({
        ...base,
        questions: [{ ...question, scale: { kind: "choice", options: [option, option] } }],
      }),
    ).toMatchObject({ code: "duplicate_option_id", path: ["questions", 0, "scale", "options", 1, "id"] });
  });

  it("unknown_area: a question's area is not declared", () => {
    expect(failure({ ...base, questions: [{ ...question, area: "marketing" }] })).toMatchObject({
      code: "unknown_area",
      path: ["questions", 0, "area"],
    });
  });

  it("unknown_overall_question and overall_not_numeric", () => {
    expect(failure({ ...base, overall: "nope" })).toMatchObject({
      code: "unknown_overall_question",
      path: ["overall"],
    });
    const choice = {
      ...question,
      id: "c",
      scale: {
        kind: "choice",
        options: [
          { id: "a", label: "A", score: 1 },
          { id: "b", label: "B" },
        ],
      },
    };
    expect(failure({ ...base, questions: [choice], overall: "c" }).code).toBe("overall_not_numeric");
  });

  it("exports JSON Schemas whose required keys match the zod schemas", () => {
    const { Survey, SurveyResponse } = satisfactionJsonSchema();
    expect(Survey.required).toEqual(["id", "title", "questions"]);
    expect(SurveyResponse.required).toEqual(["id", "at", "answers"]);
    expect(surveyInput.questions.length).toBe(5);
  });
});
