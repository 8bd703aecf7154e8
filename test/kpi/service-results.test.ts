import { scoreEmployee, serviceResultsFrom } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { r, schemeWith, WORKED_RATINGS } from "./_fixtures";

describe("serviceResultsFrom", () => {
  it("turns an SLA attainment share into an exact percentage and keeps the rest", () => {
    expect(
      serviceResultsFrom({
        sla: { attainment: 0.95, breached: 2 },
        satisfaction: { overall: 88, engineering: null },
        lateHandovers: 1,
        custom: { nps: 30 },
      }),
    ).toEqual({
      slaAttainment: "95/1",
      breaches: 2,
      satisfaction: { overall: 88 },
      lateHandovers: 1,
      custom: { nps: 30 },
    });
  });

  it("leaves out what was not measured", () => {
    expect(serviceResultsFrom({ sla: { attainment: null } })).toEqual({});
    expect(serviceResultsFrom({})).toEqual({});
  });

  it("feeds scoring: 1/3 attainment is 100/3 %, exactly, and lands in the lowest band", () => {
    const scheme = schemeWith({
      indicators: [
        { id: "sla", source: "sla_attainment", rule: { bands: [{ from: "100/3", points: 1 }], below: -1 } },
      ],
    });
    const results = serviceResultsFrom({ sla: { attainment: 1 / 3 } });
    // 1/3 as a number prints as 0.3333333333333333, just under 1/3: so below the band.
    const score = scoreEmployee(scheme, {
      id: "li",
      ratings: WORKED_RATINGS,
      serviceResults: results,
    })._unsafeUnwrap();
    expect(score.indicators[0]?.points).toEqual(r(-1));
  });

  it("a value that is not a finite number reaches scoring as invalid_input", () => {
    const scheme = schemeWith({
      indicators: [{ id: "sla", source: "sla_attainment", rule: { bands: [{ from: 90, points: 0 }] } }],
    });
    const results = serviceResultsFrom({ sla: { attainment: Number.NaN } });
    expect(
      scoreEmployee(scheme, { id: "li", ratings: WORKED_RATINGS, serviceResults: results })._unsafeUnwrapErr()
        .code,
    ).toBe("invalid_input");
  });
});
