import { z } from "zod";
import type { SlaState } from "../sla/index.js";

const STATES = ["pending", "running", "paused", "met", "breached", "early", "not_applicable"] as const;
const instant = z
  .union([z.string().max(100), z.number(), z.date()])
  .nullable()
  .optional();
const duration = z
  .union([z.number(), z.string().max(100)])
  .nullable()
  .optional();

/**
 * zod schema of a target expectation (strict, so a misspelt field such as `dueAT` is an error).
 *
 * @category Testing
 * @since 0.1.0
 */
export const SlaTargetExpectationSchema = z.strictObject({
  state: z.enum(STATES).optional(),
  cycle: z.int().min(1).max(10_000).optional(),
  startedAt: instant,
  dueAt: instant,
  windowOpensAt: instant,
  stoppedAt: instant,
  nextChangeAt: instant,
  limitMs: duration,
  elapsedMs: duration,
  remainingMs: duration,
  pausedMs: duration,
  fractionConsumed: z.number().nullable().optional(),
  warningLevel: z.int().min(0).max(1_000).optional(),
  escalationLevel: z.int().min(0).max(1_000).optional(),
  notify: z.array(z.string().max(200)).max(100).optional(),
  attribution: z
    .strictObject({ agent: z.string().max(100), department: z.string().max(100).nullable() })
    .nullable()
    .optional(),
});

/**
 * What a test expects of one target's result; every field is optional and only the fields given
 * are compared. Instants are wall times in the outcome's zone (`"2025-10-02 17:20"`, seconds and
 * milliseconds optional), ISO instants with an offset, `Date`s or epoch ms; durations are
 * milliseconds or text such as `"5h20m"`, `"-15h40m"`, `"1d"`; `null` expects `null`.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface SlaTargetExpectation {
  /** The result's state. */
  readonly state?: SlaState;
  /** Which cycle of a reopened case (needed when the target has results in several). */
  readonly cycle?: number;
  /** When the clock started. */
  readonly startedAt?: Date | number | string | null;
  /** The latest allowed instant (inclusive). */
  readonly dueAt?: Date | number | string | null;
  /** A window's earliest allowed instant. */
  readonly windowOpensAt?: Date | number | string | null;
  /** When the clock stopped. */
  readonly stoppedAt?: Date | number | string | null;
  /** The next instant the result changes with no new event (a breach is `dueAt` + 1 ms). */
  readonly nextChangeAt?: Date | number | string | null;
  /** The limit on the target's clock. */
  readonly limitMs?: number | string | null;
  /** Time consumed on the clock, pauses excluded. */
  readonly elapsedMs?: number | string | null;
  /** Time left on the clock (negative once late). */
  readonly remainingMs?: number | string | null;
  /** Time on the clock spent paused. */
  readonly pausedMs?: number | string | null;
  /** Compared to 1e-9. */
  readonly fractionConsumed?: number | null;
  /** How many warning thresholds have been reached. */
  readonly warningLevel?: number;
  /** The highest escalation level reached (0 for none). */
  readonly escalationLevel?: number;
  /** The roles notified by the escalations reached, in order. */
  readonly notify?: readonly string[];
  /** Who held the case when the target was judged, or null. */
  readonly attribution?: { readonly agent: string; readonly department: string | null } | null;
}

/**
 * One field where a result differs from what a test expected, both sides as readable text.
 *
 * @category Testing
 * @since 0.1.0
 */
export interface SlaFieldMismatch {
  /** The result's field (`state`, `dueAt`, …). */
  readonly field: string;
  /** The expected value, as text (wall times in the outcome's zone). */
  readonly expected: string;
  /** The actual value, as text. */
  readonly actual: string;
}
