import { err, ok, type Result } from "neverthrow";
import type { CaseEventInput } from "../cases/index.js";
import { parseWithSchema } from "../core/index.js";
import { completeEvent, type ScriptCursor, type StepDefaults } from "./_internal/complete-event.js";
import { isEventType, readStep } from "./_internal/read-step.js";
import { splitScript } from "./_internal/tokenize.js";
import type { TestingError } from "./errors.js";
import { CASE_SCRIPT_LIMITS, type CaseScriptOptions, CaseScriptOptionsSchema } from "./script-options.js";

/** A step to complete: its number and text, and what was read from it. */
interface PendingStep {
  readonly step: number;
  readonly text: string;
  readonly read: { readonly type: unknown; readonly fields: Readonly<Record<string, unknown>> } | string;
}

function pendingSteps(script: unknown): Result<PendingStep[], TestingError> {
  const tooMany = (what: string) =>
    err<never, TestingError>({
      code: "too_many_steps",
      message: `A case script holds at most ${what}`,
      limit: what.endsWith("characters") ? CASE_SCRIPT_LIMITS.maxChars : CASE_SCRIPT_LIMITS.maxSteps,
    });
  if (typeof script === "string") {
    if (script.length > CASE_SCRIPT_LIMITS.maxChars)
      return tooMany(`${CASE_SCRIPT_LIMITS.maxChars} characters`);
    const lines = splitScript(script);
    if (lines.length > CASE_SCRIPT_LIMITS.maxSteps) return tooMany(`${CASE_SCRIPT_LIMITS.maxSteps} steps`);
    return ok(lines.map(({ step, text }) => ({ step, text, read: readStep(text) })));
  }
  if (!Array.isArray(script)) {
    return err({
      code: "invalid_input",
      message: "Invalid input: a case script is a string or a list of steps",
      issues: [{ path: [], code: "invalid_type", message: "expected a string or an array of steps" }],
    });
  }
  if (script.length > CASE_SCRIPT_LIMITS.maxSteps) return tooMany(`${CASE_SCRIPT_LIMITS.maxSteps} steps`);
  const steps: PendingStep[] = [];
  for (const [index, item] of script.entries()) {
    if (typeof item === "string" && item.length > CASE_SCRIPT_LIMITS.maxChars)
      return tooMany(`${CASE_SCRIPT_LIMITS.maxChars} characters`);
    const step = index + 1;
    if (typeof item === "string") steps.push({ step, text: item.trim(), read: readStep(item.trim()) });
    else if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      const { type, ...fields } = item as Record<string, unknown>;
      steps.push({ step, text: `${String(type)} at ${String(fields.at)}`, read: { type, fields } });
    } else steps.push({ step, text: String(item), read: "a step is a string or an object" });
  }
  return ok(steps);
}

/**
 * Reads a case script into the event log it stands for, filling in ids, the case id and the
 * fields a step leaves out (a pause's reason, a review's verdict, a confirmation's content and
 * time, …). Times are wall times in `options.timeZone` (`2025-10-01 09:00`), ISO instants with an
 * offset, or `+2h30m` after the previous step. The log is not checked against the case life
 * cycle here: `buildCaseFromScript` does that.
 *
 * @param script - text steps such as `"received at 2025-09-30 17:20 kind=complaint"` (one per
 *   line, or separated by `;` or `,`; `#` comments), or a list of text steps and step objects;
 *   at most 1,000 steps and 200,000 characters.
 * @param options - `{ timeZone, caseId?, defaults? }`.
 * @returns `Ok` with the events (instants as epoch ms), or `Err` with code `invalid_input` (the
 *   options or the script's type), `too_many_steps`, or `invalid_script` (with `step` and `text`).
 * @example
 * ```ts
 * const log = parseCaseScript("received at 2025-10-10 16:00 kind=complaint, paused at +1h", {
 *   timeZone: "Asia/Shanghai",
 * })._unsafeUnwrap();
 * log[1]?.type; // "paused", at 17:00 Shanghai time
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function parseCaseScript(
  script: unknown,
  options: CaseScriptOptions,
): Result<readonly CaseEventInput[], TestingError> {
  return parseWithSchema(CaseScriptOptionsSchema, options)
    .mapErr((error): TestingError => error)
    .andThen((parsed) =>
      pendingSteps(script).andThen((steps) => {
        const { department = "customer_service", ...received } = parsed.defaults ?? {};
        const defaults: StepDefaults = {
          caseId: parsed.caseId,
          timeZone: parsed.timeZone,
          received,
          department,
        };
        const cursor: ScriptCursor = { previous: null, lastQuote: null, quotes: 0 };
        const events: CaseEventInput[] = [];
        for (const [index, { step, text, read }] of steps.entries()) {
          const refuse = (reason: string) =>
            err<never, TestingError>({
              code: "invalid_script",
              message: `Step ${step} ("${text}"): ${reason}`,
              step,
              text,
            });
          if (typeof read === "string") return refuse(read);
          if (!isEventType(read.type)) return refuse(`unknown event type "${String(read.type)}"`);
          const event = completeEvent(read.type, read.fields, index, defaults, cursor);
          if (typeof event === "string") return refuse(event);
          events.push(event as unknown as CaseEventInput);
        }
        return ok(events);
      }),
    );
}
