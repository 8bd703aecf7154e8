import type { InvalidInputError, Rational } from "kefu/core";
import {
  aggregateSatisfaction,
  analyzeKeyDrivers,
  type CompositeScore,
  computeNps,
  type KeyDriverAnalysis,
  type KeyDriverError,
  type NpsSummary,
  parseSurvey,
  parseSurveyResponses,
  type QuestionMetrics,
  type ResponseBatchError,
  type SatisfactionAggregate,
  type SatisfactionAggregateError,
  type SatisfactionError,
  type SatisfactionMetricError,
  type Survey,
  type SurveyDefinitionError,
  type SurveyInput,
  type SurveyResponse,
  type SurveyResponseBatch,
} from "kefu/satisfaction";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

declare const survey: Survey;
declare const responses: readonly SurveyResponse[];
declare const metrics: QuestionMetrics;
declare const response: SurveyResponse;
declare const question: Survey["questions"][number];

describe("satisfaction types", () => {
  it("parse functions take unknown and return Results with their error unions", () => {
    expectTypeOf(parseSurvey).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseSurvey({})).toEqualTypeOf<Result<Survey, SurveyDefinitionError>>();
    expectTypeOf(parseSurveyResponses(survey, [])).toEqualTypeOf<
      Result<SurveyResponseBatch, ResponseBatchError>
    >();
    expectTypeOf(computeNps({})).toEqualTypeOf<Result<NpsSummary, SatisfactionMetricError>>();
    expectTypeOf(analyzeKeyDrivers({})).toEqualTypeOf<Result<KeyDriverAnalysis, KeyDriverError>>();
    expectTypeOf(aggregateSatisfaction(survey, responses)).toEqualTypeOf<
      Result<SatisfactionAggregate, SatisfactionAggregateError>
    >();
  });

  it("error unions are tagged by code and include invalid_input", () => {
    expectTypeOf<InvalidInputError>().toExtend<SatisfactionError>();
    expectTypeOf<SurveyDefinitionError["code"]>().toEqualTypeOf<
      | "invalid_input"
      | "duplicate_question_id"
      | "duplicate_area_id"
      | "duplicate_option_id"
      | "unknown_area"
      | "unknown_overall_question"
      | "overall_not_numeric"
    >();
  });

  it("question metrics narrow by kind; composites keep an exact rational", () => {
    if (metrics.kind === "nps") expectTypeOf(metrics.nps.value).toEqualTypeOf<number>();
    if (metrics.kind === "likert") expectTypeOf(metrics.points).toEqualTypeOf<5 | 7>();
    expectTypeOf<CompositeScore["exact"]>().toEqualTypeOf<Rational | null>();
  });

  it("survey input accepts `as const` data; validated data is readonly", () => {
    const input = {
      id: "s",
      title: "S",
      questions: [{ id: "q", text: "Q", scale: { kind: "nps" }, area: "sales_service" }],
    } as const;
    expectTypeOf(input).toExtend<SurveyInput>();
    expectTypeOf(response.answers.q).toEqualTypeOf<number | boolean | string | undefined>();
    // @ts-expect-error a validated survey is readonly
    survey.questions.push(question);
    // @ts-expect-error a response's answers are readonly
    response.answers.q = 3;
  });
});
