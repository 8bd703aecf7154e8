import { z } from "zod";
import { TIERING_LIMITS } from "../limits.js";

/** A tier, class, segment or rule name: 1–50 characters, not only white space. */
export const TierLabelSchema = z
  .string()
  .max(TIERING_LIMITS.labelLength)
  .regex(/\S/u, { message: "Must not be empty or white space only" });

/** A percentage written as a number, e.g. `80` or `95.5`, exact as the decimal it prints as. */
export const PercentSchema = z.number().min(0).max(100);
