import { err, ok, type Result } from "neverthrow";
import { type InputIssue, invalidInput } from "../../core/errors.js";
import { describeCheck, evaluateCondition, type LeafCheck } from "./_internal/evaluate-condition.js";
import { checkRecords } from "./_internal/records.js";
import type { TieringRecordError } from "./errors.js";
import type { TierRule, TierRules } from "./tier-rules-schema.js";

/**
 * A customer record for rule tiers: an `id` and the declared fields (numbers, strings, booleans,
 * or `null`/missing for unknown). Keys not declared in the rule set are ignored.
 *
 * @category Tiering
 * @since 0.1.0
 */
export type TierRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

/**
 * One rule tried for a customer: whether it matched, and the comparisons evaluated.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierRuleCheck {
  /** The rule's id. */
  readonly ruleId: string;
  /** The tier it gives. */
  readonly tier: string;
  /** Whether it matched. */
  readonly matched: boolean;
  /** The leaf comparisons evaluated (`all`/`any` stop at the first decisive one). */
  readonly checks: readonly LeafCheck[];
}

/**
 * A customer's tier with its explanation.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface TierAssignment {
  /** The customer's id. */
  readonly id: string;
  /** The tier assigned. */
  readonly tier: string;
  /** The rule that matched, or `null` when the rule set's `otherwise` tier applied. */
  readonly ruleId: string | null;
  /**
   * One line of explanation: the matching rule and every comparison evaluated for it, e.g.
   * `rule "big-spender" → Gold: revenue 1200000 ≥ 1000000`.
   */
  readonly reason: string;
  /**
   * Every rule tried, in order, up to and including the one that matched, with the comparisons
   * evaluated — only when asked for with `{ trace: true }` (it costs an object per comparison).
   */
  readonly trace?: readonly TierRuleCheck[];
}

/**
 * Options of {@link assignTiers}.
 *
 * @category Tiering
 * @since 0.1.0
 */
export interface AssignTiersOptions {
  /** Include each assignment's full `trace` (default `false`; the `reason` is always given). */
  readonly trace?: boolean;
}

export type { LeafCheck as TierLeafCheck } from "./_internal/evaluate-condition.js";

function fieldIssues(rules: TierRules, records: readonly TierRecord[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const fields = Object.entries(rules.fields);
  for (let i = 0; i < records.length && issues.length < 100; i++) {
    const record = records[i] as TierRecord;
    for (const [field, type] of fields) {
      const value = Object.hasOwn(record, field) ? record[field] : undefined;
      const bad = value !== undefined && value !== null && typeof value !== type;
      if (bad || (typeof value === "number" && !Number.isFinite(value))) {
        issues.push({ path: [i, field], code: "invalid_type", message: `Expected a ${type} or null` });
      }
    }
  }
  return issues;
}

function reasonFor(rule: TierRule, checks: readonly LeafCheck[]): string {
  const why = checks.map(describeCheck);
  return `rule "${rule.id}" → ${rule.tier}: ${why.length > 0 ? why.join("; ") : "no conditions"}`;
}

function assignOne(rules: TierRules, record: TierRecord, withTrace: boolean): TierAssignment {
  const trace: TierRuleCheck[] | undefined = withTrace ? [] : undefined;
  for (const rule of rules.rules) {
    const checks: LeafCheck[] | null = withTrace ? [] : null;
    const matched = rule.when === undefined || evaluateCondition(rule.when, record, checks);
    if (trace !== undefined && checks !== null)
      trace.push({ ruleId: rule.id, tier: rule.tier, matched, checks });
    if (matched) {
      // Without a trace, the matched rule is evaluated once more, recording its comparisons.
      const used = checks ?? [];
      if (checks === null && rule.when !== undefined) evaluateCondition(rule.when, record, used);
      const assignment = { id: record.id, tier: rule.tier, ruleId: rule.id, reason: reasonFor(rule, used) };
      return trace === undefined ? assignment : { ...assignment, trace };
    }
  }
  const assignment = {
    id: record.id,
    tier: rules.otherwise,
    ruleId: null,
    reason: `no rule matched → ${rules.otherwise} (otherwise)`,
  };
  return trace === undefined ? assignment : { ...assignment, trace };
}

/**
 * Assigns each customer the tier of the first rule that matches it (else the rule set's
 * `otherwise` tier), with the explanation: a `reason` naming the rule and its comparisons, and
 * on request the `trace` of every rule tried.
 *
 * @param rules - a rule set from `parseTierRules`.
 * @param records - {@link TierRecord}s, at most 1,000,000, ids unique; declared fields must hold
 *   values of their declared type, `null`, or be missing.
 * @param options - {@link AssignTiersOptions}: `{ trace: true }` adds each assignment's trace.
 * @returns `Ok` with one {@link TierAssignment} per record in input order, or `Err` with code
 *   `invalid_input` (a record or a field of the wrong type), `too_many_customers` or
 *   `duplicate_customer_id`.
 * @example
 * ```ts
 * const [zhang] = assignTiers(rules, [{ id: "C-1", revenue: 1_200_000, keyAccount: false }])._unsafeUnwrap();
 * zhang.tier;   // "Gold"
 * zhang.reason; // 'rule "big-spender" → Gold: revenue 1200000 ≥ 1000000'
 * ```
 * @category Tiering
 * @since 0.1.0
 */
export function assignTiers(
  rules: TierRules,
  records: unknown,
  options: AssignTiersOptions = {},
): Result<readonly TierAssignment[], TieringRecordError> {
  return checkRecords<TierRecord>(records, []).andThen((rows) => {
    const [first, ...rest] = fieldIssues(rules, rows);
    if (first !== undefined) return err(invalidInput([first, ...rest]));
    const withTrace = options.trace === true;
    return ok(rows.map((row) => assignOne(rules, row, withTrace)));
  });
}
