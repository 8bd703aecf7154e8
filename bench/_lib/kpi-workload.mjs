// The KPI benchmark's workload: a seeded payroll of N employees on the source's scheme with the
// usual extras (two SLA / hand-over indicators, a gate, self-rating exclusion, renormalisation),
// 1–3 raters per group, some percentage ratings, some fines and some prorated new hires.

import { mulberry32 } from "./workload.mjs";

export const EMPLOYEES = 100_000;
export const KPI_SEED = 0x6b7069; // "kpi"

export const SCHEME = {
  id: "bench",
  groups: [
    { id: "supervisor", weight: 50 },
    { id: "marketing", weight: 20 },
    { id: "production", weight: 20 },
    { id: "peers", weight: 10, excludeSelf: true, minRaters: 2 },
  ],
  missingGroup: "renormalize",
  indicators: [
    {
      id: "sla",
      source: "sla_attainment",
      rule: {
        bands: [
          { from: 80, points: -3 },
          { from: 90, points: 0 },
          { from: 98, points: 2 },
        ],
        below: -6,
      },
    },
    { id: "late", source: "late_handovers", rule: { linear: { per: -2, min: -10 } } },
  ],
  score: { gate: 60 },
};

const POINTS = { supervisor: 50, marketing: 20, production: 20, peers: 10 };

/** N employee periods, deterministic. */
export function buildEmployees(n = EMPLOYEES, seed = KPI_SEED) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const employees = [];
  for (let i = 0; i < n; i += 1) {
    const id = `e${i}`;
    const ratings = [];
    for (const [group, max] of Object.entries(POINTS)) {
      const raters = int(1, 3);
      for (let k = 0; k < raters; k += 1) {
        const rater = group === "peers" && k === 0 && next() < 0.3 ? id : `${group}-${k}`;
        ratings.push(
          next() < 0.2
            ? { group, rater, percent: int(60, 100) }
            : { group, rater, points: int(Math.floor(max * 0.6), max) },
        );
      }
    }
    const employee = {
      id,
      total: { amount: int(600_000, 1_500_000), currency: "CNY" },
      ratings,
      serviceResults: { slaAttainment: int(7_000, 10_000) / 100, lateHandovers: int(0, 3) },
    };
    if (next() < 0.05) employee.deductions = [{ reason: "fine", amount: { amount: 5_000, currency: "CNY" } }];
    if (next() < 0.03) employee.proration = { method: "cn_21_75", paidDays: int(1, 21) };
    employees.push(employee);
  }
  return employees;
}
