import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { schemaFromParser } from "../../core/_internal/refine.js";
import type { KefuErrorShape } from "../../core/errors.js";
import { CUSTOMER_LIMITS } from "../enums.js";
import { VIN_PATTERN } from "./normalize.js";

/** An id: a non-empty string of at most 100 characters, compared exactly. */
export const IdSchema = z.string().min(1).max(CUSTOMER_LIMITS.idLength);

/** Free text that must say something: not empty, not only white space. */
export const TextSchema = z
  .string()
  .max(CUSTOMER_LIMITS.textLength)
  .regex(/\S/u, { message: "Must not be empty or white space only" });

/** A short label (a tier, a tag): not blank, at most 50 characters. */
export const LabelSchema = z
  .string()
  .max(CUSTOMER_LIMITS.tagLength)
  .regex(/\S/u, { message: "Must not be empty or white space only" });

function parseVin(value: string): Result<string, KefuErrorShape<"invalid_vin">> {
  const upper = value.toUpperCase();
  if (VIN_PATTERN.test(upper)) return ok(upper);
  return err({
    code: "invalid_vin",
    message: `"${value.slice(0, 40)}" is not a VIN: 17 letters and digits, without I, O or Q`,
  });
}

/** A vehicle identification number, any case in, upper case out; failures carry `invalid_vin`. */
export const VinSchema = schemaFromParser(
  z.string().meta({
    pattern: "^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$",
    description: "Vehicle identification number (ISO 3779): 17 characters, no I, O or Q; any case",
  }),
  parseVin,
);
