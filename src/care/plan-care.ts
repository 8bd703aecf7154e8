import type { Result } from "neverthrow";
import { cached } from "../core/_internal/cached.js";
import { compareIds } from "../core/_internal/compare.js";
import { parseWithSchema } from "../core/result.js";
import type { Customer } from "../customers/index.js";
import { type AnchorScope, addAnchors, type LocalDue, type LocalEvent } from "./_internal/anchors.js";
import { inAudience } from "./_internal/audience.js";
import { buildTask, createTaskContext } from "./_internal/build-task.js";
import { type Anchor, type Candidate, candidateOf } from "./_internal/candidate.js";
import { checkPlanInputs, type PlanInputs } from "./_internal/check-plan.js";
import { makeDayFormatter } from "./_internal/day-math.js";
import { holidayAnchorsOf } from "./_internal/holiday-anchors.js";
import { mergeCandidates } from "./_internal/merge.js";
import { makeShifter, type Shifter } from "./_internal/working-shift.js";
import type { CareRules, CompiledCareRule } from "./care-rules.js";
import type { CarePlanError } from "./errors.js";
import { type CarePlan, type CareRange, type CareTask, PlanArgumentsSchema } from "./plan-types.js";
import { CARE_LIMITS } from "./vocabulary.js";

/**
 * Plans the proactive touchpoints owed to customers over a range of local dates: every task whose
 * window overlaps the range, one customer's overlapping windows merged into one touchpoint,
 * optionally moved onto a business calendar's working dates, each explained step by step.
 *
 * @param rules - compiled rules from `parseCareRules`.
 * @param customers - validated customer files (from `parseCustomer` or `indexCustomers`), at most 1,000,000.
 * @param range - `{ from, to }` local dates, inclusive, at most 1,100 days, within 1901–2099.
 * @param options - optional {@link CarePlanOptions}: `events`, `dueDates`, `calendar`, `explain`.
 * @returns `Ok` with the {@link CarePlan}, or `Err` with code `invalid_input`, `range_reversed`,
 *   `range_too_long`, `year_out_of_range` (with a calendar: within 1971–2099), `too_many_customers`,
 *   `duplicate_customer_id`, `unknown_customer` or `unknown_unit`.
 * @example
 * ```ts
 * const plan = planCare(rules, [customer], { from: "2025-10-01", to: "2025-10-31" })._unsafeUnwrap();
 * plan.tasks[0]; // { customerId: "C-1", opens: "2025-10-01", due: "2025-10-01", reasons: [National Day …], … }
 * ```
 * @category Care
 * @since 0.1.0
 */
export function planCare(
  rules: CareRules,
  customers: readonly Customer[],
  range: CareRange,
  options?: unknown,
): Result<CarePlan, CarePlanError> {
  return parseWithSchema(PlanArgumentsSchema, { range, options: options ?? undefined })
    .mapErr((error): CarePlanError => error)
    .andThen((args) => checkPlanInputs(rules, customers, args))
    .map((inputs) => ({
      timeZone: rules.definition.timeZone,
      range: { from: inputs.range.from, to: inputs.range.to },
      tasks: planTasks(rules, customers, inputs),
    }));
}

