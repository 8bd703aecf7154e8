import { cached } from "../../core/_internal/cached.js";
import { dayNumberOf, MS_PER_DAY, MS_PER_MINUTE } from "../../core/_internal/days.js";
import type { ParsedCalendarDefinition } from "../schema.js";
import { type OwnedHours, ownedHoursOf } from "./owned-hours.js";
import { utcYearOf, utcYearStart } from "./range.js";
import { mergeSpans, subtractSpans } from "./spans.js";
import { type OffsetPiece, offsetPieces } from "./zone-offsets.js";

/**
 * Working time of the instants of one UTC year: disjoint, sorted, non-touching spans [start, end)
 * with prefix sums, so any question about the year is a binary search.
 */
export interface YearSpans {
  readonly yearStart: number;
  readonly yearEnd: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Working milliseconds in [yearStart, starts[i]). */
  readonly before: Float64Array;
  readonly total: number;
}

/** The working dates owned by the local dates of one year, with the end of each one's work. */
export interface YearDates {
  /** Day numbers of the working dates, ascending. */
  readonly days: Int32Array;
  /** The end of the last working minute each working date owns (after closures). */
  readonly ends: Float64Array;
}

interface OwnerYear {
  /** Instant spans owned by the local dates of the year, after closures, flattened pairs. */
  readonly spans: readonly number[];
  readonly dates: YearDates;
}

/** The compiled, lazily filled form of a calendar. */
export interface CalendarEngine {
  readonly zone: string;
  readonly hours: OwnedHours;
  /** Merged closures, flattened `[start, end, …]`, sorted. */
  readonly closures: readonly number[];
  readonly yearSpans: (utcYear: number) => YearSpans;
  readonly yearDates: (localYear: number) => YearDates;
  readonly offsets: (utcYear: number) => readonly OffsetPiece[];
}

/** Compiles a validated definition; years are built on first use and cached. */
export function createEngine(definition: ParsedCalendarDefinition): CalendarEngine {
  const zone = definition.timeZone;
  const hours = ownedHoursOf(definition);
  const closures = mergeSpans((definition.closures ?? []).flatMap(({ start, end }) => [start, end]));
  const offsetCache = new Map<number, readonly OffsetPiece[]>();
  const ownerCache = new Map<number, OwnerYear>();
  const spanCache = new Map<number, YearSpans>();

  const offsets = (utcYear: number) =>
    cached(offsetCache, utcYear, () => offsetPieces(zone, utcYearStart(utcYear), utcYearStart(utcYear + 1)));
  const ownerYear = (localYear: number) =>
    cached(ownerCache, localYear, () => compileOwnerYear(localYear, hours, closures, offsets));
  const yearSpans = (utcYear: number) =>
    cached(spanCache, utcYear, () => {
      const owned = [utcYear - 1, utcYear, utcYear + 1].flatMap((year) => ownerYear(year).spans);
      return buildYearSpans(utcYearStart(utcYear), utcYearStart(utcYear + 1), owned);
    });
  return { zone, hours, closures, yearSpans, yearDates: (year) => ownerYear(year).dates, offsets };
}

function compileOwnerYear(
  year: number,
  hours: OwnedHours,
  closures: readonly number[],
  offsets: (utcYear: number) => readonly OffsetPiece[],
): OwnerYear {
  const pieces = [year - 1, year, year + 1].flatMap((y) => offsets(y));
  const firstDay = dayNumberOf({ year, month: 1, day: 1 });
  const lastDay = dayNumberOf({ year: year + 1, month: 1, day: 1 });
  const spans: number[] = [];
  const days: number[] = [];
  const ends: number[] = [];
  for (let day = firstDay; day < lastDay; day += 1) {
    const owned = ownedInstants(day, hours.of(day), pieces, closures);
    if (owned.length === 0) continue;
    spans.push(...owned);
    days.push(day);
    ends.push(Math.max(...owned.filter((_, i) => i % 2 === 1)));
  }
  return { spans, dates: { days: Int32Array.from(days), ends: Float64Array.from(ends) } };
}

/**
 * The instants whose wall clock falls in the minutes a date owns: for each offset piece, the wall
 * interval shifted by that offset and cut to the piece. Skipped wall time yields nothing; repeated
 * wall time yields two spans. Closures are then cut out.
 */
function ownedInstants(
  day: number,
  minutes: readonly number[],
  pieces: readonly OffsetPiece[],
  closures: readonly number[],
): number[] {
  const spans: number[] = [];
  for (let i = 0; i < minutes.length; i += 2) {
    const wallStart = day * MS_PER_DAY + (minutes[i] ?? 0) * MS_PER_MINUTE;
    const wallEnd = day * MS_PER_DAY + (minutes[i + 1] ?? 0) * MS_PER_MINUTE;
    for (const piece of pieces) {
      const start = Math.max(piece.start, wallStart - piece.offset);
      const end = Math.min(piece.end, wallEnd - piece.offset);
      if (start < end) spans.push(start, end);
    }
  }
  return subtractSpans(mergeSpans(spans), closures);
}

function buildYearSpans(yearStart: number, yearEnd: number, owned: readonly number[]): YearSpans {
  const merged = mergeSpans(owned);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < merged.length; i += 2) {
    const start = Math.max(merged[i] ?? 0, yearStart);
    const end = Math.min(merged[i + 1] ?? 0, yearEnd);
    if (start < end) {
      starts.push(start);
      ends.push(end);
    }
  }
  const before = new Float64Array(starts.length);
  let total = 0;
  for (let i = 0; i < starts.length; i += 1) {
    before[i] = total;
    total += (ends[i] ?? 0) - (starts[i] ?? 0);
  }
  return {
    yearStart,
    yearEnd,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    before,
    total,
  };
}

/** The local day number of an instant, from the cached offsets. */
export function localDayOf(engine: CalendarEngine, ms: number): number {
  const pieces = engine.offsets(utcYearOf(ms));
  let offset = pieces[0]?.offset ?? 0;
  for (const piece of pieces) if (piece.start <= ms) offset = piece.offset;
  return Math.floor((ms + offset) / MS_PER_DAY);
}
