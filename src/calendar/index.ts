/**
 * Business calendars: exact working-time and working-day arithmetic on a zone's wall clock, with
 * holidays, make-up working days (调休), overnight shifts, DST and closures; presets for mainland
 * China and 24×7.
 *
 * @module calendar
 */

export type { Duration } from "./_internal/arguments.js";
export { addWorkingTime } from "./add-working-time.js";
export type { BusinessCalendar } from "./calendar.js";
export { defineCalendar, parseCalendar } from "./define-calendar.js";
export type { CalendarDefinitionError, CalendarError } from "./errors.js";
export { type DeadlineTrace, explainDeadline } from "./explain-deadline.js";
export { create24x7Calendar } from "./presets/always-open.js";
export { calendarFromPreset, type PresetCalendarOptions } from "./presets/calendar-from-preset.js";
export {
  cnMainlandHolidayYears,
  type HolidayPresetYear,
  type PresetDay,
} from "./presets/cn-mainland-holidays.js";
export { cnMainlandPreset, type HolidayPreset, HolidayPresetSchema } from "./presets/holiday-preset.js";
export {
  CALENDAR_LIMITS,
  type CalendarDefinition,
  CalendarDefinitionSchema,
  calendarJsonSchema,
  type ParsedCalendarDefinition,
  type Weekday,
} from "./schema.js";
export { endOfWorkingDate, isWorkingDate } from "./working-dates.js";
export { addWorkingDays, workingDaysBetween } from "./working-days.js";
export { isWorkingTime, lastWorkingTimeBefore, nextWorkingTime } from "./working-instants.js";
export { workingTimeBetween } from "./working-time-between.js";
