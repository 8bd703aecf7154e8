/**
 * A slow, obviously-correct reference of the KPI score and pay, written straight from the
 * definitions in docs/kpi.md with its own fraction arithmetic (nothing shared with src/).
 * Inputs are plain integers (points, weights, fen) so every step can be followed by hand.
 */

/** A fraction n/d, d > 0, not necessarily reduced. */
export type F = readonly [bigint, bigint];

const f = (n: number | bigint, d: number | bigint = 1): F => [BigInt(n), BigInt(d)];
const add = (a: F, b: F): F => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
const mul = (a: F, b: F): F => [a[0] * b[0], a[1] * b[1]];
const div = (a: F, b: F): F => (b[0] < 0n ? [-a[0] * b[1], a[1] * -b[0]] : [a[0] * b[1], a[1] * b[0]]);
const lt = (a: F, b: F) => a[0] * b[1] < b[0] * a[1];

/** Reduces a fraction, for comparing with kefu's lowest-terms rationals. */
export function reduce([n, d]: F): { num: bigint; den: bigint } {
  const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
  const k = g(n < 0n ? -n : n, d) || 1n;
  return { num: n / k, den: d / k };
}

/** Rounds a non-negative fraction to an integer, half up or half even, by long division. */
export function roundHalf([n, d]: F, mode: "halfUp" | "halfEven"): bigint {
  const whole = n / d;
  const twice = 2n * (n - whole * d);
  if (twice < d) return whole;
  if (twice > d) return whole + 1n;
  return mode === "halfUp" || whole % 2n === 1n ? whole + 1n : whole;
}

export interface RefGroup {
  readonly id: string;
  readonly weight: number;
  readonly points: number;
  readonly minRaters: number;
  readonly excludeSelf: boolean;
}

export interface RefRating {
  readonly group: string;
  readonly rater: string;
  readonly points: number;
}

/** The rater score out of 100 (null when the missing-group rule is `error` and a group is short). */
export function referenceScore(
  groups: readonly RefGroup[],
  rule: "error" | "renormalize" | "zero",
  employee: string,
  ratings: readonly RefRating[],
): F | null {
  let weighted = f(0);
  let presentWeight = f(0);
  for (const group of groups) {
    const counted = ratings.filter(
      (r) => r.group === group.id && !(group.excludeSelf && r.rater === employee),
    );
    if (counted.length < group.minRaters) {
      if (rule === "error") return null;
      continue; // zero: adds nothing; renormalize: not in the present weight
    }
    let sum = f(0);
    for (const r of counted) sum = add(sum, f(r.points));
    const mean = div(sum, f(counted.length));
    weighted = add(weighted, mul(f(group.weight), div(mean, f(group.points))));
    presentWeight = add(presentWeight, f(group.weight));
  }
  if (rule !== "renormalize") return weighted;
  if (presentWeight[0] === 0n) return null;
  return mul(weighted, div(f(100), presentWeight));
}

/** Base, performance part and performance pay in fen, for a split of base : performance. */
export function referencePay(
  totalFen: number,
  split: readonly [number, number],
  score: F,
  cap: number,
  gate: number | null,
  mode: "halfUp" | "halfEven",
): { base: bigint; part: bigint; pay: bigint } {
  const total = BigInt(totalFen);
  const [b, p] = [BigInt(split[0]), BigInt(split[1])];
  // Largest remainder by hand: floor each share, give the leftover fen to the bigger remainder.
  let base = (total * b) / (b + p);
  let part = (total * p) / (b + p);
  if (base + part < total) {
    const rb = (total * b) % (b + p);
    const rp = (total * p) % (b + p);
    if (rb >= rp) base += 1n;
    else part += 1n;
  }
  let s = lt(score, f(0)) ? f(0) : score;
  if (lt(f(cap), s)) s = f(cap);
  if (gate !== null && lt(s, f(gate))) return { base, part, pay: 0n };
  return { base, part, pay: roundHalf(mul(f(part), div(s, f(100))), mode) };
}

/** Erlang C by its textbook formula with factorials (small N only). */
export function referenceErlangC(traffic: number, agents: number): number {
  let sum = 0;
  let term = 1; // A^k / k!
  for (let k = 0; k < agents; k += 1) {
    sum += term;
    term *= traffic / (k + 1);
  }
  const top = term * (agents / (agents - traffic));
  return top / (sum + top);
}
