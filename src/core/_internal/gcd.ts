/** Greatest common divisor of two non-negative bigints (1 when both are zero, so it can divide). */
export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
