import { match, P } from "ts-pattern";
import { dayNumberOfLocalDate, formatDayNumber } from "../../core/_internal/days.js";
import type { CompiledCareRule } from "../care-rules.js";
import type { CareHoliday } from "../rules-schema.js";
import type { Anchor } from "./candidate.js";
import { annualDay, type LeapDayRule } from "./day-math.js";
import { FESTIVAL_NAMES, festivalDay } from "./festivals.js";
import { lunarMonths } from "./lunar.js";
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from "./lunar-table.js";

const plain = (day: number, label: string, text: string): Anchor => ({
  day,
  label,
  why: () => text,
  unitId: null,
  caseId: null,
});

function holidayAnchor(holiday: CareHoliday, year: number, leapDay: LeapDayRule): Anchor | undefined {
  const lunarYear = year >= FIRST_LUNAR_YEAR && year <= LAST_LUNAR_YEAR;
  return match(holiday)
    .with(P.string, (festival) => {
      const fixed =
        festival === "new_year" ||
        festival === "valentines_day" ||
        festival === "may_day" ||
        festival === "national_day";
      if (!fixed && !lunarYear) return undefined;
      const day = festivalDay(festival, year);
      return plain(
        day,
        FESTIVAL_NAMES[festival],
        `${FESTIVAL_NAMES[festival]} ${year}: ${formatDayNumber(day)}`,
      );
    })
    .with({ monthDay: P.string }, (h) => {
      const found = annualDay(year, Number(h.monthDay.slice(0, 2)), Number(h.monthDay.slice(3, 5)), leapDay);
      const leap = found.adjusted ? ` (29 February observed by leapDay ${leapDay})` : "";
      return plain(
        found.day,
        h.name,
        `${h.name}: every ${h.monthDay}, ${year}: ${formatDayNumber(found.day)}${leap}`,
      );
    })
    .with({ lunar: P.select() }, (lunar, h) => {
      if (!lunarYear) return undefined;
      const month = lunarMonths(year).find((m) => m.month === lunar.month && !m.leap);
      if (month === undefined) return undefined;
      const day = month.firstDay + Math.min(lunar.day, month.days) - 1;
      const short = lunar.day > month.days ? " (day 30 of a 29-day month: its last day)" : "";
      return plain(
        day,
        h.name,
        `${h.name}: lunar ${lunar.month}/${lunar.day}, ${year}: ${formatDayNumber(day)}${short}`,
      );
    })
    .with({ date: P.string }, (h) =>
      Number(h.date.slice(0, 4)) === year
        ? plain(dayNumberOfLocalDate(h.date), h.name, `${h.name}: ${h.date}`)
        : undefined,
    )
    .exhaustive();
}

/** The anchors of every holiday rule over the years, computed once per plan (they do not depend on the customer). */
export function holidayAnchorsOf(
  rules: readonly CompiledCareRule[],
  fromYear: number,
  toYear: number,
  leapDay: LeapDayRule,
): ReadonlyMap<string, readonly Anchor[]> {
  const byRule = new Map<string, readonly Anchor[]>();
  for (const rule of rules) {
    if (rule.kind !== "holiday") continue;
    const anchors: Anchor[] = [];
    for (let year = fromYear; year <= toYear; year += 1) {
      for (const holiday of rule.holidays) {
        const anchor = holidayAnchor(holiday, year, leapDay);
        if (anchor !== undefined) anchors.push(anchor);
      }
    }
    byRule.set(rule.id, anchors);
  }
  return byRule;
}
