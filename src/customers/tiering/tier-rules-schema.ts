import { z } from "zod";
import type { DeepReadonly } from "../../core/types.js";
import { TierLabelSchema } from "./_internal/fields.js";
import { TIERING_LIMITS } from "./limits.js";

/**
 * A value a condition compares with: a number, a string or a boolean.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierScalar = number | string | boolean;

/**
 * A condition of a tier rule, as data. Leaves compare one field of the customer record:
 * `eq`/`ne` (any scalar), `lt`/`lte`/`gt`/`gte` (numbers), `between` (inclusive `min`…`max`),
 * `in`/`notIn` (a list), `exists` (the field is present and not `null`). `all`, `any` and `not`
 * combine conditions. A field that is missing or `null` makes every leaf but `exists` false.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierCondition =
  | { readonly field: string; readonly op: "eq" | "ne"; readonly value: TierScalar }
  | { readonly field: string; readonly op: "lt" | "lte" | "gt" | "gte"; readonly value: number }
  | { readonly field: string; readonly op: "between"; readonly min: number; readonly max: number }
  | { readonly field: string; readonly op: "in" | "notIn"; readonly values: readonly TierScalar[] }
  | { readonly field: string; readonly op: "exists" }
  | { readonly all: readonly TierCondition[] }
  | { readonly any: readonly TierCondition[] }
  | { readonly not: TierCondition };

/**
 * The type a declared field holds: `"number"`, `"string"` or `"boolean"`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierFieldType = "number" | "string" | "boolean";

const FieldNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,49}$/u, {
  message: "A field name is a letter or _ then up to 49 letters, digits or _",
});
const ScalarSchema = z.union([z.number(), z.string().max(200), z.boolean()]);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(TIERING_LIMITS.conditionList);

/**
 * zod schema of a {@link TierCondition} (recursive, strict).
 *
 * @category Tiering
 * @since 0.1.0
 */
export const TierConditionSchema: z.ZodType<TierCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: FieldNameSchema, op: z.enum(["eq", "ne"]), value: ScalarSchema }),
    z.strictObject({ field: FieldNameSchema, op: z.enum(["lt", "lte", "gt", "gte"]), value: z.number() }),
    z
      .strictObject({ field: FieldNameSchema, op: z.literal("between"), min: z.number(), max: z.number() })
      .refine((c) => c.min <= c.max, { message: "between needs min ≤ max", path: ["max"] }),
    z.strictObject({ field: FieldNameSchema, op: z.enum(["in", "notIn"]), values: list(ScalarSchema) }),
    z.strictObject({ field: FieldNameSchema, op: z.literal("exists") }),
    z.strictObject({ all: list(TierConditionSchema) }),
    z.strictObject({ any: list(TierConditionSchema) }),
    z.strictObject({ not: TierConditionSchema }),
  ]),
);

/**
 * zod schema of a tier rule set, strict: the declared `fields` and their types, optionally the
 * tier names (best first), the rules (first match wins; a rule without `when` matches everyone)
 * and the `otherwise` tier for customers no rule matches.
 *
 * @category Tiering
 * @since 0.1.0
 */
export const TierRulesSchema = z.strictObject({
  id: TierLabelSchema,
  fields: z
    .record(FieldNameSchema, z.enum(["number", "string", "boolean"]))
    .refine((fields) => Object.keys(fields).length <= TIERING_LIMITS.tierFields, {
      message: `At most ${TIERING_LIMITS.tierFields} fields`,
    }),
  tiers: z.array(TierLabelSchema).min(1).max(TIERING_LIMITS.tierRules).optional(),
  rules: z
    .array(
      z.strictObject({
        id: TierLabelSchema,
        tier: TierLabelSchema,
        when: TierConditionSchema.optional(),
        note: z.string().max(500).optional(),
      }),
    )
    .max(TIERING_LIMITS.tierRules),
  otherwise: TierLabelSchema,
});

/**
 * A tier rule set as a host writes it.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierRulesInput = DeepReadonly<z.input<typeof TierRulesSchema>>;

/**
 * A validated tier rule set (from `parseTierRules`): every field a condition names is declared with
 * a type that fits the operator, every tier is declared (when `tiers` is given), and no rule is
 * unreachable.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierRules = DeepReadonly<z.output<typeof TierRulesSchema>>;

/**
 * One rule of a {@link TierRules} set: `{ id, tier, when?, note? }`.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierRule = TierRules["rules"][number];
