import {
  civilDateOfLocalDate,
  dayNumberOf,
  dayNumberOfLocalDate,
  daysInMonth,
  formatDayNumber,
} from "../../core/_internal/days.js";
import type { Customer, Unit } from "../../customers/index.js";
import type { CompiledCareRule } from "../care-rules.js";
import type { Anchor } from "./candidate.js";
import { addMonthsClamped, annualDay, type LeapDayRule, monthsBetween } from "./day-math.js";

/** A follow-up event with its local date. */
export interface LocalEvent {
  readonly type: string;
  readonly day: number;
  readonly unitId: string | null;
  readonly caseId: string | null;
}

/** A reminder's due date given by the host. */
export interface LocalDue {
  readonly subject: string;
  readonly day: number;
  readonly unitId: string | null;
}

/** What anchor generation needs besides the rule and the customer. */
export interface AnchorScope {
  readonly fromYear: number;
  readonly toYear: number;
  /** Anchors outside [first, last] cannot place a window that reaches the range (set per rule). */
  first: number;
  last: number;
  readonly leapDay: LeapDayRule;
  readonly holidayAnchors: ReadonlyMap<string, readonly Anchor[]>;
  events: readonly LocalEvent[];
  dueDates: readonly LocalDue[];
}

const FOLLOW_UP_LABELS = {
  installation: "Follow-up after installation 安装回访",
  delivery: "Follow-up after delivery 交付回访",
  repair: "Follow-up after repair 维修回访",
} as const;

/** Adds the yearly anchors of a date (years after the date's own year). */
function yearly(
  anchors: Anchor[],
  date: string,
  scope: AnchorScope,
  label: string,
  what: string,
  unitId: string | null,
): void {
  const { year, month, day } = civilDateOfLocalDate(date);
  for (let y = Math.max(scope.fromYear, year + 1); y <= scope.toYear; y += 1) {
    const found = annualDay(y, month, day, scope.leapDay);
    if (found.day < scope.first || found.day > scope.last) continue;
    const why = () => {
      const leap = found.adjusted
        ? `; 29 February observed on ${formatDayNumber(found.day)} (leapDay ${scope.leapDay})`
        : "";
      return `${what} ${date}, year ${y - year}${leap}`;
    };
    anchors.push({ day: found.day, label, why, unitId, caseId: null });
  }
}

const startOf = (unit: Unit): string | undefined =>
  unit.type === "product" ? unit.installedOn : unit.deliveredOn;

const unitAllowed = (types: readonly string[] | undefined, unit: Unit | undefined): boolean =>
  types === undefined || (unit !== undefined && types.includes(unit.type));

function reminders(
  anchors: Anchor[],
  rule: Extract<CompiledCareRule, { kind: "reminder" }>,
  customer: Customer,
  scope: AnchorScope,
): void {
  const label = rule.label ?? `Reminder: ${rule.subject}`;
  for (const due of scope.dueDates) {
    if (due.subject !== rule.subject) continue;
    const unit = due.unitId === null ? undefined : customer.units.find((u) => u.id === due.unitId);
    if (!unitAllowed(rule.unitTypes, unit)) continue;
    anchors.push({
      day: due.day,
      label,
      why: () => `${rule.subject} due ${formatDayNumber(due.day)}`,
      unitId: due.unitId,
      caseId: null,
    });
  }
  const every = rule.every?.months;
  if (every === undefined) return;
  for (const unit of customer.units) {
    const start = startOf(unit);
    if (start === undefined || !unitAllowed(rule.unitTypes, unit)) continue;
    const origin = dayNumberOfLocalDate(start);
    let k = Math.max(1, Math.floor(monthsBetween(origin, scope.first) / every) - 1);
    for (
      let day = addMonthsClamped(origin, k * every);
      day <= scope.last;
      k += 1, day = addMonthsClamped(origin, k * every)
    ) {
      if (day < scope.first) continue;
      const n = k;
      anchors.push({
        day,
        label,
        why: () => `${rule.subject} due every ${every} months from ${start} (due ${n})`,
        unitId: unit.id,
        caseId: null,
      });
    }
  }
}

