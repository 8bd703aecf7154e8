import { analyzeKeyDrivers, analyzeSurveyDrivers, parseSurvey } from "kefu/satisfaction";
import { describe, expect, it } from "vitest";
import { accept, answer, survey } from "./_fixtures";

// Expected values computed independently with NumPy 2.4: R = corrcoef(X.T); β = solve(R, r);
// R² = r·β (equal to OLS R² from lstsq); Λ = V·diag(√w)·Vᵀ from eigh(R); β* = solve(Λ, r);
// ε = (Λ²)·(β*²)  (Johnson 2000).
const rows: readonly (readonly [number, number, number])[] = [
  [3, 4, 2],
  [4, 4, 3],
  [2, 3, 2],
  [5, 5, 4],
  [4, 3, 5],
  [1, 2, 1],
  [3, 3, 3],
  [5, 4, 4],
  [2, 2, 3],
  [4, 5, 2],
];
const overall = [3, 5, 2, 5, 4, 1, 2, 5, 3, 4];
const input = {
  drivers: ["walls", "plumbing", "outlets"].map((id, j) => ({ id, values: rows.map((row) => row[j] ?? 0) })),
  overall,
};

describe("analyzeKeyDrivers", () => {
  it("correlations, standardised betas and relative weights that sum to R²", () => {
    const result = analyzeKeyDrivers(input)._unsafeUnwrap();
    expect(result.n).toBe(10);
    expect(result.rSquared).toBeCloseTo(0.8442071762229866, 10);
    const expected = [
      [0.9179842656991968, 1.0226607851690213, 0.35458704354659676, 1],
      [0.719443078836193, -0.098997745972082, 0.25924828957579876, 2],
      [0.6750401004204107, -0.03459956013756438, 0.23037184310059033, 3],
    ];
    for (const [j, [r, beta, weight, rank]] of expected.entries()) {
      const driver = result.drivers[j];
      expect(driver?.correlation).toBeCloseTo(r ?? 0, 10);
      expect(driver?.beta).toBeCloseTo(beta ?? 0, 8);
      expect(driver?.relativeWeight).toBeCloseTo(weight ?? 0, 8);
      expect(driver?.rank).toBe(rank);
    }
    const total = result.drivers.reduce((sum, d) => sum + d.relativeWeight, 0);
    expect(total).toBeCloseTo(result.rSquared, 12);
    expect(result.drivers.reduce((sum, d) => sum + d.share, 0)).toBeCloseTo(1, 12);
    expect(result).toMatchObject({ collinear: false, smallSample: true });
  });

  it("stays stable for identical drivers: each gets r²/2 and β = r/2 (r = 0.828571)", () => {
    const x = [1, 2, 3, 4, 5, 6];
    const result = analyzeKeyDrivers({
      drivers: [
        { id: "a", values: x },
        { id: "b", values: x },
      ],
      overall: [2, 1, 4, 3, 6, 5],
    })._unsafeUnwrap();
    expect(result.collinear).toBe(true);
    for (const driver of result.drivers) {
      expect(driver.relativeWeight).toBeCloseTo(0.3432653061224491, 10);
      expect(driver.beta).toBeCloseTo(0.41428571428571437, 10);
    }
    expect(result.rSquared).toBeCloseTo(0.8285714285714287 ** 2, 10);
  });

  it("leaves out rows with a null (listwise deletion)", () => {
    const withGap = {
      drivers: input.drivers.map((d, j) => ({
        id: d.id,
        values: j === 0 ? [...d.values, null] : [...d.values, 3],
      })),
      overall: [...overall, 4],
    };
    expect(analyzeKeyDrivers(withGap)._unsafeUnwrap().n).toBe(10);
  });

  it("invalid_input, length_mismatch, too_few_rows, zero_variance", () => {
    expect(analyzeKeyDrivers({ drivers: [], overall: [] })._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(
      analyzeKeyDrivers({ drivers: [{ id: "a", values: [1, 2] }], overall: [1, 2, 3] })._unsafeUnwrapErr(),
    ).toMatchObject({ code: "length_mismatch", path: ["drivers", 0, "values"] });
    expect(
      analyzeKeyDrivers({ drivers: [{ id: "a", values: [1, 2] }], overall: [1, 2] })._unsafeUnwrapErr().code,
    ).toBe("too_few_rows");
    expect(
      analyzeKeyDrivers({
        drivers: [{ id: "a", values: [1, 1, 1, 1] }],
        overall: [1, 2, 3, 4],
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: "zero_variance", path: ["drivers", 0, "values"] });
    expect(
      analyzeKeyDrivers({
        drivers: [{ id: "a", values: [1, 2, 3, 4] }],
        overall: [2, 2, 2, 2],
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: "zero_variance", path: ["overall"] });
  });
});

describe("analyzeSurveyDrivers", () => {
  const complete = accept(
    rows.map(([walls, plumbing, outlets], i) =>
      answer(`k${i}`, 3, { walls, plumbing, outlets, ltr: (overall[i] ?? 0) * 2 }),
    ),
  );

  it("uses the survey's overall question and its other numeric questions (0–100 scores)", () => {
    const result = analyzeSurveyDrivers(survey, complete, {
      drivers: ["walls", "plumbing", "outlets"],
    })._unsafeUnwrap();
    // Rescaling answers to 0–100 does not change correlations: same figures as above.
    expect(result.rSquared).toBeCloseTo(0.8442071762229866, 10);
    expect(result.drivers[0]?.relativeWeight).toBeCloseTo(0.35458704354659676, 8);
  });

  it("defaults the drivers to every numeric question but the overall one", () => {
    const withYesNo = accept(
      rows.map(([walls, plumbing, outlets], i) =>
        answer(`y${i}`, 3, { walls, plumbing, outlets, explained: i % 3 === 0, ltr: overall[i] ?? 0 }),
      ),
    );
    const result = analyzeSurveyDrivers(survey, withYesNo)._unsafeUnwrap();
    expect(result.drivers.map((d) => d.id)).toEqual(["walls", "plumbing", "outlets", "explained"]);
    // Without "explained" answered every row is incomplete.
    expect(analyzeSurveyDrivers(survey, complete)._unsafeUnwrapErr().code).toBe("too_few_rows");
  });

  it("no_overall_question, unknown_question, question_not_numeric, invalid_input", () => {
    const plain = parseSurvey({
      id: "s",
      title: "S",
      questions: [
        { id: "q", text: "Q", scale: { kind: "likert", points: 5 }, area: "sales_service" },
        {
          id: "c",
          text: "C",
          area: "sales_service",
          scale: {
            kind: "choice",
            options: [
              { id: "a", label: "A" },
              { id: "b", label: "B" },
            ],
          },
        },
      ],
    })._unsafeUnwrap();
    expect(analyzeSurveyDrivers(plain, [])._unsafeUnwrapErr().code).toBe("no_overall_question");
    expect(analyzeSurveyDrivers(plain, [], { overall: "zz" })._unsafeUnwrapErr()).toMatchObject({
      code: "unknown_question",
      path: ["overall"],
    });
    expect(
      analyzeSurveyDrivers(plain, [], { overall: "q", drivers: ["c"] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: "question_not_numeric",
      path: ["drivers", 0],
    });
    expect(analyzeSurveyDrivers(plain, [], { overall: 3 } as never)._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});
