import type { CalendarEngine } from "./_internal/engine.js";
import type { ParsedCalendarDefinition } from "./schema.js";

/**
 * A compiled business calendar: an opaque, immutable value built by `parseCalendar` or
 * `defineCalendar`, safe to share across calls. Working time is compiled lazily per year and
 * cached inside, so the first question about a year pays for it once.
 *
 * @category Calendar
 * @since 0.1.0
 */
export interface BusinessCalendar {
  readonly kind: "BusinessCalendar";
  /** The IANA zone whose wall clock the calendar's hours are read on. */
  readonly timeZone: string;
  /** The validated definition (wall times in minutes since midnight, instants in epoch ms). */
  readonly definition: ParsedCalendarDefinition;
}

const engines = new WeakMap<BusinessCalendar, CalendarEngine>();

/** Wraps an engine into the public calendar value. */
export function wrapEngine(definition: ParsedCalendarDefinition, engine: CalendarEngine): BusinessCalendar {
  const calendar: BusinessCalendar = Object.freeze({
    kind: "BusinessCalendar",
    timeZone: engine.zone,
    definition,
  });
  engines.set(calendar, engine);
  return calendar;
}

/** The engine of a calendar built by kefu (types prevent anything else; a forgery is a bug). */
export function engineOf(calendar: BusinessCalendar): CalendarEngine {
  const engine = engines.get(calendar);
  if (engine === undefined) throw new Error("[kefu] not a compiled calendar: build one with parseCalendar");
  return engine;
}
