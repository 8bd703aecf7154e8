import { offsetAt } from "../../calendar/_internal/zone-offsets.js";
import { MS_PER_DAY, pad } from "../../core/_internal/days.js";
import { parseInstant } from "../../core/index.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** A wall time without an offset: `YYYY-MM-DD HH:MM[:SS[.mmm]]` (a `T` may replace the space). */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Reads a wall time in `zone` as an instant (epoch ms), or says why it cannot: a wall time
 * skipped by a DST change does not exist, one repeated by it is ambiguous (write an offset).
 */
export function parseLocalTime(text: string, zone: string): number | string {
  const match = LOCAL.exec(text);
  if (match === null) return "not a local time YYYY-MM-DD HH:MM[:SS[.mmm]]";
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((match[7] ?? "").padEnd(3, "0"));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(wall);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCDate() !== day ||
    back.getUTCMonth() !== month - 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return `${text} is not a real date and time`;
  const candidates = new Set<number>();
  for (const probe of [wall - MS_PER_DAY, wall, wall + MS_PER_DAY]) {
    const at = wall - offsetAt(zone, probe);
    if (offsetAt(zone, at) === wall - at) candidates.add(at);
  }
  if (candidates.size === 0) return `${text} does not exist in ${zone} (skipped by a clock change)`;
  if (candidates.size > 1)
    return `${text} is ambiguous in ${zone} (repeated by a clock change): give an offset`;
  return [...candidates][0] as number;
}

/** Reads an instant: a `Date`, epoch ms, an ISO string with an offset, or a wall time in `zone`. */
export function readInstant(input: unknown, zone: string): number | string {
  if (typeof input === "string" && LOCAL.test(input.trim())) return parseLocalTime(input.trim(), zone);
  const parsed = parseInstant(input);
  return parsed.isOk() ? parsed.value : parsed.error.message.replace(/^Invalid instant: /, "");
}

/** An instant as its wall time in `zone`: `Thu 2025-10-02 17:20`, seconds and ms only when set. */
export function formatLocalTime(ms: number, zone: string): string {
  const local = new Date(ms + offsetAt(zone, ms));
  const seconds = local.getUTCSeconds();
  const millis = local.getUTCMilliseconds();
  const tail =
    millis > 0 ? `:${pad(seconds, 2)}.${pad(millis, 3)}` : seconds > 0 ? `:${pad(seconds, 2)}` : "";
  return (
    `${WEEKDAYS[local.getUTCDay()]} ${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1, 2)}-` +
    `${pad(local.getUTCDate(), 2)} ${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}${tail}`
  );
}

/** A nullable instant for messages: its wall time, or `null`. */
export function showInstant(value: Date | number | null, zone: string): string {
  if (value === null) return "null";
  return formatLocalTime(typeof value === "number" ? value : value.getTime(), zone);
}
