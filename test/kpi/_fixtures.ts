import { parseKpiScheme } from "kefu/kpi";

/** The source's scheme: own supervisor 50%, marketing 20%, production 20%, peers 10%. */
export const SOURCE_GROUPS = [
  { id: "supervisor", weight: 50 },
  { id: "marketing", weight: 20 },
  { id: "production", weight: 20 },
  { id: "peers", weight: 10 },
] as const;

export const sourceSchemeInput = { id: "specialist", groups: SOURCE_GROUPS };

export const schemeWith = (extra: Record<string, unknown> = {}) =>
  parseKpiScheme({ ...sourceSchemeInput, ...extra })._unsafeUnwrap();

export const SOURCE_SCHEME = schemeWith();

/** The worked example's ratings: 45, 18, 17, 10. */
export const WORKED_RATINGS = [
  { group: "supervisor", rater: "chen", points: 45 },
  { group: "marketing", rater: "zhou", points: 18 },
  { group: "production", rater: "wu", points: 17 },
  { group: "peers", rater: "wang", points: 10 },
];

export const CNY = (amount: number) => ({ amount, currency: "CNY" as const });

export const r = (num: number | bigint, den: number | bigint = 1) => {
  // lowest terms, positive denominator
  let [n, d] = [BigInt(num), BigInt(den)];
  if (d < 0n) [n, d] = [-n, -d];
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
};
