import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { schemaFromParser } from "./_internal/refine.js";
import type { KefuErrorShape } from "./errors.js";

/**
 * A wall-clock time `HH:MM` (24-hour clock). `"24:00"` is accepted only where an interval ends.
 *
 * @category Time
 * @since 0.1.0
 */
export type WallTime = string;

/**
 * A value that is not a valid `HH:MM` wall-clock time.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface InvalidWallTimeError extends KefuErrorShape<"invalid_wall_time"> {
  readonly input: unknown;
}

const WALL_TIME = /^(\d{2}):(\d{2})$/;

/**
 * Options of {@link parseWallTime}.
 *
 * @category Time
 * @since 0.1.0
 */
export interface WallTimeOptions {
  /** Accept `"24:00"`, the end of the day (default `false`). */
  readonly allowEndOfDay?: boolean;
}

/**
 * Parses `HH:MM` into minutes since midnight.
 *
 * @param input - untrusted data.
 * @param options - whether `"24:00"` is allowed.
 * @returns `Ok` with 0–1439 (or 1440 for `"24:00"`), or `Err` with code `invalid_wall_time`.
 * @example
 * ```ts
 * parseWallTime("09:30"); // Ok(570)
 * parseWallTime("24:00", { allowEndOfDay: true }); // Ok(1440)
 * parseWallTime("9:30").isErr(); // true: two digits each
 * ```
 * @category Time
 * @since 0.1.0
 */
export function parseWallTime(
  input: unknown,
  options: WallTimeOptions = {},
): Result<number, InvalidWallTimeError> {
  const fail = (reason: string) =>
    err<never, InvalidWallTimeError>({
      code: "invalid_wall_time",
      message: `Invalid wall time: ${reason}`,
      input,
    });
  if (typeof input !== "string") return fail("expected a string HH:MM");
  const match = WALL_TIME.exec(input);
  if (match === null) return fail(`"${input.slice(0, 40)}" is not written HH:MM`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (input === "24:00")
    return options.allowEndOfDay === true ? ok(1440) : fail("24:00 is only allowed as an end");
  if (Number(match[1]) > 23 || Number(match[2]) > 59) return fail(`${input} is not a time of day`);
  return ok(minutes);
}

/**
 * zod schema for a wall time `00:00`–`23:59`, output as minutes since midnight.
 *
 * @category Time
 * @since 0.1.0
 */
export const WallTimeSchema = schemaFromParser(
  z.string().meta({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "Wall-clock time HH:MM" }),
  (value) => parseWallTime(value),
);

/**
 * zod schema for the end of an interval, `00:00`–`24:00`, output as minutes since midnight.
 *
 * @category Time
 * @since 0.1.0
 */
export const WallTimeEndSchema = schemaFromParser(
  z.string().meta({
    pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
    description: "Wall-clock end HH:MM or 24:00",
  }),
  (value) => parseWallTime(value, { allowEndOfDay: true }),
);
