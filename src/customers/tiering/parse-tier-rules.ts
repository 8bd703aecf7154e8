import { err, ok, type Result } from "neverthrow";
import type { InputPath } from "../../core/errors.js";
import { parseWithSchema } from "../../core/result.js";
import type { TierRulesError } from "./errors.js";
import { TIERING_LIMITS } from "./limits.js";
import {
  type TierCondition,
  type TierFieldType,
  type TierRules,
  TierRulesSchema,
  type TierScalar,
} from "./tier-rules-schema.js";

type Fields = Readonly<Record<string, TierFieldType>>;
interface Walk {
  nodes: number;
}

const fail = (code: TierRulesError["code"], path: InputPath, message: string) =>
  err<never, TierRulesError>({ code, path, message } as TierRulesError);

function checkLeafType(
  fields: Fields,
  leaf: Extract<TierCondition, { readonly field: string }>,
  path: InputPath,
): Result<void, TierRulesError> {
  const type = fields[leaf.field];
  if (type === undefined || !Object.hasOwn(fields, leaf.field)) {
    return fail("unknown_field", [...path, "field"], `Field "${leaf.field}" is not declared in \`fields\``);
  }
  const numeric = ["lt", "lte", "gt", "gte", "between"].includes(leaf.op);
  if (numeric && type !== "number") {
    return fail(
      "field_type_mismatch",
      [...path, "op"],
      `"${leaf.op}" needs a number field; "${leaf.field}" is a ${type}`,
    );
  }
  const scalars: readonly TierScalar[] = "value" in leaf ? [leaf.value] : "values" in leaf ? leaf.values : [];
  const wrong = scalars.findIndex((value) => typeof value !== type);
  if (wrong >= 0) {
    const where = "values" in leaf ? ["values", wrong] : ["value"];
    return fail(
      "field_type_mismatch",
      [...path, ...where],
      `"${leaf.field}" is a ${type}; ${JSON.stringify(scalars[wrong])} is a ${typeof scalars[wrong]}`,
    );
  }
  return ok(undefined);
}

function checkCondition(
  fields: Fields,
  condition: TierCondition,
  path: InputPath,
  depth: number,
  walk: Walk,
): Result<void, TierRulesError> {
  walk.nodes++;
  if (depth > TIERING_LIMITS.conditionDepth || walk.nodes > TIERING_LIMITS.conditionNodes) {
    return fail(
      "rules_too_complex",
      path,
      `Conditions may nest ${TIERING_LIMITS.conditionDepth} deep and hold ${TIERING_LIMITS.conditionNodes} nodes in all`,
    );
  }
  if ("field" in condition) return checkLeafType(fields, condition, path);
  if ("not" in condition) return checkCondition(fields, condition.not, [...path, "not"], depth + 1, walk);
  const [key, children] = "all" in condition ? ["all", condition.all] : ["any", condition.any];
  for (const [i, child] of children.entries()) {
    const checked = checkCondition(fields, child, [...path, key, i], depth + 1, walk);
    if (checked.isErr()) return checked;
  }
  return ok(undefined);
}

function checkRules(rules: TierRules): Result<TierRules, TierRulesError> {
  const declared = rules.tiers === undefined ? undefined : new Set(rules.tiers);
  if (declared !== undefined && !declared.has(rules.otherwise)) {
    return fail("unknown_tier", ["otherwise"], `Tier "${rules.otherwise}" is not among the declared tiers`);
  }
  const ids = new Set<string>();
  const walk: Walk = { nodes: 0 };
  for (const [i, rule] of rules.rules.entries()) {
    if (ids.has(rule.id))
      return fail("duplicate_rule_id", ["rules", i, "id"], `Rule id "${rule.id}" is used twice`);
    ids.add(rule.id);
    if (declared !== undefined && !declared.has(rule.tier)) {
      return fail(
        "unknown_tier",
        ["rules", i, "tier"],
        `Tier "${rule.tier}" is not among the declared tiers`,
      );
    }
    if (i > 0 && rules.rules[i - 1]?.when === undefined) {
      return fail(
        "unreachable_rule",
        ["rules", i],
        `Rule "${rule.id}" can never match: rule "${rules.rules[i - 1]?.id}" before it has no conditions`,
      );
    }
    if (rule.when !== undefined) {
      const checked = checkCondition(rules.fields, rule.when, ["rules", i, "when"], 1, walk);
      if (checked.isErr()) return err(checked.error);
    }
  }
  return ok(rules);
}

/**
 * Validates a tier rule set: declarative rules (conditions on customer fields and metrics → a
 * tier, first match wins) checked as data before they go live.
 *
 * @param input - a {@link TierRulesInput}.
 * @returns `Ok` with the {@link TierRules}, or `Err` with code `invalid_input` (shape, unknown keys,
 *   `between` with min > max), `duplicate_rule_id`, `unknown_tier`, `unknown_field`,
 *   `field_type_mismatch`, `unreachable_rule` or `rules_too_complex` (each with a `path`).
 * @example
 * ```ts
 * const rules = parseTierRules({
 *   id: "vip-2025",
 *   fields: { revenue: "number", keyAccount: "boolean" },
 *   rules: [
 *     { id: "key-account", tier: "VIP", when: { field: "keyAccount", op: "eq", value: true } },
 *     { id: "big-spender", tier: "Gold", when: { field: "revenue", op: "gte", value: 1_000_000 } },
 *   ],
 *   otherwise: "Standard",
 * });
 * rules.isOk(); // true
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function parseTierRules(input: unknown): Result<TierRules, TierRulesError> {
  return parseWithSchema(TierRulesSchema, input)
    .mapErr((error): TierRulesError => error)
    .andThen(checkRules);
}
