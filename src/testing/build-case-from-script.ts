import { err, type Result } from "neverthrow";
import { type CaseError, type CaseState, replay } from "../cases/index.js";
import { splitScript } from "./_internal/tokenize.js";
import type { TestingError } from "./errors.js";
import { parseCaseScript } from "./parse-case-script.js";
import type { CaseScriptOptions } from "./script-options.js";

/** The text of step `step` (1-based) of a script, for messages. */
function stepText(script: unknown, step: number): string {
  const steps = typeof script === "string" ? splitScript(script).map(({ text }) => text) : script;
  const item: unknown = Array.isArray(steps) ? steps[step - 1] : undefined;
  if (typeof item === "string") return item.trim();
  if (typeof item === "object" && item !== null) {
    const { type, at } = item as { type?: unknown; at?: unknown };
    return `${String(type)} at ${String(at)}`;
  }
  return "";
}

/** Maps the case module's refusal of a replayed log back to the script step that caused it. */
export function rejection(script: unknown, error: CaseError): TestingError {
  const first = error.code === "invalid_input" ? error.issues[0].path[0] : error.index;
  const step = typeof first === "number" ? first + 1 : 1;
  const text = stepText(script, step);
  if (error.code === "empty_log") {
    const message = "The script has no steps: a case starts with its received step";
    return { code: "invalid_script", message, step, text };
  }
  if (error.code === "invalid_input") {
    const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
    const shown = issues.map((issue) => `${issue.path.join(".") || "event"}: ${issue.message}`).join("; ");
    return { code: "invalid_script", message: `Step ${step} ("${text}"): ${shown}`, step, text, issues };
  }
  return {
    code: "case_rejected",
    message: `Step ${step} ("${text}") is refused by the case (${error.code}): ${error.message}`,
    step,
    text,
    cause: error,
  };
}

/**
 * Builds a case from a script of events (see `parseCaseScript`) and replays it through the case
 * life cycle of `kefu/cases`, so a scripted case is one a real log could produce.
 *
 * @param script - text steps or step objects, as for `parseCaseScript`.
 * @param options - `{ timeZone, caseId?, defaults? }`.
 * @returns `Ok` with the case, or `Err` with code `invalid_input`, `too_many_steps`,
 *   `invalid_script` (a step that cannot be read, or whose event is malformed, with `issues`),
 *   or `case_rejected` (the life cycle refused a step; the `kefu/cases` error is in `cause`).
 * @example
 * ```ts
 * const complaint = buildCaseFromScript(
 *   "received at 2025-09-30 17:20 kind=complaint channel=hotline\nfirst feedback at 2025-10-01 09:00",
 *   { timeZone: "Asia/Shanghai", caseId: "C-1" },
 * )._unsafeUnwrap();
 * complaint.events.length; // 2
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function buildCaseFromScript(
  script: unknown,
  options: CaseScriptOptions,
): Result<CaseState, TestingError> {
  return parseCaseScript(script, options).andThen((events) =>
    replay(events).orElse((error) => err(rejection(script, error))),
  );
}
