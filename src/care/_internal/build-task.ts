import { PRIORITIES, type Priority } from "../../cases/vocabulary.js";
import { cached } from "../../core/_internal/cached.js";
import { sortShort } from "../../core/_internal/sort-short.js";
import type { Customer } from "../../customers/index.js";
import type { CareRules, CompiledCareRule } from "../care-rules.js";
import type { CareReason, CareTask } from "../plan-types.js";
import type { Candidate } from "./candidate.js";

/** What building tasks needs for one plan. */
export interface TaskContext {
  readonly rules: CareRules;
  readonly format: (dayNumber: number) => string;
  readonly explain: boolean;
  /** Closing steps by channel rule, priority rule and tier, built once per plan. */
  readonly closings: Map<CompiledCareRule, Map<CompiledCareRule, Map<string | undefined, string>>>;
  /** "merged N reasons …" steps by size, then window, built once per plan. */
  readonly mergedLines: Map<number, Map<number, string>>;
}

/** An empty {@link TaskContext} cache for a plan. */
export const createTaskContext = (
  rules: CareRules,
  format: (dayNumber: number) => string,
  explain: boolean,
): TaskContext => ({ rules, format, explain, closings: new Map(), mergedLines: new Map() });

/**
 * A template literal as one flat string. Plain template literals build a tree of string pieces,
 * and an explained plan keeps hundreds of thousands of steps: flat strings are far fewer objects
 * for the garbage collector to trace.
 */
const flat = (parts: TemplateStringsArray, ...values: readonly (string | number)[]): string => {
  const pieces: (string | number)[] = [parts[0] ?? ""];
  for (let i = 0; i < values.length; i += 1) pieces.push(values[i] as string | number, parts[i + 1] ?? "");
  return pieces.join("");
};

const NO_STEPS: readonly string[] = Object.freeze([]);

const offset = (days: number): string =>
  days === 0 ? "the day" : days < 0 ? `${-days} d before` : `${days} d after`;

function priorityOf(rules: CareRules, rule: CompiledCareRule, tier: string | undefined): Priority {
  if (rule.priority !== undefined) return rule.priority;
  const byTier = tier === undefined ? undefined : rules.definition.priorityByTier?.[tier];
  return byTier ?? rules.definition.defaultPriority;
}

function priorityWhy(rules: CareRules, rule: CompiledCareRule, tier: string | undefined): string {
  if (rule.priority !== undefined) return `rule ${rule.id}`;
  const byTier = tier === undefined ? undefined : rules.definition.priorityByTier?.[tier];
  return byTier === undefined ? "the default" : `tier ${tier}`;
}

/** The public reason of a candidate, built once (shared candidates serve many customers). */
function reasonOf(c: Candidate, format: (day: number) => string): CareReason {
  c.reason ??= {
    ruleId: c.rule.id,
    kind: c.rule.kind,
    label: c.anchor.label,
    anchor: format(c.anchor.day),
    opens: format(c.opens),
    due: format(c.due),
    unitId: c.anchor.unitId,
    caseId: c.anchor.caseId,
  };
  return c.reason;
}

/** " → window 7 d before … 2 d before → " of a rule, built once per compiled rule. */
const windowTexts = new WeakMap<CompiledCareRule, string>();

const describeWindow = (rule: CompiledCareRule): string =>
  rule.kind === "key_account_visit"
    ? " → window: the whole period → "
    : ` → window ${offset(rule.resolvedWindow.from)} … ${offset(rule.resolvedWindow.to)} → `;

const windowText = (rule: CompiledCareRule): string => cached(windowTexts, rule, describeWindow);

function stepOf(c: Candidate, format: (day: number) => string): string {
  if (c.step !== undefined) return c.step;
  const moved = c.shiftNote === null ? "" : `; ${c.shiftNote()}`;
  c.step = flat`${c.anchor.label} [rule ${c.rule.id}]: ${c.anchor.why()}${windowText(c.rule)}${format(c.rawOpens)} … ${format(c.rawDue)}${moved}`;
  return c.step;
}

/** A single-reason task's reasons and steps, shared by every customer of one tier. */
function singleReasons(context: TaskContext, c: Candidate): readonly CareReason[] {
  c.reasons ??= [reasonOf(c, context.format)];
  return c.reasons;
}

