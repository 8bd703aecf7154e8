import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../../core/result.js";
import type { DeepReadonly } from "../../core/types.js";
import { TierLabelSchema } from "./_internal/fields.js";
import type { EntitlementError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";

/**
 * Occasions a tier's greeting plan can cover: birthdays, the customer's anniversaries (e.g. the
 * delivery date), public holidays and festivals, the company's own events, and member events
 * (the owners' club).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const GREETING_OCCASIONS = [
  "birthday",
  "anniversary",
  "holiday",
  "company_event",
  "member_event",
] as const;

/**
 * One of {@link GREETING_OCCASIONS}.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type GreetingOccasion = (typeof GREETING_OCCASIONS)[number];

/**
 * How often a tier is visited: `{ days }`, `{ weeks }` or `{ months }` (a whole number, ≥ 1).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const VisitIntervalSchema = z.union([
  z.strictObject({ days: z.int().min(1).max(366) }),
  z.strictObject({ weeks: z.int().min(1).max(52) }),
  z.strictObject({ months: z.int().min(1).max(24) }),
]);

/**
 * zod schema of one tier's service entitlements, strict; every entry optional.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const TierEntitlementSchema = z.strictObject({
  /** A case priority to give this tier's cases (e.g. `"high"`), for the host's case intake. */
  slaPriority: TierLabelSchema.optional(),
  /** Multiplies SLA limits (`kefu/sla` `tierFactors`): `0.5` halves them. */
  slaFactor: z.number().gt(0).max(10).optional(),
  /** Key-account visits (`kefu/care` visit frequency). */
  visitEvery: VisitIntervalSchema.optional(),
  /** Occasions with a greeting (`kefu/care` greeting rules). */
  greetings: z.array(z.enum(GREETING_OCCASIONS)).max(GREETING_OCCASIONS.length).optional(),
  /** A named account manager (专属客服). */
  dedicatedManager: z.boolean().optional(),
  /** Free text for people, e.g. the tailored service plan. */
  note: z.string().max(500).optional(),
});

/**
 * zod schema of an entitlement table: entitlements per tier name, and optionally a `default` for
 * tiers not listed.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const TierEntitlementsSchema = z.strictObject({
  tiers: z
    .record(TierLabelSchema, TierEntitlementSchema)
    .refine((tiers) => Object.keys(tiers).length <= TIERING_LIMITS.entitlementTiers, {
      message: `At most ${TIERING_LIMITS.entitlementTiers} tiers`,
    }),
  default: TierEntitlementSchema.optional(),
});

/**
 * One tier's service entitlements.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierEntitlement = DeepReadonly<z.output<typeof TierEntitlementSchema>>;

/**
 * A visit frequency: `{ days }`, `{ weeks }` or `{ months }`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type VisitInterval = DeepReadonly<z.output<typeof VisitIntervalSchema>>;

/**
 * A validated entitlement table.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierEntitlements = DeepReadonly<z.output<typeof TierEntitlementsSchema>>;

/**
 * An entitlement table as a host writes it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierEntitlementsInput = DeepReadonly<z.input<typeof TierEntitlementsSchema>>;

/**
 * Validates an entitlement table (tier → service entitlements).
 *
 * @param input - a {@link TierEntitlementsInput}.
 * @returns `Ok` with the table, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * const table = parseTierEntitlements({
 *   tiers: { A: { slaFactor: 0.5, visitEvery: { months: 1 }, greetings: ["birthday", "holiday"] } },
 *   default: { slaFactor: 1 },
 * })._unsafeUnwrap();
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function parseTierEntitlements(input: unknown): Result<TierEntitlements, EntitlementError> {
  return parseWithSchema(TierEntitlementsSchema, input);
}

/**
 * The entitlements of one tier, or the table's `default`.
 *
 * @param table - a table from `parseTierEntitlements`.
 * @param tier - the tier name.
 * @returns `Ok` with the entitlements, or `Err` with code `unknown_tier` (not listed, no default).
 * @example
 * ```ts
 * entitlementsForTier(table, "A")._unsafeUnwrap().visitEvery; // { months: 1 }
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function entitlementsForTier(
  table: TierEntitlements,
  tier: string,
): Result<TierEntitlement, EntitlementError> {
  const own = Object.hasOwn(table.tiers, tier) ? table.tiers[tier] : undefined;
  const found = own ?? table.default;
  if (found !== undefined) return ok(found);
  return err({ code: "unknown_tier", message: `No entitlements for tier "${tier}" and no default` });
}

const collect = <T>(table: TierEntitlements, pick: (e: TierEntitlement) => T | undefined) =>
  Object.fromEntries(
    Object.entries(table.tiers).flatMap(([tier, e]) => {
      const value = pick(e);
      return value === undefined ? [] : [[tier, value] as const];
    }),
  ) as Readonly<Record<string, T>>;

/**
 * The SLA limit multipliers of a table, ready for a `kefu/sla` target's `tierFactors`.
 *
 * @param table - a table from `parseTierEntitlements`.
 * @returns `{ tier: slaFactor }` for every listed tier that has one.
 * @example
 * ```ts
 * slaTierFactors(table); // { A: 0.5 }
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function slaTierFactors(table: TierEntitlements): Readonly<Record<string, number>> {
  return collect(table, (e) => e.slaFactor);
}

/**
 * The visit frequencies of a table, ready for `kefu/care` key-account visit rules.
 *
 * @param table - a table from `parseTierEntitlements`.
 * @returns `{ tier: visitEvery }` for every listed tier that has one.
 * @example
 * ```ts
 * careVisitFrequencies(table); // { A: { months: 1 } }
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function careVisitFrequencies(table: TierEntitlements): Readonly<Record<string, VisitInterval>> {
  return collect(table, (e) => e.visitEvery);
}