function planTasks(
  rules: CareRules,
  customers: readonly Customer[],
  inputs: PlanInputs,
): readonly CareTask[] {
  const { from, to, fromYear, toYear } = inputs;
  const holidayAnchors = holidayAnchorsOf(rules.rules, fromYear - 1, toYear + 1, rules.definition.leapDay);
  const place = placer(makeShifter(inputs.calendar), from, to);
  const context = createTaskContext(rules, makeDayFormatter(), inputs.explain);
  // Holiday and visit candidates depend on the rule (and the tier) only: placed once, shared.
  const shared = new Map<CompiledCareRule, Map<string | undefined, readonly Candidate[]>>();
  const noEvents: readonly LocalEvent[] = [];
  const noDues: readonly LocalDue[] = [];
  // Tasks bucketed by (due, opens); within a bucket, customers come in input order.
  const buckets = new Map<number, Bucket>();
  const scope: AnchorScope = {
    fromYear: fromYear - 1,
    toYear: toYear + 1,
    first: from, // set per rule below
    last: to,
    leapDay: rules.definition.leapDay,
    holidayAnchors,
    events: noEvents,
    dueDates: noDues,
  };
  // One array for every rule's anchors, emptied per rule, and candidates go straight into the
  // customer's list: an array per rule and customer was a fifth of a plan's garbage.
  const anchors: Anchor[] = [];
  for (const customer of customers) {
    // One scope object reused for every customer and rule: this loop runs 100,000s of times.
    scope.events = inputs.events.get(customer.id) ?? noEvents;
    scope.dueDates = inputs.dueDates.get(customer.id) ?? noDues;
    const candidates: Candidate[] = [];
    for (const rule of rules.rules) {
      if (!inAudience(rule, customer)) continue;
      // an anchor can only place a window reaching the range within these bounds
      scope.first = from - rule.resolvedWindow.to - SLACK;
      scope.last = to - rule.resolvedWindow.from + SLACK;
      // holiday candidates are shared by everyone, a visit rule's by each tier
      const byTier =
        rule.kind === "holiday" || rule.kind === "key_account_visit"
          ? cached(shared, rule, () => new Map())
          : undefined;
      const key = rule.kind === "holiday" ? undefined : customer.tier;
      const placed = byTier?.get(key);
      if (placed !== undefined) {
        for (const candidate of placed) candidates.push(candidate);
        continue;
      }
      const first = candidates.length;
      anchors.length = 0;
      addAnchors(anchors, rule, customer, scope);
      for (const anchor of anchors) {
        const candidate = place(rule, anchor, byTier !== undefined);
        if (candidate !== undefined) candidates.push(candidate);
      }
      byTier?.set(key, candidates.slice(first));
    }
    if (candidates.length === 0) continue;
    mergeCandidates(candidates, rules.definition.merge, (group, opens, due) => {
      const key = due * SPAN - (due - opens); // due ascending, then opens ascending
      const task = buildTask(context, customer, group, opens, due);
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, { tasks: [task], last: customer, runs: false });
      else {
        if (bucket.last === customer) bucket.runs = true;
        bucket.last = customer;
        bucket.tasks.push(task);
      }
    });
  }
  const tasks: CareTask[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets.get(key) as Bucket;
    if (bucket.runs) sortRunsById(bucket.tasks);
    for (const task of bucket.tasks) tasks.push(task);
  }
  return tasks;
}

/**
 * The tasks of one window, customers in input order; `runs` when one customer has two or more
 * (adjacent, as customers come one by one), which are then ordered by id.
 */
interface Bucket {
  readonly tasks: CareTask[];
  last: Customer;
  runs: boolean;
}

/** How far outside the range a window may lie and still be moved into it onto a working date. */
const SLACK = CARE_LIMITS.workingDateSearch + 1;

/** Larger than any window's width in days (ranges ≤ 1,100 days, windows ≤ 361, moves ≤ 60). */
const SPAN = 8_192;

/** One customer's tasks with one window are adjacent in a bucket: order each such run by id. */
function sortRunsById(bucket: CareTask[]): void {
  for (let start = 0; start < bucket.length; ) {
    let end = start + 1;
    while (end < bucket.length && bucket[end]?.customerId === bucket[start]?.customerId) end += 1;
    if (end - start > 1) {
      const run = bucket.slice(start, end).sort((a, b) => compareIds(a.id, b.id));
      bucket.splice(start, run.length, ...run);
    }
    start = end;
  }
}

/** Places an anchor's window, moves it onto working dates and keeps it if it overlaps the range. */
function placer(shift: Shifter, from: number, to: number) {
  return (rule: CompiledCareRule, anchor: Anchor, shared: boolean): Candidate | undefined => {
    const rawOpens = anchor.periodEnd === undefined ? anchor.day + rule.resolvedWindow.from : anchor.day;
    const rawDue = anchor.periodEnd ?? anchor.day + rule.resolvedWindow.to;
    if (rawDue < from - SLACK || rawOpens > to + SLACK) return undefined;
    const moved = shift(rawOpens, rawDue, rule.shift);
    if (moved.due < from || moved.opens > to) return undefined;
    return candidateOf(rule, anchor, rawOpens, rawDue, moved, shared);
  };
}
