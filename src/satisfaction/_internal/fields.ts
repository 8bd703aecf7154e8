import { z } from "zod";
import { SATISFACTION_LIMITS } from "../limits.js";

/** An id: a non-empty string of at most 100 characters, compared exactly. */
export const SatisfactionIdSchema = z.string().min(1).max(SATISFACTION_LIMITS.idLength);

/** Display text: not blank, bounded. */
export const SatisfactionTextSchema = z
  .string()
  .max(SATISFACTION_LIMITS.textLength)
  .regex(/\S/u, { message: "Must not be empty or white space only" });

/** A count: a non-negative safe integer below the documented bound. */
export const CountSchema = z.int().min(0).max(SATISFACTION_LIMITS.count);

/** A confidence level strictly between 0.5 and 0.9999. */
export const ConfidenceSchema = z.number().min(0.5).max(0.9999);

/** A minimum-sample threshold. */
export const MinSampleSchema = z.int().min(1).max(1_000_000);