/**
 * The closing step (channel from `lead`'s rule, priority from `why`), one string per pair of
 * rules and tier for the whole plan.
 */
function closingOf(
  context: TaskContext,
  lead: CompiledCareRule,
  why: CompiledCareRule,
  priority: Priority,
  tier: string | undefined,
): string {
  const byTier = cached(
    cached(context.closings, lead, () => new Map()),
    why,
    () => new Map(),
  );
  return cached(
    byTier,
    tier,
    () =>
      `channel ${lead.resolvedChannel} (rule ${lead.id}); priority ${priority} from ${priorityWhy(context.rules, why, tier)}`,
  );
}

/** The step saying how many reasons were merged into which window, once per plan for each. */
function mergedLine(context: TaskContext, count: number, opens: number, due: number): string {
  const byWindow = cached(context.mergedLines, count, () => new Map());
  // day numbers of 1901–2099 lie within ±2^17: an exact key for the pair
  const key = (opens + 2 ** 17) * 2 ** 18 + (due + 2 ** 17);
  return cached(
    byWindow,
    key,
    () =>
      `merged ${count} reasons into one touchpoint: common window ${context.format(opens)} … ${context.format(due)}`,
  );
}

function singleSteps(
  context: TaskContext,
  c: Candidate,
  priority: Priority,
  tier: string | undefined,
): readonly string[] {
  if (!context.explain) return NO_STEPS;
  const steps = () => [stepOf(c, context.format), closingOf(context, c.rule, c.rule, priority, tier)];
  if (!c.shared) return steps();
  c.stepsByTier ??= new Map();
  return cached(c.stepsByTier, tier, steps);
}

/** `customer:rule:anchor[:unit]`; the part after the customer is built once per candidate. */
function idPart(customerId: string, c: Candidate, format: (day: number) => string): string {
  c.idSuffix ??= `:${c.rule.id}:${format(c.anchor.day)}${c.anchor.unitId === null ? "" : `:${c.anchor.unitId}`}`;
  return customerId + c.idSuffix;
}

const byRuleOrder = (a: Candidate, b: Candidate): number =>
  a.rule.order - b.rule.order || a.anchor.day - b.anchor.day;

/** Builds the public task of one merged group. */
export function buildTask(
  context: TaskContext,
  customer: Customer,
  group: Candidate | readonly Candidate[],
  groupOpens: number,
  groupDue: number,
): CareTask {
  const { rules, format } = context;
  const tier = customer.tier;
  if (!Array.isArray(group)) {
    const single = group as Candidate;
    const priority = priorityOf(rules, single.rule, tier);
    const reasons = singleReasons(context, single);
    const reason = reasons[0] as CareReason; // a single task's window is its reason's
    return {
      id: idPart(customer.id, single, format),
      customerId: customer.id,
      tier: tier ?? null,
      opens: reason.opens,
      due: reason.due,
      channel: single.rule.resolvedChannel,
      priority,
      reasons,
      steps: singleSteps(context, single, priority, tier),
    };
  }
  const members = sortShort([...(group as readonly Candidate[])], byRuleOrder);
  const lead = members[0];
  if (lead === undefined) throw new Error("[kefu] an empty care task group");
  let best = lead;
  let priority = priorityOf(rules, lead.rule, tier);
  for (let i = 1; i < members.length; i += 1) {
    const m = members[i] as Candidate;
    const p = priorityOf(rules, m.rule, tier);
    if (PRIORITIES.indexOf(p) > PRIORITIES.indexOf(priority)) {
      priority = p;
      best = m;
    }
  }
  const opens = format(groupOpens);
  const due = format(groupDue);
  const steps = context.explain
    ? [
        ...members.map((m) => stepOf(m, format)),
        mergedLine(context, members.length, groupOpens, groupDue),
        closingOf(context, lead.rule, best.rule, priority, tier),
      ]
    : NO_STEPS;
  return {
    id: members.map((m) => idPart(customer.id, m, format)).join("+"),
    customerId: customer.id,
    tier: tier ?? null,
    opens,
    due,
    channel: lead.rule.resolvedChannel,
    priority,
    reasons: members.map((m) => reasonOf(m, format)),
    steps,
  };
}