function followUps(
  anchors: Anchor[],
  rule: Extract<CompiledCareRule, { kind: "follow_up" }>,
  customer: Customer,
  scope: AnchorScope,
): void {
  const label = rule.label ?? FOLLOW_UP_LABELS[rule.after];
  const known = anchors.length; // anchors before this rule's are not its duplicates
  const add = (day: number, unitId: string | null, caseId: string | null, why: () => string) => {
    if (day < scope.first || day > scope.last) return;
    for (let i = known; i < anchors.length; i += 1) {
      const a = anchors[i] as Anchor;
      if (a.day === day && a.unitId === unitId) return; // recorded twice
    }
    anchors.push({ day, label, why, unitId, caseId });
  };
  if (rule.after !== "repair") {
    for (const unit of customer.units) {
      const start = startOf(unit);
      const own = rule.after === "installation" ? unit.type === "product" : unit.type !== "product";
      if (start === undefined || !own || !unitAllowed(rule.unitTypes, unit)) continue;
      add(dayNumberOfLocalDate(start), unit.id, null, () => `${rule.after} of unit ${unit.id} on ${start}`);
    }
  }
  for (const event of scope.events) {
    if (event.type !== rule.after) continue;
    const unit = event.unitId === null ? undefined : customer.units.find((u) => u.id === event.unitId);
    if (!unitAllowed(rule.unitTypes, unit)) continue;
    const source = event.caseId === null ? "" : ` (case ${event.caseId})`;
    add(
      event.day,
      event.unitId,
      event.caseId,
      () => `${rule.after} on ${formatDayNumber(event.day)}${source}`,
    );
  }
}

function visits(
  anchors: Anchor[],
  rule: Extract<CompiledCareRule, { kind: "key_account_visit" }>,
  customer: Customer,
  scope: AnchorScope,
): void {
  const every = customer.tier === undefined ? undefined : rule.visitEvery[customer.tier]?.months;
  if (every === undefined) return;
  const label = rule.label ?? "Key-account visit 大客户拜访";
  for (let y = scope.fromYear; y <= scope.toYear; y += 1) {
    for (let month = 1; month <= 12; month += every) {
      const endMonth = month + every - 1;
      anchors.push({
        day: dayNumberOf({ year: y, month, day: 1 }),
        periodEnd: dayNumberOf({ year: y, month: endMonth, day: daysInMonth(y, endMonth) }),
        label,
        why: () => `tier ${customer.tier}: one visit every ${every} month${every > 1 ? "s" : ""}`,
        unitId: null,
        caseId: null,
      });
    }
  }
}

function anniversaries(
  anchors: Anchor[],
  rule: Extract<CompiledCareRule, { kind: "anniversary" }>,
  customer: Customer,
  scope: AnchorScope,
): void {
  if (rule.source === "since") {
    if (customer.since !== undefined)
      yearly(
        anchors,
        customer.since,
        scope,
        rule.label ?? "Membership anniversary 入会周年",
        "customer since",
        null,
      );
    return;
  }
  if (rule.source === "file") {
    for (const a of customer.anniversaries)
      if (rule.names === undefined || rule.names.includes(a.name))
        yearly(anchors, a.date, scope, rule.label ?? `Anniversary: ${a.name}`, a.name, null);
    return;
  }
  for (const unit of customer.units) {
    const start = startOf(unit);
    if (start === undefined || !unitAllowed(rule.unitTypes, unit)) continue;
    yearly(
      anchors,
      start,
      scope,
      rule.label ?? "Delivery anniversary 交付周年",
      `delivery of unit ${unit.id}`,
      unit.id,
    );
  }
}

/**
 * Adds the anchor dates a rule yields for a customer to `anchors` (holiday and visit anchors do
 * not depend on the customer's own data and are shared by the planner instead). A plain switch
 * writing into one array: this runs for every rule of every customer.
 */
export function addAnchors(
  anchors: Anchor[],
  rule: CompiledCareRule,
  customer: Customer,
  scope: AnchorScope,
): void {
  switch (rule.kind) {
    case "birthday":
      if (customer.birthday !== undefined)
        yearly(
          anchors,
          customer.birthday,
          scope,
          rule.label ?? "Birthday greeting 生日祝福",
          "birthday",
          null,
        );
      return;
    case "anniversary":
      anniversaries(anchors, rule, customer, scope);
      return;
    case "holiday":
      for (const anchor of scope.holidayAnchors.get(rule.id) ?? []) anchors.push(anchor);
      return;
    case "reminder":
      reminders(anchors, rule, customer, scope);
      return;
    case "follow_up":
      followUps(anchors, rule, customer, scope);
      return;
    case "key_account_visit":
      visits(anchors, rule, customer, scope);
      return;
  }
}
