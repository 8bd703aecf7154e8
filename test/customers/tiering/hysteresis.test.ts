import { fc, test } from "@fast-check/vitest";
import { type MigrationPolicy, parseMigrationPolicy, trackTierMigration } from "kefu/customers";
import { describe, expect, it } from "vitest";

const POLICY = {
  tiers: [
    { tier: "Gold", enter: 80, exit: 70, exitAfter: 2 },
    { tier: "Silver", enter: 60, exit: 50 },
  ],
  base: "Standard",
} as const;
const policy = parseMigrationPolicy(POLICY)._unsafeUnwrap();
const months = (scores: readonly number[]) =>
  scores.map((score, i) => ({ on: `2025-${String(i + 1).padStart(2, "0")}-28`, score }));

describe("trackTierMigration", () => {
  // By hand: Gold entered at ≥ 80, left after 2 consecutive periods < 70; Silver entered at ≥ 60,
  // left after 1 period < 50.
  //  Jan 55 Standard (below Silver's 60)   Feb 65 → Silver   Mar 82 → Gold
  //  Apr 75 Gold (dead band 70–80)         May 68 Gold (1 below)   Jun 72 Gold (count reset)
  //  Jul 69 Gold (1 below)  Aug 45 → 2 below: leave Gold; 45 < Silver's exit 50 too → Standard
  //  Sep 79 → Silver (≥ 60, < 80)          Oct 80 → Gold (exactly the entry threshold)
  const series = months([55, 65, 82, 75, 68, 72, 69, 45, 79, 80]);

  it("enters at once, leaves after the grace period, and skips tiers both ways", () => {
    const result = trackTierMigration(policy, series)._unsafeUnwrap();
    expect(result.steps.map((s) => `${s.tier}:${s.periodsBelowExit}`)).toEqual([
      "Standard:0",
      "Silver:0",
      "Gold:0",
      "Gold:0",
      "Gold:1",
      "Gold:0",
      "Gold:1",
      "Standard:0",
      "Silver:0",
      "Gold:0",
    ]);
    expect(result.events.map((e) => `${e.on} ${e.from}→${e.to} ${e.direction}`)).toEqual([
      "2025-02-28 Standard→Silver up",
      "2025-03-28 Silver→Gold up",
      "2025-08-28 Gold→Standard down",
      "2025-09-28 Standard→Silver up",
      "2025-10-28 Silver→Gold up",
    ]);
    expect(result.events[2]?.reason).toBe("2 consecutive periods below Gold exit 70 (69, 45)");
    expect(result.events[4]?.reason).toBe("score 80 ≥ Gold entry 80");
    expect(result.tier).toBe("Gold");
    expect(result.history[0]).toEqual({ tier: "Standard", from: null, until: "2025-02-28" });
    expect(result.history.at(-1)).toEqual({ tier: "Gold", from: "2025-10-28", until: null });
  });

  it("effective dates lag the period by effectiveLagDays (across a month end)", () => {
    const lagged = parseMigrationPolicy({ ...POLICY, effectiveLagDays: 4 })._unsafeUnwrap();
    const result = trackTierMigration(lagged, series)._unsafeUnwrap();
    // 2025-02-28 + 4 days = 2025-03-04 (2025 is not a leap year).
    expect(result.events[0]).toMatchObject({ on: "2025-02-28", effectiveOn: "2025-03-04" });
    expect(result.history[1]).toEqual({ tier: "Silver", from: "2025-03-04", until: "2025-04-01" });
  });

  it("demotion lands on the best lower tier whose exit the score still meets", () => {
    const result = trackTierMigration(policy, months([90, 60, 55]), { initialTier: "Gold" })._unsafeUnwrap();
    // 60 and 55 are below Gold's 70: after two periods, 55 ≥ Silver's exit 50 → Silver.
    expect(result.events.map((e) => `${e.from}→${e.to}`)).toEqual(["Gold→Silver"]);
    expect(result.history[0]).toEqual({ tier: "Gold", from: null, until: "2025-03-28" });
  });

  it("an empty series keeps the initial tier", () => {
    expect(trackTierMigration(policy, [])._unsafeUnwrap()).toEqual({
      steps: [],
      events: [],
      history: [{ tier: "Standard", from: null, until: null }],
      tier: "Standard",
    });
  });

  it("parseMigrationPolicy errors", () => {
    const err = (patch: Record<string, unknown>) =>
      parseMigrationPolicy({ ...POLICY, ...patch })._unsafeUnwrapErr();
    expect(err({ tiers: [] }).code).toBe("invalid_input");
    expect(err({ tiers: [{ tier: "Gold", enter: 80, exit: 70, exitAfter: 0 }] }).code).toBe("invalid_input");
    expect(err({ tiers: [{ tier: "Gold", enter: 80, exit: 70, grace: 2 }] }).code).toBe("invalid_input");
    expect(err({ base: "Gold" })).toMatchObject({ code: "duplicate_tier", path: ["base"] });
    expect(err({ tiers: [POLICY.tiers[0], POLICY.tiers[0]] })).toMatchObject({
      code: "duplicate_tier",
      path: ["tiers", 1, "tier"],
    });
    expect(err({ tiers: [{ tier: "Gold", enter: 70, exit: 80 }] })).toMatchObject({
      code: "exit_above_entry",
      path: ["tiers", 0, "exit"],
    });
    expect(err({ tiers: [POLICY.tiers[1], POLICY.tiers[0]] })).toMatchObject({
      code: "thresholds_not_descending",
      path: ["tiers", 1, "enter"],
    });
  });

  it("trackTierMigration errors", () => {
    expect(trackTierMigration(policy, [{ on: "2025-02-30", score: 1 }])._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    expect(
      trackTierMigration(policy, [{ on: "2025-02-01", score: Number.NaN }])._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(trackTierMigration(policy, months(new Array(10_001).fill(1)))._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
    const twice = [
      { on: "2025-01-31", score: 1 },
      { on: "2025-01-31", score: 2 },
    ];
    expect(trackTierMigration(policy, twice)._unsafeUnwrapErr()).toMatchObject({
      code: "periods_out_of_order",
      path: [1, "on"],
    });
    expect(trackTierMigration(policy, [], { initialTier: "Platinum" })._unsafeUnwrapErr().code).toBe(
      "unknown_tier",
    );
  });
});

const arbPolicy = fc
  .record({
    enters: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
    gaps: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }),
    graces: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ enters, gaps, graces }) =>
    parseMigrationPolicy({
      tiers: [...enters]
        .sort((a, b) => b - a)
        .map((enter, i) => ({
          tier: `T${i}`,
          enter,
          exit: enter - (gaps[i] ?? 0),
          exitAfter: graces[i] ?? 1,
        })),
      base: "Base",
    })._unsafeUnwrap(),
  );
