import { multiplyRational, parseRational, type Rational } from "../core/rational.js";
import type { ServiceResults } from "./employee-schema.js";

/**
 * Figures from other kefu modules (or any host), as plain numbers: an SLA attainment row
 * (`{ attainment, breached }` with attainment a 0–1 share, as in an SLA report's `byAgent`),
 * satisfaction scores 0–100 per department, late hand-overs and custom figures.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface ServiceFigures {
  /** An SLA attainment row; `attainment: null` (nothing measured) leaves the value absent. */
  readonly sla?: { readonly attainment: number | null; readonly breached?: number } | undefined;
  /** Satisfaction 0–100 by department; `null` entries are left out. */
  readonly satisfaction?: Readonly<Record<string, number | null>> | undefined;
  /** Late document hand-overs in the period. */
  readonly lateHandovers?: number | undefined;
  /** Host-defined figures by key. */
  readonly custom?: Readonly<Record<string, number>> | undefined;
}

const exactText = (value: Rational) => `${value.num}/${value.den}`;

/**
 * Adapts plain service figures into the {@link ServiceResults} an employee period carries: an
 * attainment share becomes an exact percentage (0.95 → 95), breaches are taken from the SLA row,
 * and absent or `null` figures are left out. Validation happens where the results are used.
 *
 * @param figures - the figures.
 * @returns the service results (a value that is not a finite number is passed on unchanged, so
 *   scoring reports it as `invalid_input`).
 * @example
 * ```ts
 * serviceResultsFrom({ sla: { attainment: 0.95, breached: 2 }, satisfaction: { overall: 88 } });
 * // { slaAttainment: "95/1", breaches: 2, satisfaction: { overall: 88 } }
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function serviceResultsFrom(figures: ServiceFigures): ServiceResults {
  const results: { -readonly [K in keyof ServiceResults]: ServiceResults[K] } = {};
  const attainment = figures.sla?.attainment;
  if (attainment !== undefined && attainment !== null) {
    const share = parseRational(attainment);
    results.slaAttainment = share.isOk()
      ? exactText(multiplyRational(share.value, { num: 100n, den: 1n }))
      : attainment;
  }
  if (figures.sla?.breached !== undefined) results.breaches = figures.sla.breached;
  if (figures.satisfaction !== undefined) {
    results.satisfaction = Object.fromEntries(
      Object.entries(figures.satisfaction).filter((entry): entry is [string, number] => entry[1] !== null),
    );
  }
  if (figures.lateHandovers !== undefined) results.lateHandovers = figures.lateHandovers;
  if (figures.custom !== undefined) results.custom = { ...figures.custom };
  return results;
}
