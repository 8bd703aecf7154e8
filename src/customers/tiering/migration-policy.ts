import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../../core/result.js";
import type { DeepReadonly } from "../../core/types.js";
import { TierLabelSchema } from "./_internal/fields.js";
import type { TierMigrationError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";

/**
 * zod schema of a tier-migration policy, strict. `tiers` run from the best down; each is entered
 * when a period's score is at least `enter`, and left after `exitAfter` consecutive periods
 * (default 1) with a score below `exit` (`exit ≤ enter`; the gap is the dead band). `base` is the
 * tier below all of them, which needs no score. A change takes effect `effectiveLagDays` (default
 * 0) after the date of the period that caused it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const MigrationPolicySchema = z.strictObject({
  tiers: z
    .array(
      z.strictObject({
        tier: TierLabelSchema,
        enter: z.number(),
        exit: z.number(),
        exitAfter: z.int().min(1).max(TIERING_LIMITS.exitAfter).default(1),
      }),
    )
    .min(1)
    .max(TIERING_LIMITS.migrationTiers),
  base: TierLabelSchema,
  effectiveLagDays: z.int().min(0).max(TIERING_LIMITS.effectiveLagDays).default(0),
});

/**
 * A migration policy as a host writes it, e.g. Gold entered at ≥ 80 and left after two periods
 * below 70: `{ tiers: [{ tier: "Gold", enter: 80, exit: 70, exitAfter: 2 }], base: "Standard" }`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type MigrationPolicyInput = DeepReadonly<z.input<typeof MigrationPolicySchema>>;

/**
 * A validated migration policy: entry thresholds strictly falling from the first tier to the last,
 * each exit threshold at most its entry threshold, tier names unique.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type MigrationPolicy = DeepReadonly<z.output<typeof MigrationPolicySchema>>;

/**
 * Validates a tier-migration (hysteresis) policy.
 *
 * @param input - a {@link MigrationPolicyInput}.
 * @returns `Ok` with the {@link MigrationPolicy}, or `Err` with code `invalid_input`,
 *   `duplicate_tier`, `thresholds_not_descending` or `exit_above_entry` (each with a `path`).
 * @example
 * ```ts
 * const policy = parseMigrationPolicy({
 *   tiers: [{ tier: "Gold", enter: 80, exit: 70, exitAfter: 2 }, { tier: "Silver", enter: 60, exit: 50 }],
 *   base: "Standard",
 * })._unsafeUnwrap();
 * policy.tiers[1].exitAfter; // 1
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function parseMigrationPolicy(input: unknown): Result<MigrationPolicy, TierMigrationError> {
  return parseWithSchema(MigrationPolicySchema, input)
    .mapErr((error): TierMigrationError => error)
    .andThen((policy): Result<MigrationPolicy, TierMigrationError> => {
      const names = [...policy.tiers.map((t) => t.tier), policy.base];
      const duplicate = names.findIndex((name, i) => names.indexOf(name) !== i);
      if (duplicate >= 0) {
        const path = duplicate < policy.tiers.length ? ["tiers", duplicate, "tier"] : ["base"];
        return err({ code: "duplicate_tier", path, message: `Tier "${names[duplicate]}" is named twice` });
      }
      for (const [i, tier] of policy.tiers.entries()) {
        if (tier.exit > tier.enter) {
          return err({
            code: "exit_above_entry",
            path: ["tiers", i, "exit"],
            message: `${tier.tier}: exit threshold ${tier.exit} is above the entry threshold ${tier.enter}`,
          });
        }
        const above = policy.tiers[i - 1];
        if (above !== undefined && tier.enter >= above.enter) {
          return err({
            code: "thresholds_not_descending",
            path: ["tiers", i, "enter"],
            message: `${tier.tier} is entered at ${tier.enter}, not below ${above.tier}'s ${above.enter}`,
          });
        }
      }
      return ok(policy);
    });
}
