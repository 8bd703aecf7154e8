import { err, ok, type Result } from "neverthrow";
import type { z } from "zod";
import { FIRST_YEAR, LAST_YEAR } from "../../calendar/_internal/range.js";
import type { BusinessCalendar } from "../../calendar/calendar.js";
import { cached } from "../../core/_internal/cached.js";
import { dayNumberOfLocalDate } from "../../core/_internal/days.js";
import type { Customer } from "../../customers/index.js";
import type { CareRules } from "../care-rules.js";
import type { CarePlanError } from "../errors.js";
import type { PlanArgumentsSchema } from "../plan-types.js";
import { CARE_LIMITS } from "../vocabulary.js";
import type { LocalDue, LocalEvent } from "./anchors.js";
import { localDayOf } from "./day-math.js";
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from "./lunar-table.js";

/** `planCare`'s validated arguments, dates as day numbers, events and due dates by customer. */
export interface PlanInputs {
  readonly range: { readonly from: string; readonly to: string };
  readonly from: number;
  readonly to: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly calendar: BusinessCalendar | undefined;
  readonly explain: boolean;
  readonly events: ReadonlyMap<string, readonly LocalEvent[]>;
  readonly dueDates: ReadonlyMap<string, readonly LocalDue[]>;
}

type Args = z.output<typeof PlanArgumentsSchema>;
type Fail = Result<never, CarePlanError>;

/** The calendar's supported years, less one on each side for windows reaching over a year end. */
const CALENDAR_YEARS = { first: FIRST_YEAR + 1, last: LAST_YEAR - 1 } as const;

function checkRange(args: Args): Result<Omit<PlanInputs, "events" | "dueDates" | "explain">, CarePlanError> {
  const { range } = args;
  const from = dayNumberOfLocalDate(range.from);
  const to = dayNumberOfLocalDate(range.to);
  if (from > to)
    return err({
      code: "range_reversed",
      path: ["range"],
      message: `The range starts (${range.from}) after it ends (${range.to})`,
    });
  if (to - from + 1 > CARE_LIMITS.rangeDays) {
    return err({
      code: "range_too_long",
      path: ["range"],
      message: `The range spans ${to - from + 1} days; at most ${CARE_LIMITS.rangeDays}`,
    });
  }
  const calendar = args.options.calendar;
  const first = Math.max(FIRST_LUNAR_YEAR, calendar === undefined ? 0 : CALENDAR_YEARS.first);
  const last = Math.min(LAST_LUNAR_YEAR, calendar === undefined ? 9999 : CALENDAR_YEARS.last);
  const fromYear = Number(range.from.slice(0, 4));
  const toYear = Number(range.to.slice(0, 4));
  if (fromYear < first || toYear > last) {
    return err({
      code: "year_out_of_range",
      path: ["range"],
      message: `Plans cover ${first}–${last}${calendar === undefined ? "" : " with a calendar"}; got ${range.from} … ${range.to}`,
    });
  }
  return ok({ range, from, to, fromYear, toYear, calendar });
}

function indexCustomers(customers: readonly Customer[]): Result<Map<string, Customer>, CarePlanError> {
  if (customers.length > CARE_LIMITS.customers) {
    return err({
      code: "too_many_customers",
      message: `${customers.length} customers; at most ${CARE_LIMITS.customers}`,
    });
  }
  const byId = new Map<string, Customer>();
  for (const [i, customer] of customers.entries()) {
    if (byId.has(customer.id)) {
      return err({
        code: "duplicate_customer_id",
        path: ["customers", i, "id"],
        message: `Customer id "${customer.id}" is used twice`,
      });
    }
    byId.set(customer.id, customer);
  }
  return ok(byId);
}

interface Owned {
  readonly customerId: string;
  readonly unitId?: string | undefined;
}

function checkOwner(
  byId: ReadonlyMap<string, Customer>,
  record: Owned,
  path: (string | number)[],
): Fail | undefined {
  const customer = byId.get(record.customerId);
  if (customer === undefined) {
    return err({
      code: "unknown_customer",
      path: [...path, "customerId"],
      message: `No customer "${record.customerId}" in the list`,
    });
  }
  if (record.unitId !== undefined && !customer.units.some((u) => u.id === record.unitId)) {
    return err({
      code: "unknown_unit",
      path: [...path, "unitId"],
      message: `Customer "${record.customerId}" has no unit "${record.unitId}"`,
    });
  }
  return undefined;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  cached(map, key, () => []).push(value);
}

/** Checks the range, the customers and the records that name them; groups records by customer. */
export function checkPlanInputs(
  rules: CareRules,
  customers: readonly Customer[],
  args: Args,
): Result<PlanInputs, CarePlanError> {
  return checkRange(args).andThen((range) =>
    indexCustomers(customers).andThen((byId): Result<PlanInputs, CarePlanError> => {
      const zone = rules.definition.timeZone;
      const events = new Map<string, LocalEvent[]>();
      for (const [i, e] of (args.options.events ?? []).entries()) {
        const failed = checkOwner(byId, e, ["options", "events", i]);
        if (failed !== undefined) return failed;
        const day = e.on === undefined ? localDayOf(zone, e.at ?? 0) : dayNumberOfLocalDate(e.on);
        push(events, e.customerId, { type: e.type, day, unitId: e.unitId ?? null, caseId: e.caseId ?? null });
      }
      const dueDates = new Map<string, LocalDue[]>();
      for (const [i, d] of (args.options.dueDates ?? []).entries()) {
        const failed = checkOwner(byId, d, ["options", "dueDates", i]);
        if (failed !== undefined) return failed;
        push(dueDates, d.customerId, {
          subject: d.subject,
          day: dayNumberOfLocalDate(d.date),
          unitId: d.unitId ?? null,
        });
      }
      return ok({ ...range, explain: args.options.explain, events, dueDates });
    }),
  );
}
