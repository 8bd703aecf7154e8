import { dayNumberOfLocalDate, weekdayOf } from "../../core/_internal/days.js";
import type { ParsedCalendarDefinition } from "../schema.js";

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

/** `[start, end]` minute pairs of a day's hours, with overnight ends moved to the next date, merged. */
export function mergeDayHours(hours: readonly (readonly [number, number])[]): number[] {
  const intervals = hours
    .map(([start, end]) => [start, end <= start ? end + DAY_MINUTES : end] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of intervals) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] ?? 0)) merged[last] = Math.max(merged[last] ?? 0, end);
    else merged.push(start, end);
  }
  return merged;
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
