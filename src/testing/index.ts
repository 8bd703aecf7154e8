/**
 * A policy test kit for host test suites: build a case from a short script of events, evaluate it
 * against an SLA policy at a given time, and check or assert each target's outcome with readable
 * failure messages. Framework-neutral; the vitest matchers are in `kefu/testing/vitest`.
 *
 * @module testing
 */
export { assertNoSlaBreaches, assertSlaTarget } from "./assert-sla.js";
export { buildCaseFromScript } from "./build-case-from-script.js";
export { checkNoSlaBreaches, type SlaBreachCheck } from "./check-no-sla-breaches.js";
export { checkSlaTarget, type SlaTargetCheck } from "./check-sla-target.js";
export type {
  AmbiguousCycleError,
  CaseRejectedError,
  ScriptError,
  TestingError,
  TooManyStepsError,
  UnknownTargetError,
} from "./errors.js";
export {
  evaluateScenario,
  type OutcomeInput,
  type ScenarioOptions,
  type ScenarioOutcome,
} from "./evaluate-scenario.js";
export {
  type SlaFieldMismatch,
  type SlaTargetExpectation,
  SlaTargetExpectationSchema,
} from "./expectation.js";
export { formatScenarioOutcome } from "./format-scenario-outcome.js";
export { parseCaseScript } from "./parse-case-script.js";
export {
  CASE_SCRIPT_LIMITS,
  type CaseScript,
  type CaseScriptDefaults,
  type CaseScriptOptions,
  CaseScriptOptionsSchema,
  type ScriptStep,
} from "./script-options.js";
