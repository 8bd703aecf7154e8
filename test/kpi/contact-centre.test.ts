import { agentsForServiceLevel, computeContactCentreKpis, erlangC } from "kefu/kpi";
import { describe, expect, it } from "vitest";

describe("computeContactCentreKpis", () => {
  const contacts = [
    { waitSeconds: 5, outcome: "answered", handleSeconds: 200, resolvedFirstContact: true },
    { waitSeconds: 20, outcome: "answered", handleSeconds: 300, resolvedFirstContact: true },
    { waitSeconds: 35, outcome: "answered", handleSeconds: 400, resolvedFirstContact: false },
    { waitSeconds: 60, outcome: "answered" },
    { waitSeconds: 40, outcome: "abandoned" },
    { waitSeconds: 3, outcome: "abandoned" },
  ];

  it("computes each KPI from its definition", () => {
    // By hand: offered 6; short abandons (< 5 s) 1; counted = 4 answered + 1 abandoned = 5.
    // SL = answered within 20 s (5 s, 20 s) / 5 = 0.4; ASA = (5 + 20 + 35 + 60) / 4 = 30 s;
    // abandonment 1/5; FCR 2 of 3 flagged; AHT (200 + 300 + 400) / 3 = 300 s; occupancy 900 / 1800.
    const kpis = computeContactCentreKpis({ contacts, staffedSeconds: 1_800 })._unsafeUnwrap();
    expect(kpis).toEqual({
      offered: 6,
      answered: 4,
      abandoned: 1,
      shortAbandoned: 1,
      answeredWithinTarget: 2,
      serviceLevel: 0.4,
      asaSeconds: 30,
      abandonmentRate: 0.2,
      firstContactResolution: 2 / 3,
      ahtSeconds: 300,
      occupancy: 0.5,
    });
  });

  it("thresholds are configurable: within 60 s, no short abandons", () => {
    // SL = 4 answered within 60 s / (4 + 2 abandoned) = 2/3; abandonment 2/6.
    const kpis = computeContactCentreKpis({
      contacts,
      serviceLevelSeconds: 60,
      shortAbandonSeconds: 0,
    })._unsafeUnwrap();
    expect([kpis.serviceLevel, kpis.abandonmentRate, kpis.shortAbandoned, kpis.occupancy]).toEqual([
      2 / 3,
      1 / 3,
      0,
      null,
    ]);
  });

  it("rates with nothing to divide by are null", () => {
    const kpis = computeContactCentreKpis({ contacts: [], staffedSeconds: 0 })._unsafeUnwrap();
    expect([
      kpis.serviceLevel,
      kpis.asaSeconds,
      kpis.firstContactResolution,
      kpis.ahtSeconds,
      kpis.occupancy,
    ]).toEqual([null, null, null, null, null]);
  });

  it("invalid_input", () => {
    expect(
      computeContactCentreKpis({ contacts: [{ waitSeconds: -1, outcome: "answered" }] })._unsafeUnwrapErr()
        .code,
    ).toBe("invalid_input");
    expect(
      computeContactCentreKpis({ contacts: [{ waitSeconds: 1, outcome: "lost" }] })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
  });
});

describe("erlangC", () => {
  const load = { arrivals: 100, intervalSeconds: 1_800, ahtSeconds: 180, targetSeconds: 20 };

  it("matches the published example: 100 calls / 30 min, 180 s AHT, 14 agents, 20 s", () => {
    // Published (e.g. Call Centre Helper's Erlang C walkthrough): A = 10 erlangs, Pw ≈ 0.1741,
    // SL ≈ 0.8884, ASA ≈ 7.8 s; python3 with math.factorial gives 0.174132, 0.888350, 7.835937.
    const result = erlangC({ ...load, agents: 14 })._unsafeUnwrap();
    expect(result.trafficErlangs).toBe(10);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.174132, 6);
    expect(result.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(result.asaSeconds).toBeCloseTo(7.835937, 5);
    expect(result.occupancy).toBeCloseTo(10 / 14, 12);
    expect(result.stable).toBe(true);
  });

  it.each([
    [11, 0.682118, 0.389614, 122.781277],
    [13, 0.28527, 0.795595, 17.116227],
  ])("%s agents", (agents, pw, sl, asa) => {
    const result = erlangC({ ...load, agents })._unsafeUnwrap();
    expect(result.probabilityOfWaiting).toBeCloseTo(pw, 5);
    expect(result.serviceLevel).toBeCloseTo(sl, 5);
    expect(result.asaSeconds).toBeCloseTo(asa, 4);
  });

  it("no more agents than erlangs: an unstable queue, waiting certain, ASA null", () => {
    expect(erlangC({ ...load, agents: 10 })._unsafeUnwrap()).toMatchObject({
      stable: false,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      asaSeconds: null,
    });
  });

  it("invalid_input: zero agents, unknown keys, too much traffic", () => {
    expect(erlangC({ ...load, agents: 0 })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(erlangC({ ...load, agents: 14, agent: 1 })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(erlangC({ ...load, arrivals: 1e9, agents: 14 })._unsafeUnwrapErr().code).toBe("invalid_input");
  });
});

describe("agentsForServiceLevel", () => {
  const load = { arrivals: 100, ahtSeconds: 180, targetSeconds: 20 };

  it("80/20: 14 agents (13 reach only 0.7956); with 30% shrinkage schedule ⌈14 / 0.7⌉ = 20", () => {
    const result = agentsForServiceLevel({ ...load, serviceLevel: 0.8, shrinkage: 0.3 })._unsafeUnwrap();
    expect([result.agents, result.scheduled]).toEqual([14, 20]);
    expect(result.serviceLevel).toBeCloseTo(0.88835, 5);
  });

  it("a maximum occupancy can need more agents than the service level: 10 erlangs at ≤ 70% → 15", () => {
    // SL 0.5 needs 12 agents (0.6402), but 10/12 = 83% occupancy; 10/15 = 66.7% ≤ 70%.
    expect(agentsForServiceLevel({ ...load, serviceLevel: 0.5 })._unsafeUnwrap().agents).toBe(12);
    expect(
      agentsForServiceLevel({ ...load, serviceLevel: 0.5, maxOccupancy: 0.7 })._unsafeUnwrap().agents,
    ).toBe(15);
  });

  it("a larger centre: 1,000 calls an hour, 300 s AHT, 80/20 → 91 agents", () => {
    // A = 83.33 erlangs; python3 (factorial formula): 90 agents → SL < 0.8, 91 → 0.81438.
    const result = agentsForServiceLevel({
      arrivals: 1_000,
      intervalSeconds: 3_600,
      ahtSeconds: 300,
      targetSeconds: 20,
      serviceLevel: 0.8,
    })._unsafeUnwrap();
    expect(result.agents).toBe(91);
    expect(result.serviceLevel).toBeCloseTo(0.814382, 5);
  });

  it("invalid_input: a target of 100%, shrinkage of 1", () => {
    expect(agentsForServiceLevel({ ...load, serviceLevel: 1 })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(agentsForServiceLevel({ ...load, serviceLevel: 0.8, shrinkage: 1 })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });

  it("staffing_out_of_range: an occupancy cap no count up to 100,000 can meet", () => {
    expect(
      agentsForServiceLevel({ ...load, serviceLevel: 0.8, maxOccupancy: 0.00001 })._unsafeUnwrapErr().code,
    ).toBe("staffing_out_of_range");
  });
});
