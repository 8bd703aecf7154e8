import type { z } from "zod";

/** A path into a caller's input: object keys and array indexes, outermost first. */
export type InputPath = readonly (string | number)[];

/**
 * The shape every kefu error shares: a snake_case `code`, a human-readable `message`, and where
 * it applies, the `path` into the input. Modules add details as further readonly fields.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface KefuErrorShape<Code extends string = string> {
  /** Stable, snake_case machine code: branch on this, never on `message`. */
  readonly code: Code;
  /** English explanation for logs and developers; wording may change between versions. */
  readonly message: string;
  /** Where in the input the problem is, when it concerns one place. */
  readonly path?: InputPath;
}

/**
 * One problem found while validating input. `code` is a zod issue code (`invalid_type`,
 * `unrecognized_keys`, `too_big`, …) or a kefu format code (`invalid_instant`,
 * `invalid_local_date`, `invalid_wall_time`, `invalid_time_zone`, …).
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InputIssue {
  readonly path: InputPath;
  readonly code: string;
  readonly message: string;
}

/**
 * Input that does not match a schema: one error listing every issue found.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InvalidInputError extends KefuErrorShape<"invalid_input"> {
  readonly issues: readonly [InputIssue, ...InputIssue[]];
}

/**
 * Builds an {@link InvalidInputError} from one or more issues.
 *
 * @param issues - the problems found; at least one.
 * @returns the error, its message summarising the first issue.
 * @example
 * ```ts
 * const error = invalidInput([{ path: ["timeZone"], code: "invalid_time_zone", message: "unknown zone" }]);
 * error.code; // "invalid_input"
 * ```
 * @category Errors
 * @since 0.1.0
 */
export function invalidInput(issues: readonly [InputIssue, ...InputIssue[]]): InvalidInputError {
  const [first] = issues;
  const where = first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
  return { code: "invalid_input", message: `Invalid input${where}: ${first.message}${more}`, issues };
}

/** The code a kefu refinement stores in a zod custom issue's `params`. */
export interface KefuIssueParams {
  readonly kefuCode: string;
}

/**
 * Maps zod issues to kefu issues. A custom issue raised by a kefu schema keeps its kefu code.
 *
 * @param issues - zod's issues, at least one.
 * @returns the same problems as plain kefu issues.
 * @category Errors
 * @since 0.1.0
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): readonly [InputIssue, ...InputIssue[]] {
  const mapped = issues.map(
    (issue): InputIssue => ({
      path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
      code: kefuCodeOf(issue) ?? issue.code,
      message: issue.message,
    }),
  );
  const [first, ...rest] = mapped;
  if (first === undefined) throw new Error("[kefu] a failed zod parse reported no issue");
  return [first, ...rest];
}

function kefuCodeOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== "custom") return undefined;
  const code: unknown = issue.params?.kefuCode;
  return typeof code === "string" ? code : undefined;
}
