/**
 * A slow, obviously correct reference for birthday windows: walk every date from 200 days before
 * the range to 200 days after it; a date whose month and day are the birthday's (a 29 February
 * birthday on 28 February or 1 March of a common year) in a year after the birth year is an anchor;
 * its window is [anchor − 7, anchor − 2]; keep the windows that overlap the range.
 */
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function referenceBirthdayWindows(
  birthday: string,
  from: string,
  to: string,
  leapDay: "feb28" | "mar1",
): [string, string][] {
  const [by, bm, bd] = birthday.split("-").map(Number) as [number, number, number];
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const out: [string, string][] = [];
  for (let t = start - 200 * DAY; t <= end + 200 * DAY; t += DAY) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
    let hit = m === bm && day === bd;
    if (bm === 2 && bd === 29 && !leap)
      hit = leapDay === "feb28" ? m === 2 && day === 28 : m === 3 && day === 1;
    if (!hit || y <= by) continue;
    const opens = t - 7 * DAY;
    const due = t - 2 * DAY;
    if (due >= start && opens <= end) out.push([iso(opens), iso(due)]);
  }
  return out;
}
