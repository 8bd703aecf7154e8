import { CASE_EVENT_TYPES, type CaseEventType } from "../../cases/index.js";
import { splitWords } from "./tokenize.js";

/** A step read from its text, before times are resolved and defaults filled. */
export interface RawStep {
  readonly type: CaseEventType;
  readonly fields: Readonly<Record<string, unknown>>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;
const TYPES: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

/** Whether `word` names an event type (`first_feedback`). */
export function isEventType(word: unknown): word is CaseEventType {
  return typeof word === "string" && TYPES.has(word);
}

/** Fields whose text is read as a number, or as a boolean. */
const NUMBERS: ReadonlySet<string> = new Set(["rating", "amount"]);
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, yes: true, false: false, no: false };

function coerce(key: string, value: string): unknown {
  if (NUMBERS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (key === "valid" && value in BOOLEANS) return BOOLEANS[value];
  return value;
}

/**
 * Reads `first feedback at 2025-10-01 09:00 note="called back"`: the event type (words joined by
 * `_`), the time after `at` (a local date and time, an ISO instant, or `+2h` after the previous
 * step), then `key=value` fields. Returns an error message when the text cannot be read.
 */
export function readStep(text: string): RawStep | string {
  const words = splitWords(text);
  if (typeof words === "string") return words;
  const atIndex = words.indexOf("at");
  if (atIndex < 0) return 'a step is "<event> at <time>", e.g. "paused at 2025-10-01 10:00"';
  const type = words.slice(0, atIndex).join("_").toLowerCase();
  if (!isEventType(type)) {
    return type === ""
      ? "a step starts with its event type"
      : `unknown event type "${type}" (one of ${CASE_EVENT_TYPES.join(", ")})`;
  }
  const rest = words.slice(atIndex + 1);
  const [first, second] = rest;
  if (first === undefined || first.includes("=")) return `no time after "at"`;
  const joined = second !== undefined && DATE.test(first) && TIME.test(second);
  const fields: Record<string, unknown> = { at: joined ? `${first} ${second}` : first };
  for (const word of rest.slice(joined ? 2 : 1)) {
    const equals = word.indexOf("=");
    const key = word.slice(0, Math.max(equals, 0));
    if (equals < 1 || !KEY.test(key)) return `"${word}" is not key=value`;
    if (Object.hasOwn(fields, key) || key === "type") return `${key} is given twice`;
    fields[key] = coerce(key, word.slice(equals + 1));
  }
  return { type, fields };
}
