import {
  applyEvent,
  type CaseError,
  type CaseEvent,
  type CaseEventInput,
  type CaseState,
  caseLabel,
  replay,
} from "kefu/cases";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

describe("cases types", () => {
  it("applyEvent and replay take unknown input and return typed Results", () => {
    expectTypeOf(replay).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(applyEvent).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(replay([])).toEqualTypeOf<Result<CaseState, CaseError>>();
  });

  it("parsed events have epoch-ms instants; inputs accept Dates and strings", () => {
    expectTypeOf<Extract<CaseEvent, { type: "received" }>["at"]>().toEqualTypeOf<number>();
    expectTypeOf<{
      type: "comment";
      id: string;
      caseId: string;
      at: Date;
      text: string;
    }>().toExtend<CaseEventInput>();
    expectTypeOf<CaseState["status"]>().toEqualTypeOf<
      "received" | "in_progress" | "resolved" | "closed" | "cancelled"
    >();
  });

  it("labels accept only known values", () => {
    // @ts-expect-error not a channel
    caseLabel("channel", "pigeon");
    expectTypeOf(caseLabel("kind", "repair")).toEqualTypeOf<string>();
  });
});
