import { err, ok, type Result } from "neverthrow";
import {
  addRational,
  divideRational,
  formatRational,
  multiplyRational,
  type Rational,
  ZERO,
} from "../../core/rational.js";
import type { KpiEmployeeError } from "../errors.js";
import type { KpiScheme, RaterGroup } from "../scheme.js";
import type { GroupTrace, RaterTrace } from "../trace.js";
import { cmp, q } from "./exact.js";

/** A rating after validation: exactly one of points or percent. */
export interface RatingIn {
  readonly group: string;
  readonly rater: string;
  readonly points?: Rational | undefined;
  readonly percent?: Rational | undefined;
}

/** The rater part of a score. */
export interface RaterScore {
  readonly groups: readonly GroupTrace[];
  readonly renormalizedOver: Rational | null;
  readonly raterScore: Rational;
}

const div = (a: Rational, b: Rational): Rational => divideRational(a, b)._unsafeUnwrap();

/** Scores the ratings of one employee against a scheme's rater groups. */
export function scoreRatings(
  scheme: KpiScheme,
  employeeId: string,
  ratings: readonly RatingIn[],
): Result<RaterScore, KpiEmployeeError> {
  const byGroup = new Map<string, RaterTrace[]>(scheme.groups.map((g) => [g.id, []]));
  const groupOf = new Map<string, RaterGroup>(scheme.groups.map((g) => [g.id, g]));
  for (const [index, rating] of ratings.entries()) {
    const group = groupOf.get(rating.group);
    const list = byGroup.get(rating.group);
    if (group === undefined || list === undefined) {
      return err({
        code: "unknown_group",
        path: ["ratings", index, "group"],
        message: `No rater group "${rating.group}" in scheme "${scheme.id}"`,
      });
    }
    if (list.some((r) => r.rater === rating.rater)) {
      return err({
        code: "duplicate_rater",
        path: ["ratings", index, "rater"],
        message: `Rater "${rating.rater}" rates group "${group.id}" twice`,
      });
    }
    const points = rating.points ?? multiplyRational(rating.percent ?? ZERO, div(group.points, q(100)));
    if (cmp(points, group.points) > 0) {
      return err({
        code: "rating_out_of_range",
        path: ["ratings", index, "points"],
        message: `Group "${group.id}" is scored out of ${formatRational(group.points, 2)} points`,
      });
    }
    const excluded = group.excludeSelf && rating.rater === employeeId ? "self" : null;
    list.push({
      rater: rating.rater,
      points,
      fraction: div(points, group.points),
      givenAsPercent: rating.points === undefined,
      excluded,
    });
  }
  return combine(scheme, byGroup);
}

function combine(
  scheme: KpiScheme,
  byGroup: Map<string, RaterTrace[]>,
): Result<RaterScore, KpiEmployeeError> {
  const partial: { group: RaterGroup; raters: RaterTrace[]; counted: RaterTrace[] }[] = [];
  let presentWeight = ZERO;
  for (const group of scheme.groups) {
    const raters = byGroup.get(group.id) ?? [];
    const counted = raters.filter((r) => r.excluded === null);
    if (counted.length >= group.minRaters) presentWeight = addRational(presentWeight, group.weight);
    else if (scheme.missingGroup === "error") {
      return err({
        code: "missing_group",
        path: ["ratings"],
        message: `Group "${group.id}" has ${counted.length} rater(s); it needs ${group.minRaters}`,
        groupId: group.id,
        raters: counted.length,
        minRaters: group.minRaters,
      });
    }
    partial.push({ group, raters, counted });
  }
  if (presentWeight.num === 0n && scheme.missingGroup === "renormalize") {
    return err({ code: "no_ratings", path: ["ratings"], message: "No rater group has enough ratings" });
  }
  const renormalize = scheme.missingGroup === "renormalize" && cmp(presentWeight, q(100)) !== 0;
  const scale = renormalize ? div(q(100), presentWeight) : q(1);
  let raterScore = ZERO;
  const groups = partial.map(({ group, raters, counted }): GroupTrace => {
    const present = counted.length >= group.minRaters;
    const meanFraction = present
      ? div(
          counted.reduce((sum, r) => addRational(sum, r.fraction), ZERO),
          q(counted.length),
        )
      : ZERO;
    const effectiveWeight = present
      ? multiplyRational(group.weight, scale)
      : scheme.missingGroup === "zero"
        ? group.weight
        : ZERO;
    const contribution = multiplyRational(effectiveWeight, meanFraction);
    raterScore = addRational(raterScore, contribution);
    return {
      id: group.id,
      label: group.label,
      weight: group.weight,
      effectiveWeight,
      points: group.points,
      raters,
      counted: counted.length,
      mean: present ? multiplyRational(meanFraction, group.points) : null,
      status: present ? "rated" : scheme.missingGroup === "zero" ? "missing_zero" : "missing_renormalized",
      contribution,
    };
  });
  return ok({ groups, renormalizedOver: renormalize ? presentWeight : null, raterScore });
}
