// The shared workload: one calendar's holidays, the seeded start instants, the lengths of
// working time added to them, and the end instants of the workingTimeBetween cases.

export const ZONE = "Asia/Shanghai";
export const N = 20_000;
export const SEED = 0x6b656675; // "kefu"
export const HOURS_PER_DAY = 9;
export const LENGTHS = [
  { label: "4 hours", hours: 4 },
  { label: "3 bus. days", hours: 3 * HOURS_PER_DAY },
  { label: "30 bus. days", hours: 30 * HOURS_PER_DAY },
];
export const OPERATIONS = [
  { key: "add", label: "addWorkingTime" },
  { key: "between", label: "workingTimeBetween" },
];
export const SAMPLE = 200; // cases cross-checked between the libraries before timing

// Mainland-China official days off in 2025 and 2026 that fall on weekdays (State Council
// notices). Make-up working days (调休) are left out: the peers cannot express them.
export const HOLIDAYS = [
  ...["2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04"],
  ...["2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02"],
  ...["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
  ...["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
  ...["2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25"],
  ...["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
];

export const MS_MIN = 60_000;
const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;
const SHANGHAI_OFFSET = 8 * MS_HOUR; // no DST since 1991

/** Epoch ms of a wall time in Asia/Shanghai, independent of the host zone. */
export const shanghai = (year, month, day, minuteOfDay = 0) =>
  Date.UTC(year, month - 1, day) + minuteOfDay * MS_MIN - SHANGHAI_OFFSET;

/** Seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20,000 minute-aligned starts over 2025–2026: 60% of them between 09:00 and 18:00 wall time. */
export function makeStarts() {
  const random = mulberry32(SEED);
  const first = shanghai(2025, 1, 1);
  const days = (shanghai(2027, 1, 1) - first) / MS_DAY;
  const starts = new Float64Array(N);
  for (let i = 0; i < N; i += 1) {
    const day = Math.floor(random() * days);
    const minute = random() < 0.6 ? 540 + Math.floor(random() * 540) : Math.floor(random() * 1440);
    starts[i] = first + day * MS_DAY + minute * MS_MIN;
  }
  return starts;
}

/**
 * The end instants of the workingTimeBetween workload, one array per length: kefu's deadlines,
 * so each pair spans exactly the target length of working time; all libraries get the same pairs.
 */
export function makeEnds(starts, kefu) {
  const ends = LENGTHS.map(({ hours }) => {
    const duration = kefu.toDuration(hours);
    return Float64Array.from({ length: N }, (_, i) => kefu.add(starts[i], duration));
  });
  if (ends.some((e) => e.some(Number.isNaN))) throw new Error("kefu returned an error on the workload");
  return ends;
}
