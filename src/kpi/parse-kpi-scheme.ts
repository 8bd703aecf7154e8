import { err, ok, type Result } from "neverthrow";
import { addRational, formatRational, ZERO } from "../core/rational.js";
import { parseWithSchema } from "../core/result.js";
import { cmp, isLess, q } from "./_internal/exact.js";
import type { KpiSchemeError } from "./errors.js";
import type { IndicatorRule, KpiScheme } from "./scheme.js";
import { KpiSchemeSchema } from "./scheme-schema.js";

type Parsed = ReturnType<typeof KpiSchemeSchema.parse>;

/**
 * Validates a KPI scheme from untrusted data and makes every number exact.
 *
 * @param input - a {@link KpiSchemeInput}-shaped value.
 * @returns `Ok` with the scheme, or `Err` with code `invalid_input` (shape, unknown keys, numbers
 *   out of range), `weights_not_100`, `duplicate_group_id`, `duplicate_indicator_id`,
 *   `bands_out_of_order` or `score_bounds_reversed`, each with its `path`.
 * @example
 * ```ts
 * const scheme = parseKpiScheme({
 *   id: "specialist",
 *   groups: [
 *     { id: "supervisor", weight: 50 },
 *     { id: "marketing", weight: 20 },
 *     { id: "production", weight: 20 },
 *     { id: "peers", weight: 10 },
 *   ],
 * })._unsafeUnwrap();
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function parseKpiScheme(input: unknown): Result<KpiScheme, KpiSchemeError> {
  return parseWithSchema(KpiSchemeSchema, input)
    .mapErr((error): KpiSchemeError => error)
    .andThen(compile);
}

function compile(parsed: Parsed): Result<KpiScheme, KpiSchemeError> {
  const total = parsed.groups.reduce((sum, group) => addRational(sum, group.weight), ZERO);
  if (cmp(total, q(100)) !== 0) {
    return err({
      code: "weights_not_100",
      path: ["groups"],
      message: `Group weights must sum to 100; they sum to ${formatRational(total, 4)}`,
    });
  }
  const duplicate = firstDuplicate(parsed.groups.map((g) => g.id));
  if (duplicate !== -1) {
    return err({
      code: "duplicate_group_id",
      path: ["groups", duplicate, "id"],
      message: "Group id used twice",
    });
  }
  const duplicateIndicator = firstDuplicate(parsed.indicators.map((i) => i.id));
  if (duplicateIndicator !== -1) {
    return err({
      code: "duplicate_indicator_id",
      path: ["indicators", duplicateIndicator, "id"],
      message: "Indicator id used twice",
    });
  }
  for (const [index, indicator] of parsed.indicators.entries()) {
    if (!("bands" in indicator.rule)) {
      const { min, max } = indicator.rule.linear;
      if (min !== undefined && max !== undefined && isLess(max, min)) {
        return err({
          code: "score_bounds_reversed",
          path: ["indicators", index, "rule", "linear"],
          message: "The linear rule's min is above its max",
        });
      }
      continue;
    }
    const bands = indicator.rule.bands;
    const bad = bands.findIndex((band, i) => i > 0 && !isLess(bands[i - 1]?.from ?? band.from, band.from));
    if (bad !== -1) {
      return err({
        code: "bands_out_of_order",
        path: ["indicators", index, "rule", "bands", bad, "from"],
        message: "Band thresholds must be strictly ascending",
      });
    }
  }
  const floor = parsed.score.floor ?? ZERO;
  const cap = parsed.score.cap ?? q(100);
  if (isLess(cap, floor)) {
    return err({
      code: "score_bounds_reversed",
      path: ["score"],
      message: "The score floor is above the cap",
    });
  }
  return ok({
    id: parsed.id,
    label: parsed.label,
    groups: parsed.groups.map((g) => ({ ...g, label: g.label, points: g.points ?? g.weight })),
    missingGroup: parsed.missingGroup,
    indicators: parsed.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      source: indicator.source,
      key: indicator.key ?? (indicator.source === "custom" ? indicator.id : "overall"),
      rule: compileRule(indicator.rule),
      ifMissing: indicator.ifMissing,
    })),
    floor,
    cap,
    gate: parsed.score.gate ?? null,
    multiplier: parsed.score.multiplier ?? q(1),
    split: parsed.pay.split ?? { base: q(2), performance: q(1) },
    rounding: parsed.pay.rounding,
  });
}

function compileRule(rule: Parsed["indicators"][number]["rule"]): IndicatorRule {
  if ("bands" in rule) return { kind: "bands", bands: rule.bands, below: rule.below ?? ZERO };
  const { per, origin, min, max } = rule.linear;
  return { kind: "linear", per, origin: origin ?? ZERO, min: min ?? null, max: max ?? null };
}

function firstDuplicate(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}
