import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { schemaFromParser } from "./_internal/refine.js";
import type { KefuErrorShape } from "./errors.js";

/**
 * An IANA time-zone name such as `"Asia/Shanghai"` or `"UTC"`.
 *
 * @category Time
 * @since 0.1.0
 */
export type TimeZone = string;

/**
 * A value that is not an IANA time-zone name known to the runtime.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InvalidTimeZoneError extends KefuErrorShape<"invalid_time_zone"> {
  readonly input: unknown;
}

/** IANA names: letters first, then letters, digits, `_`, `-`, `+` and `/` (no bare offsets). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** Valid names only, so untrusted input cannot grow it past the runtime's zone list. */
const knownZones = new Set<string>();

/**
 * Checks that `input` is an IANA time-zone name the runtime knows. Valid names are cached.
 * Bare offsets such as `"+08:00"` are rejected: a business calendar needs a zone's rules.
 *
 * @param input - untrusted data.
 * @returns `Ok` with the name as given, or `Err` with code `invalid_time_zone`.
 * @example
 * ```ts
 * parseTimeZone("Asia/Shanghai").isOk(); // true
 * parseTimeZone("Asia/Peking").isErr(); // true
 * ```
 * @category Time
 * @since 0.1.0
 */
export function parseTimeZone(input: unknown): Result<TimeZone, InvalidTimeZoneError> {
  if (typeof input === "string" && isTimeZone(input)) return ok(input);
  const shown = typeof input === "string" ? `"${input.slice(0, 64)}"` : typeof input;
  return err({
    code: "invalid_time_zone",
    message: `Unknown time zone ${shown}: expected an IANA name`,
    input,
  });
}

/**
 * Whether `name` is an IANA time-zone name the runtime knows.
 *
 * @param name - a candidate name.
 * @returns `true` for names such as `"Europe/London"`, `false` otherwise.
 * @example
 * ```ts
 * isTimeZone("Pacific/Chatham"); // true
 * ```
 * @category Time
 * @since 0.1.0
 */
export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  if (!ZONE_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
  } catch {
    return false;
  }
  knownZones.add(name);
  return true;
}

/**
 * zod schema for a {@link TimeZone}; its issues carry the code `invalid_time_zone`.
 *
 * @category Time
 * @since 0.1.0
 */
export const TimeZoneSchema = schemaFromParser(
  z.string().meta({ description: "An IANA time-zone name, e.g. Asia/Shanghai" }),
  parseTimeZone,
);
