import { err, ok, type Result } from "neverthrow";
import { match } from "ts-pattern";
import { parseWithSchema } from "../core/result.js";
import type { CareRulesError } from "./errors.js";
import { type CareRule, type CareRulesDefinition, CareRulesSchema } from "./rules-schema.js";
import type { CareChannel } from "./vocabulary.js";

/**
 * A window of local dates relative to an anchor date: it opens `from` days and is due `to` days
 * after the anchor (negative = before). `{ from: -7, to: -2 }` is "2–7 days before".
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareWindow {
  /** Offset in days of the first date of the window. */
  readonly from: number;
  /** Offset in days of the last date (the due date); never below `from`. */
  readonly to: number;
}

/**
 * A rule with its defaults resolved: window, channel, and the direction a window without any
 * working date moves in (`earlier` for greetings and reminders, which must not come after their
 * date; `later` for follow-ups and visits, which must not come too soon).
 *
 * @category Care
 * @since 0.1.0
 */
export type CompiledCareRule = CareRule & {
  /** The window in effect (a visit's is its period, so `{ from: 0, to: 0 }` is a placeholder). */
  readonly resolvedWindow: CareWindow;
  /** The channel in effect. */
  readonly resolvedChannel: CareChannel;
  /** Where a window with no working date moves. */
  readonly shift: "earlier" | "later";
  /** The rule's place in the definition (earlier rules win the channel of a merged task). */
  readonly order: number;
};

/**
 * Compiled care rules: an immutable value built by `parseCareRules`, safe to share across calls.
 *
 * @category Care
 * @since 0.1.0
 */
export interface CareRules {
  readonly kind: "CareRules";
  /** The validated definition, defaults filled in. */
  readonly definition: CareRulesDefinition;
  /** The rules in definition order, defaults resolved. */
  readonly rules: readonly CompiledCareRule[];
}

const FOLLOW_UP_WINDOWS = {
  installation: { from: 2, to: 3 },
  delivery: { from: 7, to: 10 },
  repair: { from: 3, to: 5 },
} as const;

interface RuleDefaults {
  readonly window: CareWindow;
  readonly channel: CareChannel;
}

function defaults(rule: CareRule): RuleDefaults {
  return match<CareRule, RuleDefaults>(rule)
    .with({ kind: "birthday" }, () => ({ window: { from: -7, to: -2 }, channel: "wechat" }))
    .with({ kind: "anniversary" }, () => ({ window: { from: -7, to: -2 }, channel: "wechat" }))
    .with({ kind: "holiday" }, () => ({ window: { from: 0, to: 0 }, channel: "sms" }))
    .with({ kind: "reminder" }, () => ({ window: { from: -7, to: -7 }, channel: "phone" }))
    .with({ kind: "follow_up" }, (r) => ({ window: FOLLOW_UP_WINDOWS[r.after], channel: "phone" }))
    .with({ kind: "key_account_visit" }, () => ({ window: { from: 0, to: 0 }, channel: "visit" }))
    .exhaustive();
}

function shiftOf(rule: CareRule): "earlier" | "later" {
  return rule.kind === "follow_up" || rule.kind === "key_account_visit" ? "later" : "earlier";
}

/**
 * Validates and compiles care rules from untrusted data (JSON from a settings page or a file).
 *
 * @param input - a {@link CareRulesInput}-shaped value.
 * @returns `Ok` with the compiled {@link CareRules}, or `Err` with code `invalid_input` (shape),
 *   `duplicate_rule_id` (`path` to the second id) or `empty_window` (`from` after `to`; `path` to
 *   the window).
 * @example
 * ```ts
 * const rules = parseCareRules({
 *   timeZone: "Asia/Shanghai",
 *   rules: [{ id: "birthday", kind: "birthday" }],
 * })._unsafeUnwrap();
 * rules.rules[0]?.resolvedWindow; // { from: -7, to: -2 }: 2–7 days before the birthday
 * ```
 * @category Care
 * @since 0.1.0
 */
export function parseCareRules(input: unknown): Result<CareRules, CareRulesError> {
  return parseWithSchema(CareRulesSchema, input)
    .mapErr((error): CareRulesError => error)
    .andThen(compile);
}

function compile(definition: CareRulesDefinition): Result<CareRules, CareRulesError> {
  const ids = new Set<string>();
  const rules: CompiledCareRule[] = [];
  for (const [order, rule] of definition.rules.entries()) {
    if (ids.has(rule.id)) {
      return err({
        code: "duplicate_rule_id",
        path: ["rules", order, "id"],
        message: `Rule id "${rule.id}" is used twice`,
      });
    }
    ids.add(rule.id);
    const window = "window" in rule ? rule.window : undefined;
    if (window !== undefined && window.from > window.to) {
      return err({
        code: "empty_window",
        path: ["rules", order, "window"],
        message: `Rule "${rule.id}": the window opens ${window.from} days from its date but is due at ${window.to}`,
      });
    }
    const fallback = defaults(rule);
    rules.push(
      Object.freeze({
        ...rule,
        resolvedWindow: Object.freeze({ ...(window ?? fallback.window) }),
        resolvedChannel: rule.channel ?? fallback.channel,
        shift: shiftOf(rule),
        order,
      }),
    );
  }
  return ok(Object.freeze({ kind: "CareRules", definition, rules: Object.freeze(rules) }));
}
