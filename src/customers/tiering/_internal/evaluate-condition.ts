import type { TierCondition, TierScalar } from "../tier-rules-schema.js";

type Leaf = Extract<TierCondition, { readonly field: string }>;

/**
 * One leaf comparison of a tier rule as it was evaluated, for the explanation (exported as
 * `TierLeafCheck`).
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface LeafCheck {
  /** The field compared. */
  readonly field: string;
  /** The operator. */
  readonly op: Leaf["op"];
  /** The rule's value, list (`in`, `notIn`) or `[min, max]` (`between`); `null` for `exists`. */
  readonly expected: TierScalar | readonly TierScalar[] | readonly [number, number] | null;
  /** The customer's value, `null` when missing. */
  readonly actual: TierScalar | null;
  /** Whether the comparison held. */
  readonly holds: boolean;
}

const expectedOf = (leaf: Leaf): LeafCheck["expected"] =>
  "value" in leaf ? leaf.value : "values" in leaf ? leaf.values : "min" in leaf ? [leaf.min, leaf.max] : null;

/**
 * Whether a leaf holds. A plain `switch` rather than ts-pattern: this runs once per leaf per
 * customer (millions of times in a batch), where `match(…)` allocates a matcher per call.
 */
function holds(leaf: Leaf, actual: TierScalar | null): boolean {
  if (leaf.op === "exists") return actual !== null;
  if (actual === null) return false;
  switch (leaf.op) {
    case "eq":
      return actual === leaf.value;
    case "ne":
      return actual !== leaf.value;
    case "in":
      return leaf.values.includes(actual);
    case "notIn":
      return !leaf.values.includes(actual);
    default:
      return typeof actual === "number" && compare(leaf, actual);
  }
}

function compare(
  leaf: Extract<Leaf, { readonly op: "lt" | "lte" | "gt" | "gte" | "between" }>,
  x: number,
): boolean {
  switch (leaf.op) {
    case "lt":
      return x < leaf.value;
    case "lte":
      return x <= leaf.value;
    case "gt":
      return x > leaf.value;
    case "gte":
      return x >= leaf.value;
    case "between":
      return x >= leaf.min && x <= leaf.max;
  }
}

/**
 * Evaluates a condition against a record, short-circuiting `all` and `any` like `&&` and `||`,
 * and pushes every leaf it evaluated onto `checks` (when given; `null` allocates nothing).
 */
export function evaluateCondition(
  condition: TierCondition,
  record: Readonly<Record<string, unknown>>,
  checks: LeafCheck[] | null,
): boolean {
  if ("field" in condition) {
    const raw = Object.hasOwn(record, condition.field) ? record[condition.field] : undefined;
    const actual = raw === undefined || raw === null ? null : (raw as TierScalar);
    const result = holds(condition, actual);
    checks?.push({
      field: condition.field,
      op: condition.op,
      expected: expectedOf(condition),
      actual,
      holds: result,
    });
    return result;
  }
  if ("not" in condition) return !evaluateCondition(condition.not, record, checks);
  if ("all" in condition) return condition.all.every((child) => evaluateCondition(child, record, checks));
  return condition.any.some((child) => evaluateCondition(child, record, checks));
}

const OP_TEXT: Readonly<Record<Leaf["op"], string>> = {
  eq: "=",
  ne: "≠",
  lt: "<",
  lte: "≤",
  gt: ">",
  gte: "≥",
  between: "in",
  in: "in",
  notIn: "not in",
  exists: "exists",
};

const NEGATED: Readonly<Record<Leaf["op"], string>> = {
  eq: "≠",
  ne: "=",
  lt: "≥",
  lte: ">",
  gt: "≤",
  gte: "<",
  between: "not in",
  in: "not in",
  notIn: "in",
  exists: "missing",
};

/** `revenue 1200000 ≥ 1000000`, `city "深圳" not in ["上海"]`, `grade missing`. */
export function describeCheck(check: LeafCheck): string {
  const show = (value: unknown) => JSON.stringify(value);
  if (check.op === "exists") return `${check.field} ${check.actual === null ? "missing" : "exists"}`;
  if (check.actual === null) return `${check.field} missing`;
  const expected =
    check.op === "between" && Array.isArray(check.expected)
      ? `[${check.expected.join(", ")}]`
      : show(check.expected);
  return `${check.field} ${show(check.actual)} ${(check.holds ? OP_TEXT : NEGATED)[check.op]} ${expected}`;
}
