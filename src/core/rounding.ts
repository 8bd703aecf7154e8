/**
 * How a value that falls between two integers is rounded:
 * - `"halfUp"`: to the nearest, a half away from zero (四舍五入; Java's HALF_UP). The default.
 * - `"halfEven"`: to the nearest, a half to the even neighbour (banker's rounding).
 * - `"floor"`: towards −∞.
 * - `"ceil"`: towards +∞.
 *
 * @category Numbers
 * @since 0.1.0
 */
export type RoundingMode = "halfUp" | "halfEven" | "floor" | "ceil";

/**
 * Every {@link RoundingMode}, for schemas and option lists.
 *
 * @category Numbers
 * @since 0.1.0
 */
export const ROUNDING_MODES = [
  "halfUp",
  "halfEven",
  "floor",
  "ceil",
] as const satisfies readonly RoundingMode[];

/** Rounds `num / den` (den > 0) to an integer. */
export function roundQuotient(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const floor = num >= 0n ? num / den : -((-num + den - 1n) / den);
  const remainder = num - floor * den; // 0 <= remainder < den
  if (remainder === 0n) return floor;
  switch (mode) {
    case "floor":
      return floor;
    case "ceil":
      return floor + 1n;
    case "halfUp":
    case "halfEven": {
      const twice = remainder * 2n;
      if (twice < den) return floor;
      if (twice > den) return floor + 1n;
      if (mode === "halfEven") return floor % 2n === 0n ? floor : floor + 1n;
      return num >= 0n ? floor + 1n : floor;
    }
  }
}
