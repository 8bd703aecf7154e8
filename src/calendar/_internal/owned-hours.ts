import { dayNumberOfLocalDate, weekdayOf } from "../../core/_internal/days.js";
import type { ParsedCalendarDefinition } from "../schema.js";
import { mergeSpans } from "./spans.js";

const DAY_MINUTES = 1440;

/** Named dates of a calendar: holidays and make-up working days, by day number. */
export interface NamedDate {
  readonly date: string;
  readonly name: string | undefined;
}

/** Which wall-clock minutes each local date owns: [start, end) pairs, end up to 2880 (overnight). */
export interface OwnedHours {
  /** Merged owned minute intervals of a local date, flattened `[s0, e0, s1, e1, …]`. */
  readonly of: (dayNumber: number) => readonly number[];
  readonly holidays: ReadonlyMap<number, NamedDate>;
  readonly workdays: ReadonlyMap<number, NamedDate>;
}

/** A day's `[start, end]` minute pairs, overnight ends moved to the next date, merged and flattened. */
export function mergeDayHours(hours: readonly (readonly [number, number])[]): number[] {
  return mergeSpans(hours.flatMap(([start, end]) => [start, end <= start ? end + DAY_MINUTES : end]));
}

/** Builds the owned-hours lookup of a validated definition. */
export function ownedHoursOf(definition: ParsedCalendarDefinition): OwnedHours {
  const weekly = new Map(
    Object.entries(definition.weekly).map(([day, hours]) => [day, mergeDayHours(hours ?? [])] as const),
  );
  const holidays = new Map<number, NamedDate>();
  for (const holiday of definition.holidays ?? []) {
    const { date, name } = typeof holiday === "string" ? { date: holiday, name: undefined } : holiday;
    holidays.set(dayNumberOfLocalDate(date), { date, name });
  }
  const workdays = new Map<number, NamedDate>();
  const workdayHours = new Map<number, number[]>();
  for (const { date, hours, name } of definition.workdays ?? []) {
    const day = dayNumberOfLocalDate(date);
    workdays.set(day, { date, name });
    workdayHours.set(day, mergeDayHours(hours));
  }
  const none: readonly number[] = [];
  return {
    of: (day) => {
      if (holidays.has(day)) return none;
      return workdayHours.get(day) ?? weekly.get(weekdayOf(day)) ?? none;
    },
    holidays,
    workdays,
  };
}
