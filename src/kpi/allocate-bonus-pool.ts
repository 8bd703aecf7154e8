import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { allocateMoney } from "../core/money/allocate.js";
import { type Money, MoneySchema } from "../core/money/money.js";
import { multiplyRational, type Rational, ZERO } from "../core/rational.js";
import { parseWithSchema } from "../core/result.js";
import { cmp, exactNumber, q } from "./_internal/exact.js";
import type { BonusPoolError } from "./errors.js";

const PoolSchema = z.strictObject({
  pool: MoneySchema.refine((m) => m.amount >= 0, "A bonus pool cannot be negative"),
  members: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        score: exactNumber({ min: 0, max: 1_000 }),
        weight: exactNumber({ min: 0, max: 1_000_000_000 }).optional(),
      }),
    )
    .min(1)
    .max(100_000)
    .refine(
      (members) => new Set(members.map((m) => m.id)).size === members.length,
      "Member ids must be unique",
    ),
  minScore: exactNumber({ min: 0, max: 1_000 }).optional(),
});

/**
 * One member's share of a bonus pool.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface BonusShare {
  /** The member. */
  readonly id: string;
  /** score × weight, or 0 below `minScore`: the member's ratio in the split. */
  readonly basis: Rational;
  /** The money allocated. */
  readonly amount: Money;
}

/**
 * Splits a team bonus pool among members in proportion to score × weight (weight defaults to 1;
 * use it for base pay or days worked) by largest remainder, so the shares add up to the pool
 * exactly. Members below `minScore` get nothing.
 *
 * @param input - `{ pool, members: [{ id, score, weight? }], minScore? }`; 1 to 100,000 members
 *   with unique ids.
 * @returns `Ok` with one {@link BonusShare} per member in input order, or `Err` with code
 *   `invalid_input` or `zero_pool_shares` (nobody has a positive basis).
 * @example
 * ```ts
 * allocateBonusPool({
 *   pool: { amount: 100000, currency: "CNY" },
 *   members: [{ id: "li", score: 90 }, { id: "wang", score: 80 }, { id: "zhao", score: 70 }],
 * })._unsafeUnwrap().map((s) => s.amount.amount); // [37500, 33333, 29167]
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function allocateBonusPool(input: unknown): Result<BonusShare[], BonusPoolError> {
  return parseWithSchema(PoolSchema, input)
    .mapErr((error): BonusPoolError => error)
    .andThen(({ pool, members, minScore }) => {
      const bases = members.map((m) =>
        minScore !== undefined && cmp(m.score, minScore) < 0
          ? ZERO
          : multiplyRational(m.score, m.weight ?? q(1)),
      );
      if (bases.every((b) => b.num === 0n)) {
        return err<never, BonusPoolError>({
          code: "zero_pool_shares",
          path: ["members"],
          message: "No member has a positive share of the pool",
        });
      }
      const amounts = allocateMoney(pool, bases)._unsafeUnwrap();
      return ok(
        members.map((m, i) => ({
          id: m.id,
          basis: bases[i] ?? ZERO,
          amount: amounts[i] ?? { ...pool, amount: 0 },
        })),
      );
    });
}