const arbScores = fc.array(fc.integer({ min: -10, max: 110 }), { maxLength: 40 });

const enterOf = (p: MigrationPolicy, index: number) => p.tiers[index]?.enter ?? Number.POSITIVE_INFINITY;
const exitOf = (p: MigrationPolicy, index: number) => p.tiers[index]?.exit ?? Number.NEGATIVE_INFINITY;

describe("trackTierMigration laws", () => {
  test.prop([arbPolicy, arbScores])("a score inside the dead band never changes the tier", (p, scores) => {
    const names = [...p.tiers.map((t) => t.tier), p.base];
    const { steps } = trackTierMigration(
      p,
      scores.map((score, i) => ({ on: day(i), score })),
    )._unsafeUnwrap();
    let current = names.length - 1;
    for (const step of steps) {
      // dead band of the current tier: at or above its exit, below the entry of the tier above it
      if (step.score >= exitOf(p, current) && step.score < enterOf(p, current - 1)) {
        expect(step.tier).toBe(names[current]);
      }
      current = names.indexOf(step.tier);
    }
  });

  test.prop([arbPolicy, arbScores])(
    "down only after exitAfter consecutive periods below exit; up exactly when a higher entry is met",
    (p, scores) => {
      const names = [...p.tiers.map((t) => t.tier), p.base];
      const result = trackTierMigration(
        p,
        scores.map((score, i) => ({ on: day(i), score })),
      )._unsafeUnwrap();
      let current = names.length - 1;
      let run = 0;
      for (const step of result.steps) {
        const next = names.indexOf(step.tier);
        const reachesHigher = p.tiers.some((t, j) => j < current && step.score >= t.enter);
        expect(next < current).toBe(reachesHigher);
        run = step.score < exitOf(p, current) ? run + 1 : 0;
        if (next > current) expect(run).toBe(p.tiers[current]?.exitAfter);
        if (next !== current) run = 0;
        current = next;
      }
      expect(result.events).toHaveLength(result.history.length - 1);
      for (const [i, e] of result.events.entries()) {
        expect(result.history[i]?.until).toBe(e.effectiveOn);
        expect(result.history[i + 1]).toMatchObject({ tier: e.to, from: e.effectiveOn });
      }
    },
  );
});

function day(i: number): string {
  const date = new Date(Date.UTC(2020, 0, 1 + i * 30));
  return date.toISOString().slice(0, 10);
}
