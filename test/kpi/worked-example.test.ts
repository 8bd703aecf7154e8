import { computePay, formatPayTrace, formatScoreTrace, scoreEmployee } from "kefu/kpi";
import { describe, expect, it } from "vitest";
import { CNY, r, SOURCE_SCHEME, schemeWith, WORKED_RATINGS } from "./_fixtures";

const worked = () =>
  computePay(SOURCE_SCHEME, { id: "jia", name: "某甲", total: CNY(900_000), ratings: WORKED_RATINGS });

describe("the source's worked example (客服专员薪酬)", () => {
  it("45 + 18 + 17 + 10 = 90 points → 2,700.00 performance pay → 8,700.00", () => {
    // By hand: 9,000.00 × 2/3 = 6,000.00 base; × 1/3 = 3,000.00 performance part;
    // score 45/50·50 + 18/20·20 + 17/20·20 + 10/10·10 = 90; 3,000.00 × 90% = 2,700.00; net 8,700.00.
    const pay = worked()._unsafeUnwrap();
    expect(pay.score.score).toEqual(r(90));
    expect(pay.score.payFactor).toEqual(r(9, 10));
    expect([pay.total, pay.base, pay.performancePart]).toEqual([CNY(900_000), CNY(600_000), CNY(300_000)]);
    expect([pay.performanceExact, pay.performancePay, pay.net]).toEqual([
      r(270_000),
      CNY(270_000),
      CNY(870_000),
    ]);
    expect(
      scoreEmployee(SOURCE_SCHEME, { id: "jia", ratings: WORKED_RATINGS })._unsafeUnwrap().score,
    ).toEqual(r(90));
  });

  it("prints the trace in English", () => {
    expect(formatPayTrace(worked()._unsafeUnwrap(), SOURCE_SCHEME, "en")).toEqual([
      "Pay of 某甲 (jia) — scheme specialist",
      "Rater group supervisor: weight 50%, out of 50 points",
      "  chen: 45 points",
      "  mean of 1 rater(s): 45 of 50 → contributes 45 points",
      "Rater group marketing: weight 20%, out of 20 points",
      "  zhou: 18 points",
      "  mean of 1 rater(s): 18 of 20 → contributes 18 points",
      "Rater group production: weight 20%, out of 20 points",
      "  wu: 17 points",
      "  mean of 1 rater(s): 17 of 20 → contributes 17 points",
      "Rater group peers: weight 10%, out of 10 points",
      "  wang: 10 points",
      "  mean of 1 rater(s): 10 of 10 → contributes 10 points",
      "Rater score: 90 of 100",
      "Score before bounds 90; floor 0, cap 100 → score 90",
      "Multiplier 1 → 90% of the performance part is paid",
      "Monthly total CN¥9,000.00",
      "Split 2 : 1 (largest remainder) → base CN¥6,000.00 + performance part CN¥3,000.00",
      "Performance pay CN¥3,000.00 × 90% = 2700 CNY (exact) → CN¥2,700.00 (rounded half up)",
      "Net pay CN¥8,700.00",
    ]);
  });

  it("prints the trace in zh-CN (the default)", () => {
    const lines = formatPayTrace(worked()._unsafeUnwrap(), SOURCE_SCHEME);
    expect(lines[0]).toBe("某甲 (jia) 的薪资 — 考核方案 specialist");
    expect(lines).toContain("考核得分：90 / 100");
    expect(lines).toContain("绩效薪资 ¥3,000.00 × 90% = 2700 CNY（精确值）→ ¥2,700.00（四舍五入）");
    expect(lines.at(-1)).toBe("实发薪资 ¥8,700.00");
  });

  it("traces every step of a harder case: renormalized, self-rating, indicator, deductions, gate, proration", () => {
    const scheme = schemeWith({
      groups: [
        { id: "supervisor", label: "本部门主管", weight: 50 },
        { id: "marketing", weight: 20 },
        { id: "production", weight: 20 },
        { id: "peers", weight: 10, excludeSelf: true },
      ],
      missingGroup: "renormalize",
      indicators: [{ id: "late", source: "late_handovers", rule: { linear: { per: -2, min: -10 } } }],
      score: { gate: 60 },
    });
    const pay = computePay(scheme, {
      id: "li",
      total: CNY(900_000),
      ratings: [
        { group: "supervisor", rater: "chen", percent: 88 },
        { group: "marketing", rater: "zhou", points: 18 },
        { group: "peers", rater: "li", points: 10 },
        { group: "peers", rater: "zhao", points: 9 },
      ],
      serviceResults: { lateHandovers: 1 },
      deductions: [{ reason: "迟交资料罚款", amount: CNY(5_000) }],
      proration: { method: "calendar_days", days: 20, daysInPeriod: 31 },
    })._unsafeUnwrap();
    // By hand: present weight 80 (production missing); 44 + 18 + 9 = 71 → 71 × 100/80 = 88.75;
    // − 2 (one late hand-over) = 86.75; total 900000 × 20/31 = 580645.16 → 580645 → 387097 + 193548;
    // 193548 × 0.8675 = 167902.89 → 167903; − 5000 → 162903; net 387097 + 162903 = 550000.
    expect(pay.score.score).toEqual(r(8675, 100));
    expect([pay.total.amount, pay.base.amount, pay.performancePart.amount]).toEqual([
      580_645, 387_097, 193_548,
    ]);
    expect([pay.performancePay.amount, pay.performancePaid.amount, pay.net.amount]).toEqual([
      167_903, 162_903, 550_000,
    ]);
    const en = formatPayTrace(pay, scheme, "en");
    expect(en).toEqual(
      expect.arrayContaining([
        "Rater group 本部门主管: weight 50% (used 62.5%), out of 50 points",
        "  chen: 44 points (given as 88%)",
        "  only 0 rater(s): group missing — left out, weights renormalized",
        "  li: 10 points — self-rating, not counted",
        "Rater score: 88.75 of 100 (renormalized over 80% of weight)",
        "Indicator late: value 1 → −2 points (linear rule)",
        `Deduction "迟交资料罚款": −CN¥50.00 from performance pay`,
        "Gate 60: reached",
        "Prorated (calendar_days, factor ≈0.6452 (20/31)) → total CN¥5,806.45",
        "Money deductions −CN¥50.00 → performance pay paid CN¥1,629.03",
      ]),
    );
    const zh = formatScoreTrace(pay.score, scheme, "zh-CN");
    expect(zh).toContain("  仅 0 人评分：该方缺失 — 不计入，权重按比例放大");
    expect(zh).toContain("门槛 60 分：已达到");
  });
});
