import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { dayNumberOfLocalDate, formatDayNumber } from "../../core/_internal/days.js";
import { type LocalDate, LocalDateSchema } from "../../core/local-date.js";
import { parseWithSchema } from "../../core/result.js";
import type { TierMigrationError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";
import type { MigrationPolicy } from "./migration-policy.js";

const SeriesSchema = z
  .array(z.strictObject({ on: LocalDateSchema, score: z.number() }))
  .max(TIERING_LIMITS.migrationPeriods);

/**
 * One period's score: the date the period was scored (e.g. its last day) and the score.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface PeriodScore {
  /** The period's date, `YYYY-MM-DD`; dates must strictly increase along a series. */
  readonly on: LocalDate;
  /** The score, a finite number. */
  readonly score: number;
}

/**
 * A change of tier caused by one period's score.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierChangeEvent {
  /** The date of the period that caused the change. */
  readonly on: LocalDate;
  /** The date the new tier takes effect (`on` + the policy's `effectiveLagDays`). */
  readonly effectiveOn: LocalDate;
  /** The tier left. */
  readonly from: string;
  /** The tier entered. */
  readonly to: string;
  /** `"up"` to a better tier, `"down"` to a lower one. */
  readonly direction: "up" | "down";
  /** The period's score. */
  readonly score: number;
  /** Why, e.g. `score 85 ≥ Gold entry 80`, `2 periods below Gold exit 70 (68, 65)`. */
  readonly reason: string;
}

/**
 * One period as the tracker saw it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierMigrationStep extends PeriodScore {
  /** The tier after this period. */
  readonly tier: string;
  /** Consecutive periods so far below the current tier's exit threshold (0 after a change). */
  readonly periodsBelowExit: number;
}

/**
 * A span of time in one tier: from the date it took effect (`null`: before the series) until the
 * date the next tier took effect (exclusive; `null`: still in force).
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierSpan {
  /** The tier. */
  readonly tier: string;
  /** First day in force, or `null` for the initial tier. */
  readonly from: LocalDate | null;
  /** First day no longer in force, or `null` while current. */
  readonly until: LocalDate | null;
}

/**
 * The result of tracking a series: each step, the change events, the tier history and the tier
 * in force after the last period.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierMigration {
  /** One step per period, in order. */
  readonly steps: readonly TierMigrationStep[];
  /** The changes, in order. */
  readonly events: readonly TierChangeEvent[];
  /** The tier history; consecutive spans touch. */
  readonly history: readonly TierSpan[];
  /** The tier after the last period. */
  readonly tier: string;
}

/**
 * Options of {@link trackTierMigration}.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TrackMigrationOptions {
  /** The tier in force before the first period (default: the policy's `base`). */
  readonly initialTier?: string;
}

const addDays = (date: LocalDate, days: number) => formatDayNumber(dayNumberOfLocalDate(date) + days);

/**
 * Follows a customer's periodic scores through a tier policy with hysteresis: a tier is entered as
 * soon as a score reaches its entry threshold (jumping several tiers if the score allows), and
 * left only after `exitAfter` consecutive periods below its exit threshold; a score in between
 * (the dead band) never changes the tier and resets the count. On leaving, the customer drops to
 * the best lower tier whose exit threshold the score still meets (the base tier at worst).
 *
 * @param policy - a policy from `parseMigrationPolicy`.
 * @param series - {@link PeriodScore}s with strictly increasing dates, at most 10,000.
 * @param options - {@link TrackMigrationOptions}.
 * @returns `Ok` with the {@link TierMigration}, or `Err` with code `invalid_input` (shape, bad
 *   dates), `periods_out_of_order` (`path` to the date) or `unknown_tier` (the initial tier).
 * @example
 * ```ts
 * const gold = trackTierMigration(policy, [
 *   { on: "2025-01-31", score: 85 }, { on: "2025-02-28", score: 68 }, { on: "2025-03-31", score: 65 },
 * ])._unsafeUnwrap();
 * gold.events.map((e) => `${e.on} ${e.from}→${e.to}`); // ["2025-01-31 Standard→Gold", "2025-03-31 Gold→Silver"]
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function trackTierMigration(
  policy: MigrationPolicy,
  series: unknown,
  options: TrackMigrationOptions = {},
): Result<TierMigration, TierMigrationError> {
  const names = [...policy.tiers.map((t) => t.tier), policy.base];
  const initial = options.initialTier ?? policy.base;
  const start = names.indexOf(initial);
  if (start < 0) {
    return err({
      code: "unknown_tier",
      path: ["initialTier"],
      message: `The policy has no tier "${initial}"`,
    });
  }
  return parseWithSchema(SeriesSchema, series)
    .mapErr((error): TierMigrationError => error)
    .andThen((periods): Result<TierMigration, TierMigrationError> => {
      for (let i = 1; i < periods.length; i++) {
        if ((periods[i] as PeriodScore).on <= (periods[i - 1] as PeriodScore).on) {
          return err({
            code: "periods_out_of_order",
            path: [i, "on"],
            message: `Period ${periods[i]?.on} does not come after ${periods[i - 1]?.on}`,
          });
        }
      }
      return ok(track(policy, names, start, periods));
    });
}

function track(
  policy: MigrationPolicy,
  names: readonly string[],
  start: number,
  periods: readonly PeriodScore[],
): TierMigration {
  const base = policy.tiers.length;
  const exitOf = (j: number) => (j === base ? Number.NEGATIVE_INFINITY : (policy.tiers[j]?.exit as number));
  let current = start;
  let below: number[] = [];
  const steps: TierMigrationStep[] = [];
  const events: TierChangeEvent[] = [];
  const history: TierSpan[] = [{ tier: names[start] as string, from: null, until: null }];
  const change = (period: PeriodScore, to: number, reason: string) => {
    const effectiveOn = addDays(period.on, policy.effectiveLagDays);
    const [from, target] = [names[current] as string, names[to] as string];
    events.push({
      on: period.on,
      effectiveOn,
      from,
      to: target,
      direction: to < current ? "up" : "down",
      score: period.score,
      reason,
    });
    history[history.length - 1] = { ...(history[history.length - 1] as TierSpan), until: effectiveOn };
    history.push({ tier: target, from: effectiveOn, until: null });
    current = to;
    below = [];
  };
  for (const period of periods) {
    const { score } = period;
    const up = policy.tiers.findIndex((tier, j) => j < current && score >= tier.enter);
    const tier = policy.tiers[current];
    if (up >= 0) {
      change(period, up, `score ${score} ≥ ${names[up]} entry ${policy.tiers[up]?.enter}`);
    } else if (tier !== undefined && score < tier.exit) {
      below.push(score);
      if (below.length >= tier.exitAfter) {
        let to = current + 1;
        while (to < base && score < exitOf(to)) to++;
        const count = below.length === 1 ? "1 period" : `${below.length} consecutive periods`;
        change(period, to, `${count} below ${tier.tier} exit ${tier.exit} (${below.join(", ")})`);
      }
    } else {
      below = [];
    }
    steps.push({ ...period, tier: names[current] as string, periodsBelowExit: below.length });
  }
  return { steps, events, history, tier: names[current] as string };
}
