/** Shared calendars and helpers for the calendar tests. */
import {
  type BusinessCalendar,
  type CalendarDefinition,
  calendarFromPreset,
  cnMainlandPreset,
  parseCalendar,
} from "kefu/calendar";

export const H = 3_600_000;
export const MIN = 60_000;

type Hours = NonNullable<CalendarDefinition["weekly"]["mon"]>;
export const weekdays = (hours: Hours) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
export const everyDay = (hours: Hours) => ({ ...weekdays(hours), sat: hours, sun: hours });

export function calendar(definition: CalendarDefinition): BusinessCalendar {
  return parseCalendar(definition)._unsafeUnwrap();
}

/** 09:00–18:00 Monday to Friday in Shanghai. */
export const office = calendar({ timeZone: "Asia/Shanghai", weekly: weekdays([["09:00", "18:00"]]) });

/** The same hours with mainland China's official holidays and make-up days (2024–2026). */
export const cnOffice = calendarFromPreset(cnMainlandPreset, {
  weekly: weekdays([["09:00", "18:00"]]),
})._unsafeUnwrap();

/** Epoch ms of a Shanghai wall time `YYYY-MM-DDTHH:MM`. */
export const sh = (local: string) => Date.parse(`${local}:00+08:00`);

/** A `Date` result's epoch ms. */
export const ms = (date: Date) => date.getTime();
