import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import { erlangB, nextErlangB, type QueueFigures, queueFigures } from "./_internal/erlang.js";
import type { ContactCentreError } from "./errors.js";

/** The most agents an Erlang C call considers. */
const MAX_AGENTS = 100_000;

const load = {
  /** Contacts arriving per interval. */
  arrivals: z.number().gt(0).max(1e9),
  /** The interval length in seconds (default 1,800: half an hour). */
  intervalSeconds: z.number().gt(0).max(31_622_400).default(1_800),
  /** Average handle time in seconds. */
  ahtSeconds: z.number().gt(0).max(86_400),
  /** The service-level answer-time target t in seconds. */
  targetSeconds: z.number().min(0).max(86_400),
};

const ErlangSchema = z
  .strictObject({ ...load, agents: z.int().min(1).max(MAX_AGENTS) })
  .refine(
    (i) => (i.arrivals * i.ahtSeconds) / i.intervalSeconds <= MAX_AGENTS,
    "Traffic above 100,000 erlangs",
  );

const StaffingSchema = z
  .strictObject({
    ...load,
    /** Target share answered within `targetSeconds`, e.g. 0.8. */
    serviceLevel: z.number().gt(0).lt(1),
    /** Highest occupancy allowed (default 1: no limit), e.g. 0.85. */
    maxOccupancy: z.number().gt(0).max(1).default(1),
    /** Share of paid time agents are not available (breaks, training), 0 ≤ s < 1 (default 0). */
    shrinkage: z.number().min(0).lt(1).default(0),
  })
  .refine(
    (i) => (i.arrivals * i.ahtSeconds) / i.intervalSeconds <= MAX_AGENTS,
    "Traffic above 100,000 erlangs",
  );

/**
 * Erlang C figures for one interval: the offered traffic, the probability a contact waits, the
 * service level, the average speed of answer and the occupancy. With no more agents than erlangs
 * the queue grows without bound: `stable` is false, waiting is certain and `asaSeconds` is `null`.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface ErlangCResult extends QueueFigures {
  /** Offered traffic A = arrivals × AHT / interval, in erlangs. */
  readonly trafficErlangs: number;
  /** The agent count the figures are for. */
  readonly agents: number;
}

/**
 * Staffing for a service-level target.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface StaffingResult extends ErlangCResult {
  /** Agents that must be scheduled so `agents` are available: ⌈agents / (1 − shrinkage)⌉. */
  readonly scheduled: number;
}

/**
 * Erlang C: the probability of waiting, service level and ASA for N agents (M/M/N queue,
 * infinite patience), computed with the numerically stable Erlang B recursion.
 *
 * @param input - `{ arrivals, intervalSeconds = 1800, ahtSeconds, targetSeconds, agents }`
 *   (1–100,000 agents, at most 100,000 erlangs).
 * @returns `Ok` with the {@link ErlangCResult}, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * erlangC({ arrivals: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20, agents: 14 })
 *   ._unsafeUnwrap().serviceLevel; // ≈ 0.8884
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function erlangC(input: unknown): Result<ErlangCResult, ContactCentreError> {
  return parseWithSchema(ErlangSchema, input).map((i) => {
    const traffic = (i.arrivals * i.ahtSeconds) / i.intervalSeconds;
    const figures = queueFigures(
      erlangB(traffic, i.agents),
      traffic,
      i.agents,
      i.ahtSeconds,
      i.targetSeconds,
    );
    return { trafficErlangs: traffic, agents: i.agents, ...figures };
  });
}

/**
 * The fewest agents that reach a service-level target without exceeding a maximum occupancy, and
 * how many to schedule once shrinkage is allowed for.
 *
 * @param input - `{ arrivals, intervalSeconds = 1800, ahtSeconds, targetSeconds, serviceLevel,
 *   maxOccupancy = 1, shrinkage = 0 }`.
 * @returns `Ok` with the {@link StaffingResult}, or `Err` with code `invalid_input` or
 *   `staffing_out_of_range` (no count up to 100,000 agents meets the target).
 * @example
 * ```ts
 * agentsForServiceLevel({
 *   arrivals: 100, ahtSeconds: 180, targetSeconds: 20, serviceLevel: 0.8, shrinkage: 0.3,
 * })._unsafeUnwrap(); // agents 14 (SL ≈ 0.888; 13 give ≈ 0.796), scheduled 20
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function agentsForServiceLevel(input: unknown): Result<StaffingResult, ContactCentreError> {
  return parseWithSchema(StaffingSchema, input).andThen((i): Result<StaffingResult, ContactCentreError> => {
    const traffic = (i.arrivals * i.ahtSeconds) / i.intervalSeconds;
    let b = 1;
    for (let n = 1; n <= MAX_AGENTS; n += 1) {
      b = nextErlangB(b, traffic, n);
      if (n <= traffic || traffic / n > i.maxOccupancy) continue;
      const figures = queueFigures(b, traffic, n, i.ahtSeconds, i.targetSeconds);
      if (figures.serviceLevel >= i.serviceLevel) {
        // 12 significant digits first, so 14 / 0.7 is 20, not 20.000000000000004 → 21.
        const scheduled = Math.ceil(Number((n / (1 - i.shrinkage)).toPrecision(12)));
        return ok({ trafficErlangs: traffic, agents: n, scheduled, ...figures });
      }
    }
    return err<never, ContactCentreError>({
      code: "staffing_out_of_range",
      message: `No agent count up to ${MAX_AGENTS} reaches the target`,
    });
  });
}
