import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { dayNumberOf, isRealDate, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "./_internal/days.js";
import { schemaFromParser } from "./_internal/refine.js";
import type { KefuErrorShape } from "./errors.js";

/**
 * What kefu accepts as an instant: a `Date`, integer epoch milliseconds, or an ISO-8601 string
 * **with** `Z` or a UTC offset. A string without an offset is rejected, because its meaning would
 * depend on the host's time zone.
 *
 * @category Time
 * @since 0.1.0
 */
export type InstantInput = Date | number | string;

/**
 * A value that is not an instant kefu can use.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InvalidInstantError extends KefuErrorShape<"invalid_instant"> {
  readonly input: unknown;
}

/**
 * The earliest instant kefu accepts, `0001-01-01T00:00:00.000Z`, in epoch milliseconds.
 *
 * @category Time
 * @since 0.1.0
 */
export const MIN_INSTANT = dayNumberOf({ year: 1, month: 1, day: 1 }) * MS_PER_DAY;

/**
 * The latest instant kefu accepts, `9999-12-31T23:59:59.999Z`, in epoch milliseconds.
 *
 * @category Time
 * @since 0.1.0
 */
export const MAX_INSTANT = dayNumberOf({ year: 10_000, month: 1, day: 1 }) * MS_PER_DAY - 1;

/** RFC 3339 / ISO-8601 extended date-time; the offset is mandatory. */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * Parses an instant into integer epoch milliseconds.
 *
 * Fractional seconds beyond the millisecond are truncated. Offsets up to ±18:00 are accepted.
 *
 * @param input - a `Date`, epoch milliseconds (a safe integer), or an ISO-8601 string with `Z`
 *   or an offset, such as `"2025-10-01T09:00:00+08:00"`.
 * @returns `Ok` with epoch milliseconds, or `Err` with code `invalid_instant` (wrong type, an
 *   Invalid Date, NaN, Infinity, a fraction of a millisecond, a string without an offset, a date
 *   or time that does not exist, or an instant outside years 0001–9999 UTC).
 * @example
 * ```ts
 * parseInstant("2025-10-01T09:00+08:00"); // Ok(1759280400000)
 * parseInstant("2025-10-01T09:00").isErr(); // true: no offset
 * ```
 * @category Time
 * @since 0.1.0
 */
export function parseInstant(input: unknown): Result<number, InvalidInstantError> {
  const fail = (reason: string) =>
    err<never, InvalidInstantError>({
      code: "invalid_instant",
      message: `Invalid instant: ${reason}`,
      input,
    });
  let ms: number;
  if (input instanceof Date) ms = input.getTime();
  else if (typeof input === "number") ms = input;
  else if (typeof input === "string") {
    const parsed = parseIsoInstant(input);
    if (typeof parsed === "string") return fail(parsed);
    ms = parsed;
  } else return fail("expected a Date, epoch milliseconds or an ISO-8601 string with an offset");
  if (!Number.isFinite(ms)) return fail("not a finite time");
  if (!Number.isInteger(ms)) return fail("epoch milliseconds must be an integer");
  if (ms < MIN_INSTANT || ms > MAX_INSTANT) return fail("outside years 0001–9999 UTC");
  return ok(ms);
}

/** Epoch milliseconds of an ISO string, or the reason it is not one. */
function parseIsoInstant(text: string): number | string {
  const match = ISO_INSTANT.exec(text);
  const shown = `"${text.slice(0, 40)}"`;
  if (match === null) {
    return /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text)
      ? `${shown} has no UTC offset; add Z or an offset such as +08:00`
      : `${shown} is not an ISO-8601 instant`;
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(match[6] ?? "0");
  const millisecond = Number((match[7] ?? "").padEnd(3, "0").slice(0, 3));
  if (!isRealDate({ year, month, day })) return `${shown} names a date that does not exist`;
  if (hour > 23 || minute > 59 || second > 59) return `${shown} names a time that does not exist`;
  const offsetHours = Number(match[10] ?? "0");
  const offsetMinutes = Number(match[11] ?? "0");
  if (offsetHours > 18 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60) {
    return `${shown} has an offset beyond ±18:00`;
  }
  const sign = match[9] === "-" ? -1 : 1;
  const offset =
    match[8] === undefined ? sign * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE) : 0;
  const wall =
    dayNumberOf({ year, month, day }) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * 1000;
  return wall + millisecond - offset;
}

/**
 * zod schema for an {@link InstantInput}, output as epoch milliseconds; its issues carry the
 * code `invalid_instant`.
 *
 * @category Time
 * @since 0.1.0
 */
export const InstantSchema = schemaFromParser(
  // Every value goes to parseInstant, so every failure is reported as invalid_instant.
  z.unknown().meta({
    anyOf: [
      { type: "string", format: "date-time", description: "ISO-8601 with Z or a UTC offset" },
      { type: "integer", description: "Epoch milliseconds" },
    ],
  }),
  parseInstant,
);

/**
 * A new `Date` for epoch milliseconds (kefu always returns fresh `Date` objects).
 *
 * @param epochMs - epoch milliseconds.
 * @returns a new `Date`.
 * @example
 * ```ts
 * toDate(0).toISOString(); // "1970-01-01T00:00:00.000Z"
 * ```
 * @category Time
 * @since 0.1.0
 */
export function toDate(epochMs: number): Date {
  return new Date(epochMs);
}
