import { fc, test } from "@fast-check/vitest";
import { assignTiers, parseTierRules, type TierRulesInput } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { TWENTY } from "./_fixtures";

const RULES = {
  id: "service-tiers-2025",
  fields: { revenue: "number", orders: "number", keyAccount: "boolean", city: "string" },
  tiers: ["VIP", "Gold", "Silver", "Standard"],
  rules: [
    { id: "key-account", tier: "VIP", when: { field: "keyAccount", op: "eq", value: true } },
    {
      id: "gold",
      tier: "Gold",
      when: {
        all: [
          { field: "revenue", op: "gte", value: 100 },
          { field: "orders", op: "gte", value: 8 },
        ],
      },
    },
    {
      id: "silver",
      tier: "Silver",
      when: {
        any: [
          { field: "revenue", op: "gte", value: 40 },
          { field: "orders", op: "gte", value: 5 },
        ],
      },
    },
  ],
  otherwise: "Standard",
} as const satisfies TierRulesInput;

const records = TWENTY.map((c) => ({
  id: c.id,
  revenue: c.id === "C20" ? null : c.value,
  orders: c.frequency,
  keyAccount: c.id === "C06",
  unrelated: { nested: true },
}));

describe("parseTierRules + assignTiers", () => {
  const rules = parseTierRules(RULES)._unsafeUnwrap();

  it("first match wins, by hand over the 20 customers", () => {
    const tiers = assignTiers(rules, records)._unsafeUnwrap();
    const of = (tier: string) => tiers.filter((t) => t.tier === tier).map((t) => t.id);
    // VIP: C06 (key account, although its revenue 40 would make it Silver).
    // Gold: revenue ≥ 100 and orders ≥ 8 → C01 (300, 12), C02, C03 (10 orders), C04 (100, 8).
    // Silver: revenue ≥ 40 or orders ≥ 5 → C05 (50), C07 (5 orders), C08 (5 orders).
    expect(of("VIP")).toEqual(["C06"]);
    expect(of("Gold")).toEqual(["C01", "C02", "C03", "C04"]);
    expect(of("Silver")).toEqual(["C05", "C07", "C08"]);
    expect(of("Standard")).toHaveLength(12);
  });

  it("explains each assignment", () => {
    const [c04, c05, c09, c20] = assignTiers(rules, [records[3], records[4], records[8], records[19]], {
      trace: true,
    })._unsafeUnwrap();
    expect(c04?.reason).toBe('rule "gold" → Gold: revenue 100 ≥ 100; orders 8 ≥ 8');
    expect(c04?.ruleId).toBe("gold");
    // `all` stops at the first failing leaf, `any` at the first holding one.
    expect(c05?.trace?.map((t) => [t.ruleId, t.matched, t.checks.length])).toEqual([
      ["key-account", false, 1],
      ["gold", false, 1],
      ["silver", true, 1],
    ]);
    expect(c05?.trace?.[1]?.checks[0]).toEqual({
      field: "revenue",
      op: "gte",
      expected: 100,
      actual: 50,
      holds: false,
    });
    expect(c09).toMatchObject({
      tier: "Standard",
      ruleId: null,
      reason: "no rule matched → Standard (otherwise)",
    });
    // A null field makes every comparison false.
    expect(c20?.trace?.[1]?.checks[0]).toMatchObject({ field: "revenue", actual: null, holds: false });
  });

  it("every operator, not, exists, in/notIn, between, and rules without conditions", () => {
    const all = parseTierRules({
      id: "ops",
      fields: { n: "number", s: "string", b: "boolean" },
      rules: [
        { id: "r1", tier: "T1", when: { not: { field: "n", op: "exists" } } },
        {
          id: "r2",
          tier: "T2",
          when: {
            all: [
              { field: "n", op: "between", min: 1, max: 3 },
              { field: "s", op: "in", values: ["x", "y"] },
            ],
          },
        },
        {
          id: "r3",
          tier: "T3",
          when: {
            all: [
              { field: "n", op: "lt", value: 0 },
              { field: "s", op: "ne", value: "q" },
            ],
          },
        },
        {
          id: "r4",
          tier: "T4",
          when: {
            any: [
              { field: "n", op: "gt", value: 100 },
              { field: "s", op: "notIn", values: ["x", "y", "z"] },
            ],
          },
        },
        {
          id: "r5",
          tier: "T5",
          when: {
            all: [
              { field: "n", op: "lte", value: 10 },
              { field: "b", op: "eq", value: false },
            ],
          },
        },
        { id: "r6", tier: "T6" },
      ],
      otherwise: "never",
    })._unsafeUnwrap();
    const cases = [
      [{ id: "1" }, "T1"],
      [{ id: "2", n: 2, s: "y" }, "T2"],
      [{ id: "3", n: -1, s: "x" }, "T3"],
      [{ id: "4", n: 200, s: "x" }, "T4"],
      [{ id: "5", n: 5, s: "w" }, "T4"],
      [{ id: "6", n: 10, s: "z", b: false }, "T5"],
      [{ id: "7", n: 10, s: "z", b: true }, "T6"],
    ] as const;
    const result = assignTiers(
      all,
      cases.map(([r]) => r),
    )._unsafeUnwrap();
    expect(result.map((r) => r.tier)).toEqual(cases.map(([, t]) => t));
    expect(result[6]?.reason).toBe('rule "r6" → T6: no conditions');
    const traced = assignTiers(
      all,
      cases.map(([r]) => r),
      { trace: true },
    )._unsafeUnwrap();
    expect(traced.map((r) => r.reason)).toEqual(result.map((r) => r.reason));
    expect(traced[6]?.trace?.map((t) => t.matched)).toEqual([false, false, false, false, false, true]);
    expect(result[0]?.reason).toBe('rule "r1" → T1: n missing');
    expect(result[4]?.reason).toBe('rule "r4" → T4: n 5 ≤ 100; s "w" not in ["x","y","z"]');
  });

  it("parseTierRules errors", () => {
    const err = (patch: Record<string, unknown>) => parseTierRules({ ...RULES, ...patch })._unsafeUnwrapErr();
    const rule = (when: unknown) => ({ rules: [{ id: "r", tier: "Gold", when }] });
    expect(err({ otherwse: "x" }).code).toBe("invalid_input");
    expect(err(rule({ field: "revenue", op: "like", value: 1 })).code).toBe("invalid_input");
    expect(err(rule({ field: "revenue", op: "between", min: 5, max: 1 })).code).toBe("invalid_input");
    expect(err(rule({ field: "revenue", op: "gte", value: "100" })).code).toBe("invalid_input");
    expect(err({ rules: [RULES.rules[0], RULES.rules[0]] })).toMatchObject({
      code: "duplicate_rule_id",
      path: ["rules", 1, "id"],
    });
    expect(err({ rules: [{ id: "r", tier: "Platinum" }] })).toMatchObject({
      code: "unknown_tier",
      path: ["rules", 0, "tier"],
    });
    expect(err({ otherwise: "Bronze" })).toMatchObject({ code: "unknown_tier", path: ["otherwise"] });
    expect(err(rule({ field: "spend", op: "gte", value: 1 }))).toMatchObject({
      code: "unknown_field",
      path: ["rules", 0, "when", "field"],
    });
    expect(err(rule({ not: { field: "city", op: "lt", value: 1 } }))).toMatchObject({
      code: "field_type_mismatch",
      path: ["rules", 0, "when", "not", "op"],
    });
    expect(err(rule({ any: [{ field: "city", op: "in", values: ["上海", 5] }] }))).toMatchObject({
      code: "field_type_mismatch",
      path: ["rules", 0, "when", "any", 0, "values", 1],
    });
    expect(err(rule({ field: "keyAccount", op: "eq", value: "yes" })).code).toBe("field_type_mismatch");
    expect(
      err({
        rules: [
          { id: "a", tier: "Gold" },
          { id: "b", tier: "Silver" },
        ],
      }),
    ).toMatchObject({
      code: "unreachable_rule",
      path: ["rules", 1],
    });
    let deep: unknown = { field: "revenue", op: "exists" };
    for (let i = 0; i < 8; i++) deep = { not: deep };
    expect(err(rule(deep)).code).toBe("rules_too_complex");
    const wide = {
      any: Array.from({ length: 50 }, () => ({
        all: Array.from({ length: 50 }, () => ({ field: "orders", op: "exists" })),
      })),
    };
    expect(err(rule(wide)).code).toBe("rules_too_complex");
  });

  it("assignTiers errors: invalid_input (wrong field type), too_many_customers, duplicate_customer_id", () => {
    const bad = assignTiers(rules, [
      { id: "a", revenue: "lots" },
      { id: "b", orders: Number.NaN },
    ])._unsafeUnwrapErr();
    expect(bad.code === "invalid_input" && bad.issues.map((i) => i.path)).toEqual([
      [0, "revenue"],
      [1, "orders"],
    ]);
    expect(assignTiers(rules, [{ id: "a", orders: Number.POSITIVE_INFINITY }])._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(assignTiers(rules, [{ name: "x" }])._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(assignTiers(rules, new Array(1_000_001))._unsafeUnwrapErr().code).toBe("too_many_customers");
    expect(assignTiers(rules, [{ id: "a" }, { id: "a" }])._unsafeUnwrapErr().code).toBe(
      "duplicate_customer_id",
    );
  });

  test.prop([
    fc.array(
      fc.record({
        revenue: fc.integer({ min: 0, max: 400 }),
        orders: fc.integer({ min: 0, max: 15 }),
        keyAccount: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  ])(
    "the tier is the first rule whose condition holds, in any order; a matched rule's checks all hold for `all`",
    (rows) => {
      const list = rows.map((r, i) => ({ id: `c${i}`, ...r }));
      const result = assignTiers(rules, list)._unsafeUnwrap();
      const reversed = new Map(
        assignTiers(rules, [...list].reverse())
          ._unsafeUnwrap()
          .map((a) => [a.id, a.tier]),
      );
      for (const [i, a] of result.entries()) {
        const r = list[i];
        if (r === undefined) continue;
        const expected = r.keyAccount
          ? "VIP"
          : r.revenue >= 100 && r.orders >= 8
            ? "Gold"
            : r.revenue >= 40 || r.orders >= 5
              ? "Silver"
              : "Standard";
        expect(a.tier).toBe(expected);
        expect(reversed.get(a.id)).toBe(expected);
        expect(a.trace).toBeUndefined();
      }
    },
  );
});
