/**
 * vitest matchers for SLA scenarios: `toHaveSlaTarget`, `toMeetSlaTarget`, `toBreachSlaTarget` and
 * `toHaveNoSlaBreaches`, read from an outcome of `evaluateScenario` (or its `Result`). Register
 * them once with `expect.extend(slaMatchers)`; importing this module also adds their types to
 * vitest's `expect`.
 *
 * @module testing/vitest
 */
import type { MatcherState } from "vitest";
import { checkNoSlaBreaches } from "../check-no-sla-breaches.js";
import { checkSlaTarget } from "../check-sla-target.js";
import type { SlaTargetExpectation } from "../expectation.js";

/**
 * The SLA matchers' signatures, as added to vitest's `Assertion` and asymmetric matchers.
 *
 * @typeParam R - what a matcher returns (vitest's own type).
 * @category Testing
 * @since 0.1.0
 */
export interface SlaMatchers<R = unknown> {
  /**
   * The target has a result for the scenario's case matching the expectation (all fields given);
   * with no expectation, that it applies at all. `.not` with no expectation: it does not apply.
   *
   * @param targetId - one of the policy's target ids (an unknown id always fails).
   * @param expectation - the fields expected.
   */
  toHaveSlaTarget(targetId: string, expectation?: SlaTargetExpectation): R;
  /**
   * The target is `met` (and matches the other fields given).
   *
   * @param targetId - one of the policy's target ids.
   * @param expectation - further fields expected.
   */
  toMeetSlaTarget(targetId: string, expectation?: Omit<SlaTargetExpectation, "state">): R;
  /**
   * The target is `breached` (and matches the other fields given).
   *
   * @param targetId - one of the policy's target ids.
   * @param expectation - further fields expected.
   */
  toBreachSlaTarget(targetId: string, expectation?: Omit<SlaTargetExpectation, "state">): R;
  /** No target of the scenario is breached or early. */
  toHaveNoSlaBreaches(): R;
}

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration to merge with it
  interface Assertion<T = any> extends SlaMatchers<T> {}
  interface AsymmetricMatchersContaining extends SlaMatchers {}
}

/**
 * What a matcher returns to vitest: whether it passed, and the failure account.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface SlaMatcherVerdict {
  /** Whether the matcher passed (before `.not`). */
  readonly pass: boolean;
  /** The account of `checkSlaTarget` or `checkNoSlaBreaches` (prefixed for a negated matcher). */
  readonly message: () => string;
}

/**
 * A target matcher as vitest calls it: the received outcome, then the matcher's arguments.
 *
 * @category Testing
 * @since 0.1.0
 */
export type SlaTargetMatcherFunction = (
  this: MatcherState,
  received: unknown,
  targetId: string,
  expectation?: SlaTargetExpectation,
) => SlaMatcherVerdict;

/**
 * The matcher functions in `slaMatchers`, as vitest calls them (`this` is vitest's matcher state).
 *
 * @category Testing
 * @since 0.1.0
 */
export type SlaMatcherFunctions = {
  /** Implements `toHaveSlaTarget`. */
  readonly toHaveSlaTarget: SlaTargetMatcherFunction;
  /** Implements `toMeetSlaTarget`. */
  readonly toMeetSlaTarget: SlaTargetMatcherFunction;
  /** Implements `toBreachSlaTarget`. */
  readonly toBreachSlaTarget: SlaTargetMatcherFunction;
  /** Implements `toHaveNoSlaBreaches`. */
  readonly toHaveNoSlaBreaches: (this: MatcherState, received: unknown) => SlaMatcherVerdict;
};

/** A check's verdict as vitest wants it; a check that cannot be made (a typo, an error) throws. */
function verdict(
  state: MatcherState,
  checked: ReturnType<typeof checkSlaTarget> | ReturnType<typeof checkNoSlaBreaches>,
  negated: string,
): SlaMatcherVerdict {
  if (checked.isErr()) throw Object.assign(new Error(checked.error.message), { name: "SlaAssertionError" });
  const { pass, message } = checked.value;
  return { pass, message: () => (state.isNot ? `${negated}\n${message}` : message) };
}

function targetMatcher(state?: "met" | "breached"): SlaTargetMatcherFunction {
  return function (this: MatcherState, received, targetId, expectation = {}) {
    const expected = state === undefined ? expectation : { ...expectation, state };
    const checked = checkSlaTarget(received as never, targetId, expected);
    return verdict(this, checked, `Expected SLA target "${targetId}" not to match, but it does.`);
  };
}

/**
 * The matcher implementations, for `expect.extend(slaMatchers)` (in a test file or a setup file).
 *
 * @example
 * ```ts
 * import { slaMatchers } from "kefu/testing/vitest";
 * import { expect } from "vitest";
 * expect.extend(slaMatchers);
 * expect(outcome).toBreachSlaTarget("complaint-plan", { dueAt: "2025-10-02 17:20" });
 * ```
 * @category Testing
 * @since 0.1.0
 */
export const slaMatchers: SlaMatcherFunctions = {
  toHaveSlaTarget: targetMatcher(),
  toMeetSlaTarget: targetMatcher("met"),
  toBreachSlaTarget: targetMatcher("breached"),
  toHaveNoSlaBreaches(this: MatcherState, received: unknown): SlaMatcherVerdict {
    return verdict(
      this,
      checkNoSlaBreaches(received as never),
      "Expected some SLA target to be breached or early.",
    );
  },
};
