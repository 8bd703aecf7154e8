import {
  careVisitFrequencies,
  entitlementsForTier,
  parseTierEntitlements,
  slaTierFactors,
  type TierEntitlementsInput,
  tieringJsonSchema,
} from "kefu/customers";
import { parsePolicy } from "kefu/sla";
import { describe, expect, it } from "vitest";

const TABLE = {
  tiers: {
    A: {
      slaPriority: "high",
      slaFactor: 0.5,
      visitEvery: { months: 1 },
      greetings: ["birthday", "anniversary", "holiday", "company_event", "member_event"],
      dedicatedManager: true,
    },
    B: { slaFactor: 0.75, visitEvery: { months: 3 }, greetings: ["birthday", "holiday"] },
    C: { greetings: ["holiday"] },
  },
  default: { slaFactor: 1 },
} as const satisfies TierEntitlementsInput;

describe("tier entitlements", () => {
  const table = parseTierEntitlements(TABLE)._unsafeUnwrap();

  it("looks a tier up, falling back to the default", () => {
    expect(entitlementsForTier(table, "A")._unsafeUnwrap().visitEvery).toEqual({ months: 1 });
    expect(entitlementsForTier(table, "Z")._unsafeUnwrap()).toEqual({ slaFactor: 1 });
    expect(entitlementsForTier(table, "constructor")._unsafeUnwrap()).toEqual({ slaFactor: 1 });
  });

  it("unknown_tier without a default", () => {
    const strict = parseTierEntitlements({ tiers: { A: {} } })._unsafeUnwrap();
    expect(entitlementsForTier(strict, "B")._unsafeUnwrapErr().code).toBe("unknown_tier");
  });

  it("invalid_input", () => {
    expect(parseTierEntitlements({ tiers: { A: { slaFactor: 0 } } })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(
      parseTierEntitlements({ tiers: { A: { visitEvery: { months: 1, days: 2 } } } })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(parseTierEntitlements({ tiers: { A: { greetings: ["wedding"] } } })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`T${i}`, {}]));
    expect(parseTierEntitlements({ tiers: many })._unsafeUnwrapErr().code).toBe("invalid_input");
  });

  it("adapters for kefu/sla (tierFactors) and kefu/care (visit frequencies)", () => {
    expect(slaTierFactors(table)).toEqual({ A: 0.5, B: 0.75 });
    expect(careVisitFrequencies(table)).toEqual({ A: { months: 1 }, B: { months: 3 } });
    // The factors plug into an SLA target as they are.
    const policy = parsePolicy({
      id: "p",
      timeZone: "Asia/Shanghai",
      targets: [
        {
          id: "reply",
          label: "Reply within 24 hours",
          start: ["received"],
          stop: ["first_feedback"],
          clock: "calendar",
          deadline: { hours: 24 },
          tierFactors: slaTierFactors(table),
        },
      ],
    });
    expect(policy.isOk()).toBe(true);
  });
});

describe("tieringJsonSchema", () => {
  it("exports the policies as JSON Schema, the recursive conditions included", () => {
    const schemas = tieringJsonSchema();
    expect(Object.keys(schemas)).toEqual([
      "ParetoScheme",
      "RfmOptions",
      "TierRules",
      "MigrationPolicy",
      "TierEntitlements",
    ]);
    expect(schemas.TierRules.required).toEqual(["id", "fields", "rules", "otherwise"]);
    expect(JSON.stringify(schemas.TierRules)).toContain('"anyOf"');
    expect(schemas.MigrationPolicy.required).toEqual(["tiers", "base"]);
  });
});
