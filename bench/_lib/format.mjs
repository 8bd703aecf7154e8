// Text formatting for the report: instants as Asia/Shanghai wall time, rates, ratios, sizes.

import { MS_MIN, ZONE } from "./workload.mjs";

const wallTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Fri 2025-10-17 17:59" (or "…17:59:30" with seconds). */
export const formatInstant = (ms, seconds = false) => {
  const p = Object.fromEntries(wallTime.formatToParts(new Date(ms)).map(({ type, value }) => [type, value]));
  const s = seconds ? `:${String(Math.floor((ms % MS_MIN) / 1000)).padStart(2, "0")}` : "";
  return `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${s}`;
};

/** "Fri 10-17 17:59:30": with seconds, without the year. */
export const formatShortInstant = (ms) => {
  const full = formatInstant(ms, true);
  return `${full.slice(0, 4)}${full.slice(9)}`;
};

/** An instant, or a peer's non-numeric answer (such as "threw …") as it is. */
export const formatAnswer = (answer, format) => (typeof answer === "number" ? format(answer) : answer);

export const formatOps = (n) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
export const formatRatio = (r) =>
  r >= 100 ? `${Math.round(r).toLocaleString("en-US")}×` : `${r.toFixed(2)}×`;
export const formatBytes = (b) =>
  b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : `${(b / 1024).toFixed(0)} KB`;
export const padRight = (s, n) => String(s).padEnd(n);
export const padLeft = (s, n) => String(s).padStart(n);
export const verdict = (ok) => (ok ? "PASS" : "FAIL");
