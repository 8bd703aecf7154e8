/**
 * Reference: every instant whose wall clock in `zone` reads `wall`, found by brute force. Real UTC
 * offsets are whole multiples of 15 minutes within ±15 hours, so stepping through that range by
 * 15 minutes from the wall time read as UTC meets every candidate; Intl says which ones match.
 */
export function instantsOfWallTime(wall: string, zone: string): number[] {
  const asUtc = Date.parse(`${wall.replace(" ", "T")}Z`);
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const quarter = 15 * 60_000;
  const found: number[] = [];
  for (let t = asUtc - 60 * quarter; t <= asUtc + 60 * quarter; t += quarter) {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const shown = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    if (shown === wall) found.push(t);
  }
  return found;
}
