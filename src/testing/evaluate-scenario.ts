import { err, ok, type Result } from "neverthrow";
import type { CaseState } from "../cases/index.js";
import { parseWithSchema } from "../core/index.js";
import { evaluateCase, type SlaPolicy, type TargetResult } from "../sla/index.js";
import { resolveTime } from "./_internal/complete-event.js";
import { buildCaseFromScript } from "./build-case-from-script.js";
import type { TestingError } from "./errors.js";
import { type CaseScriptDefaults, CaseScriptOptionsSchema } from "./script-options.js";

/**
 * A case evaluated against a policy at one instant: what the check and assert functions and the
 * vitest matchers read.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface ScenarioOutcome {
  /** Marks the value as an outcome. */
  readonly kind: "ScenarioOutcome";
  /** The policy evaluated. */
  readonly policy: SlaPolicy;
  /** The case, as built from the script (or as passed). */
  readonly case: CaseState;
  /** The instant evaluated. */
  readonly at: Date;
  /** The zone wall times are read and shown in (the policy's, unless the options say otherwise). */
  readonly timeZone: string;
  /** Every result, as `evaluateCase` returns them (with traces). */
  readonly results: readonly TargetResult[];
}

/**
 * What the check and assert functions and the matchers accept: an outcome, or the `Result`
 * `evaluateScenario` returned (an `Err` is then reported as the failure).
 *
 * @category Testing
 * @since 0.1.0
 */
export type OutcomeInput = ScenarioOutcome | Result<ScenarioOutcome, TestingError>;

/**
 * The options of `evaluateScenario`: those of `buildCaseFromScript`, with the zone defaulting to the policy's.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface ScenarioOptions {
  /** The zone of the script's wall times and of messages (default: the policy's `timeZone`). */
  readonly timeZone?: string;
  /** The case's id (default `"CASE-1"`). */
  readonly caseId?: string;
  /** Fields the `received` step takes by default (`kind`, `channel`, `by`, …). */
  readonly defaults?: CaseScriptDefaults;
}

const OptionsSchema = CaseScriptOptionsSchema.partial({ timeZone: true });

const isObject = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A case passed in built: it is trusted, as by `evaluateCase`, once it looks like one. */
function asCase(value: object): Result<CaseState, TestingError> {
  const candidate = value as Partial<CaseState>;
  if (typeof candidate.id === "string" && Array.isArray(candidate.events)) return ok(value as CaseState);
  return err({
    code: "invalid_input",
    message: "Invalid input: a scenario is a case script or a case from replay",
    issues: [{ path: [], code: "invalid_type", message: "expected a script or a CaseState" }],
  });
}

/**
 * Builds a case from a script (or takes a built one) and evaluates it against a policy at `at`.
 *
 * @param policy - a compiled policy from `parsePolicy`.
 * @param scenario - a case script (text or steps, see `parseCaseScript`), or a `CaseState`.
 * @param at - when to evaluate: a wall time `2025-10-02 12:00` in the zone, an ISO instant with an
 *   offset, a `Date`, epoch ms, or `+1h` after the case's last event.
 * @param options - `{ timeZone?, caseId?, defaults? }`.
 * @returns `Ok` with the outcome, or `Err` with any code of `buildCaseFromScript`, or `invalid_instant`,
 *   `out_of_range`, `horizon_exceeded` from the evaluation.
 * @example
 * ```ts
 * const outcome = evaluateScenario(standard, "received at 2025-09-30 17:20 kind=complaint channel=hotline",
 *   "2025-10-01 12:00")._unsafeUnwrap();
 * outcome.results.map((r) => r.state); // ["running", "running"]
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function evaluateScenario(
  policy: SlaPolicy,
  scenario: unknown,
  at: unknown,
  options: ScenarioOptions = {},
): Result<ScenarioOutcome, TestingError> {
  return parseWithSchema(OptionsSchema, options)
    .mapErr((error): TestingError => error)
    .andThen((parsed) => {
      const timeZone = parsed.timeZone ?? policy.timeZone;
      const built = isObject(scenario)
        ? asCase(scenario)
        : buildCaseFromScript(scenario, { ...parsed, timeZone });
      return built.andThen((state) => {
        const now = resolveTime(at, state.lastEventAt, timeZone);
        if (typeof now === "string")
          return err<never, TestingError>({
            code: "invalid_instant",
            message: `Invalid instant: ${now}`,
            input: at,
          });
        return evaluateCase(policy, state, now).map(
          (results): ScenarioOutcome => ({
            kind: "ScenarioOutcome",
            policy,
            case: state,
            at: new Date(now),
            timeZone,
            results,
          }),
        );
      });
    });
}
