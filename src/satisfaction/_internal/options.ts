import { z } from "zod";
import { DEFAULT_MIN_SAMPLE, DEFAULT_SATISFACTION_CONFIDENCE } from "../limits.js";
import { ConfidenceSchema, MinSampleSchema } from "./fields.js";
import { zFor } from "./normal.js";
import type { MetricSettings } from "./question-metrics.js";

/** The `confidence` and `minSample` options every metric function takes. */
export const MetricOptionFields = {
  confidence: ConfidenceSchema.default(DEFAULT_SATISFACTION_CONFIDENCE),
  minSample: MinSampleSchema.default(DEFAULT_MIN_SAMPLE),
} as const;

/** The settings for validated options. */
export function settingsOf(options: {
  readonly confidence: number;
  readonly minSample: number;
}): MetricSettings {
  return { z: zFor(options.confidence), minSample: options.minSample };
}

/** Whether a parsed object of counts holds no observation. */
export const noObservation = (counts: readonly number[]) => counts.every((count) => count === 0);

/** A schema for a histogram of `length` counts. */
export const histogramSchema = (length: number) =>
  z.array(z.int().min(0).max(1_000_000_000_000)).length(length);
