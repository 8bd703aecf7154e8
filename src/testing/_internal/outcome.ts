import { err, ok, type Result } from "neverthrow";
import type { TestingError } from "../errors.js";
import type { ScenarioOutcome } from "../evaluate-scenario.js";

function isResult(value: object): value is Result<unknown, unknown> {
  const candidate = value as { isOk?: unknown; isErr?: unknown };
  return typeof candidate.isOk === "function" && typeof candidate.isErr === "function";
}

/** Reads an outcome out of what a test passed: an outcome, or an `Ok`/`Err` of one. */
export function readOutcome(input: unknown): Result<ScenarioOutcome, TestingError> {
  const value = typeof input === "object" && input !== null && isResult(input) ? input : ok(input);
  if (value.isErr()) return err(value.error as TestingError);
  const outcome = value.value as Partial<ScenarioOutcome> | null;
  if (typeof outcome === "object" && outcome !== null && outcome.kind === "ScenarioOutcome")
    return ok(outcome as ScenarioOutcome);
  return err({
    code: "invalid_input",
    message: "Invalid input: expected an outcome of evaluateScenario (or its Result)",
    issues: [{ path: [], code: "invalid_type", message: "expected an outcome of evaluateScenario" }],
  });
}
