const UNITS = [
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1_000],
  ["ms", 1],
] as const;
const DURATION = /^([+-])?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** The longest duration a script or an expectation may write: 100 years. */
const MAX_DURATION_MS = 100 * 366 * 86_400_000;

/**
 * Reads a duration written as `1d2h30m`, `90m`, `-15h40m`, `500ms`, `0` (days are 24 hours) into
 * milliseconds, or says why it cannot.
 */
export function parseDuration(text: string): number | string {
  if (/^[+-]?0$/.test(text.trim())) return 0;
  const match = DURATION.exec(text.trim());
  if (match === null || match.slice(2).every((part) => part === undefined))
    return `${text} is not a duration such as 2h30m, 1d, 90m or 500ms`;
  const [days, hours, minutes, seconds, millis] = match.slice(2).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1_000 + millis;
  if (ms > MAX_DURATION_MS) return `${text} is longer than 100 years`;
  return match[1] === "-" && ms !== 0 ? -ms : ms;
}

/** A duration in milliseconds as `40h40m`, `-15h40m`, `1m30s`, `0`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0";
  let rest = Math.abs(ms);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return `${ms < 0 ? "-" : ""}${parts.join("")}`;
}
