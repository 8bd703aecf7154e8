import type { Money, Rational } from "kefu/core";
import {
  assignTiers,
  classifyPareto,
  classifyValueMatrix,
  computeLifetimeValue,
  type EntitlementError,
  entitlementsForTier,
  type LifetimeValue,
  type MigrationPolicy,
  type ParetoError,
  type ParetoResult,
  parseTierRules,
  type RetentionEconomicsError,
  type RfmError,
  type RfmResult,
  scoreRfm,
  slaTierFactors,
  type TierAssignment,
  type TierEntitlement,
  type TierEntitlements,
  type TieringError,
  type TieringRecordError,
  type TierMigration,
  type TierMigrationError,
  type TierRules,
  type TierRulesError,
  trackTierMigration,
  type ValueMatrixResult,
  type ValueQuadrant,
} from "kefu/customers";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";

declare const rules: TierRules;
declare const policy: MigrationPolicy;
declare const table: TierEntitlements;
declare const result: ParetoResult;

describe("tiering types", () => {
  it("public entries take unknown data and return Results with their error unions", () => {
    expectTypeOf(classifyPareto).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(classifyPareto([])).toEqualTypeOf<Result<ParetoResult, ParetoError>>();
    expectTypeOf(classifyValueMatrix([], {})).toEqualTypeOf<Result<ValueMatrixResult, TieringRecordError>>();
    expectTypeOf(scoreRfm([])).toEqualTypeOf<Result<RfmResult, RfmError>>();
    expectTypeOf(parseTierRules({})).toEqualTypeOf<Result<TierRules, TierRulesError>>();
    expectTypeOf(assignTiers(rules, [])).toEqualTypeOf<
      Result<readonly TierAssignment[], TieringRecordError>
    >();
    expectTypeOf(trackTierMigration(policy, [])).toEqualTypeOf<Result<TierMigration, TierMigrationError>>();
    expectTypeOf(computeLifetimeValue({})).toEqualTypeOf<Result<LifetimeValue, RetentionEconomicsError>>();
  });

  it("results are readonly, shares exact, money integer", () => {
    expectTypeOf(result.classes[0]?.valueShare).toEqualTypeOf<Rational | undefined>();
    expectTypeOf<ParetoResult["assignments"]>().toEqualTypeOf<
      readonly ParetoResult["assignments"][number][]
    >();
    expectTypeOf<ValueMatrixResult["assignments"][number]["quadrant"]>().toEqualTypeOf<ValueQuadrant>();
    expectTypeOf<LifetimeValue["value"]>().toEqualTypeOf<Money>();
    expectTypeOf(slaTierFactors(table)).toEqualTypeOf<Readonly<Record<string, number>>>();
    expectTypeOf(entitlementsForTier(table, "A")).toEqualTypeOf<Result<TierEntitlement, EntitlementError>>();
  });

  it("TieringError is the union of every tiering error", () => {
    expectTypeOf<ParetoError | RfmError | TierRulesError | TierMigrationError>().toExtend<TieringError>();
    expectTypeOf<EntitlementError | RetentionEconomicsError>().toExtend<TieringError>();
    expectTypeOf<"negative_value" | "periods_out_of_order" | "unreachable_rule">().toExtend<
      TieringError["code"]
    >();
  });
});
