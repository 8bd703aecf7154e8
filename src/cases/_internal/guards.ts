import { err, ok, type Result } from "neverthrow";
import type { CaseRuleCode, CaseRuleError } from "../errors.js";
import type { CaseCore } from "../state.js";
import type { CaseKind } from "../vocabulary.js";

/** A refusal without the event details, which the caller adds. */
export type Refusal = Pick<CaseRuleError, "code" | "message">;
export type Check = Result<void, Refusal>;

export const pass: Check = ok(undefined);
export const refuse = (code: CaseRuleCode, message: string): Result<never, Refusal> => err({ code, message });

/** Received or in progress: the need is still being handled. */
export const isOpen = (state: CaseCore) => state.status === "received" || state.status === "in_progress";

/** The case must still be open (a resolved case is reopened first). */
export function requireOpen(state: CaseCore): Check {
  return state.status === "resolved"
    ? refuse("case_resolved", "The case is resolved: reopen it first")
    : pass;
}

export function requireKind(state: CaseCore, kinds: readonly CaseKind[], what: string): Check {
  return kinds.includes(state.kind)
    ? pass
    : refuse("not_applicable_to_kind", `${what} does not apply to a ${state.kind} case`);
}

/** A paid repair: the only kind that has quotes. */
export function requirePaidRepair(state: CaseCore, what: string): Check {
  return state.kind === "repair" && state.subtype === "paid"
    ? pass
    : refuse("not_applicable_to_kind", `${what} applies to paid repairs only`);
}

/** A complaint must be reviewed and found valid before it is handled. */
export function requireValidReview(state: CaseCore): Check {
  if (state.kind !== "complaint") return pass;
  if (state.review === null)
    return refuse("complaint_not_reviewed", "A complaint is reviewed before it is handled");
  if (!state.review.valid) {
    return refuse(
      "complaint_invalid",
      `The complaint was found invalid (${state.review.reason}): close it with its reason`,
    );
  }
  return pass;
}
