import { match } from "ts-pattern";
import type { CaseEventType } from "../../cases/index.js";
import { parseDuration } from "./duration.js";
import { readInstant } from "./local-time.js";

/** What a script fills in when a step leaves it out. */
export interface StepDefaults {
  readonly caseId: string;
  readonly timeZone: string;
  /** Fields of the `received` event (`kind`, `channel`, `by`, …). */
  readonly received: Readonly<Record<string, unknown>>;
  readonly department: string;
}

/** The running state of a script being completed. */
export interface ScriptCursor {
  /** The previous step's instant (epoch ms), for `+2h` times. */
  previous: number | null;
  /** The last quote issued, for a `quote_approved` without `quoteId`. */
  lastQuote: string | null;
  quotes: number;
}

/** Resolves a step's time: an absolute instant, or `+<duration>` after `base`. */
export function resolveTime(value: unknown, base: number | null, zone: string): number | string {
  if (typeof value === "string" && value.trim().startsWith("+")) {
    if (base === null) return `${value}: a relative time needs an earlier step`;
    const duration = parseDuration(value.trim().slice(1));
    return typeof duration === "string" ? duration : base + duration;
  }
  return readInstant(value, zone);
}

/** The fields a step of `type` needs and did not give, so that scripts stay short. */
function defaultsOf(
  type: CaseEventType,
  at: number,
  defaults: StepDefaults,
  cursor: ScriptCursor,
): Record<string, unknown> {
  return match(type)
    .with("received", () => ({ channel: "phone", by: "agent", ...defaults.received }))
    .with("assigned", "transferred", () => ({
      assignee: defaults.received.by ?? "agent",
      department: defaults.department,
    }))
    .with("paused", "reopened", "cancelled", () => ({ reason: `${type} (script)` }))
    .with("complaint_reviewed", () => ({ valid: true, reason: "reviewed (script)" }))
    .with("service_confirmed", () => ({ content: "service confirmed (script)", scheduledAt: at }))
    .with("quote_issued", () => {
      cursor.quotes += 1;
      return { quoteId: `Q-${cursor.quotes}` };
    })
    .with("quote_approved", () => (cursor.lastQuote === null ? {} : { quoteId: cursor.lastQuote }))
    .with("comment", () => ({ text: "comment (script)" }))
    .otherwise(() => ({}));
}

/**
 * Completes one step into a case event input: its id, case, instant (epoch ms), the fields it
 * needs by default, `scheduledAt` resolved (relative to the event), and `amount` + `currency`
 * made into money. Returns an error message for a time that cannot be read.
 */
export function completeEvent(
  type: CaseEventType,
  given: Readonly<Record<string, unknown>>,
  index: number,
  defaults: StepDefaults,
  cursor: ScriptCursor,
): Record<string, unknown> | string {
  const { at: when, currency, ...fields } = given;
  if (when === undefined) return 'a step needs "at"';
  const at = resolveTime(when, cursor.previous, defaults.timeZone);
  if (typeof at === "string") return at;
  const event: Record<string, unknown> = {
    ...defaultsOf(type, at, defaults, cursor),
    id: `${defaults.caseId}-${index + 1}`,
    caseId: defaults.caseId,
    ...fields,
    type,
    at,
  };
  if (fields.scheduledAt !== undefined) {
    const scheduled = resolveTime(fields.scheduledAt, at, defaults.timeZone);
    if (typeof scheduled === "string") return `scheduledAt: ${scheduled}`;
    event.scheduledAt = scheduled;
  }
  if (type === "quote_issued" && typeof fields.amount === "number")
    event.amount = { amount: fields.amount, currency: currency ?? "CNY" };
  else if (currency !== undefined) event.currency = currency;
  if (type === "quote_issued" && typeof event.quoteId === "string") cursor.lastQuote = event.quoteId;
  cursor.previous = at;
  return event;
}
