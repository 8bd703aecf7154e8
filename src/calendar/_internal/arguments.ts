import { err, ok, type Result } from "neverthrow";
import { MS_PER_HOUR, MS_PER_MINUTE } from "../../core/_internal/days.js";
import { parseInstant } from "../../core/instant.js";
import type { CalendarError } from "../errors.js";
import { isInRange, MAX_DURATION_MS } from "./range.js";

/**
 * A length of time: any of hours, minutes and milliseconds, added together
 * (`{ hours: 4 }`, `{ hours: 1, minutes: 30 }`, `{ ms: 90_000 }`).
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface Duration {
  readonly hours?: number;
  readonly minutes?: number;
  readonly ms?: number;
}

const UNIT_MS: Readonly<Record<string, number>> = { hours: MS_PER_HOUR, minutes: MS_PER_MINUTE, ms: 1 };

/** An instant argument in the calendar's range, as epoch ms. */
export function instantArgument(input: unknown): Result<number, CalendarError> {
  const parsed = parseInstant(input);
  if (parsed.isErr()) return parsed;
  return isInRange(parsed.value) ? parsed : outOfRange(parsed.value);
}

export function outOfRange(ms: number): Result<never, CalendarError> {
  const shown = Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms);
  return err({
    code: "out_of_range",
    message: `${shown} is outside 1970-01-01 – 2199-12-31 UTC, the calendar's range`,
  });
}

/** A duration argument, as whole milliseconds. */
export function durationArgument(input: unknown): Result<number, CalendarError> {
  const fail = (message: string) => err<never, CalendarError>({ code: "invalid_duration", message });
  if (typeof input !== "object" || input === null)
    return fail("A duration is an object such as { hours: 4 }");
  let total = 0;
  let parts = 0;
  for (const key in input) {
    const unit = UNIT_MS[key];
    const value: unknown = (input as Record<string, unknown>)[key];
    if (unit === undefined)
      return fail(`Unknown duration unit "${key.slice(0, 20)}": use hours, minutes or ms`);
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) return fail(`${key} must be a finite number`);
    if (value < 0)
      return err({ code: "negative_duration", message: `A duration cannot be negative (${key}: ${value})` });
    total += value * unit;
    parts += 1;
  }
  if (parts === 0) return fail("A duration needs hours, minutes or ms");
  if (total > MAX_DURATION_MS) return fail("A duration cannot be longer than the 10-year search horizon");
  return ok(Math.round(total));
}
