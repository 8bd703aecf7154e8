/** The words of a printed pay trace, per locale. */
export interface TraceWords {
  readonly title: (who: string, scheme: string) => string;
  readonly group: (id: string, weight: string, points: string, effective: string | null) => string;
  readonly rater: (rater: string, points: string, percent: string | null, excluded: boolean) => string;
  readonly mean: (counted: number, mean: string, points: string, contribution: string) => string;
  readonly missing: (rule: "missing_zero" | "missing_renormalized", counted: number) => string;
  readonly raterScore: (score: string, over: string | null) => string;
  readonly indicator: (id: string, value: string, points: string, band: string) => string;
  readonly skipped: (id: string) => string;
  readonly deductionPoints: (reason: string, points: string) => string;
  readonly deductionMoney: (reason: string, amount: string) => string;
  readonly bounds: (unbounded: string, floor: string, cap: string, score: string) => string;
  readonly gate: (gate: string, passed: boolean) => string;
  readonly factor: (multiplier: string, factor: string) => string;
  readonly total: (total: string) => string;
  readonly prorated: (method: string, factor: string, total: string) => string;
  readonly split: (base: string, performance: string, baseAmount: string, part: string) => string;
  readonly performance: (
    part: string,
    factor: string,
    exact: string,
    rounding: string,
    pay: string,
  ) => string;
  readonly deducted: (amount: string, paid: string) => string;
  readonly net: (net: string) => string;
}

const ROUNDING = {
  en: { halfUp: "half up", halfEven: "half even" },
  "zh-CN": { halfUp: "四舍五入", halfEven: "银行家舍入" },
} as const;

/** English and zh-CN words. */
export const TRACE_WORDS: Readonly<Record<"en" | "zh-CN", TraceWords>> = {
  en: {
    title: (who, scheme) => `Pay of ${who} — scheme ${scheme}`,
    group: (id, w, p, e) =>
      `Rater group ${id}: weight ${w}%${e === null ? "" : ` (used ${e}%)`}, out of ${p} points`,
    rater: (r, p, pct, x) =>
      `  ${r}: ${p} points${pct === null ? "" : ` (given as ${pct}%)`}${x ? " — self-rating, not counted" : ""}`,
    mean: (n, m, p, c) => `  mean of ${n} rater(s): ${m} of ${p} → contributes ${c} points`,
    missing: (rule, n) =>
      `  only ${n} rater(s): group missing — ${rule === "missing_zero" ? "scores 0" : "left out, weights renormalized"}`,
    raterScore: (s, over) =>
      `Rater score: ${s} of 100${over === null ? "" : ` (renormalized over ${over}% of weight)`}`,
    indicator: (id, v, p, b) => `Indicator ${id}: value ${v} → ${p} points (${b})`,
    skipped: (id) => `Indicator ${id}: no value — skipped`,
    deductionPoints: (r, p) => `Deduction "${r}": −${p} points`,
    deductionMoney: (r, a) => `Deduction "${r}": −${a} from performance pay`,
    bounds: (u, f, c, s) => `Score before bounds ${u}; floor ${f}, cap ${c} → score ${s}`,
    gate: (g, ok) => `Gate ${g}: ${ok ? "reached" : "not reached — no performance pay"}`,
    factor: (m, f) => `Multiplier ${m} → ${f}% of the performance part is paid`,
    total: (t) => `Monthly total ${t}`,
    prorated: (m, f, t) => `Prorated (${m}, factor ${f}) → total ${t}`,
    split: (b, p, ba, pa) => `Split ${b} : ${p} (largest remainder) → base ${ba} + performance part ${pa}`,
    performance: (p, f, e, r, pay) => `Performance pay ${p} × ${f}% = ${e} (exact) → ${pay} (rounded ${r})`,
    deducted: (a, p) => `Money deductions −${a} → performance pay paid ${p}`,
    net: (n) => `Net pay ${n}`,
  },
  "zh-CN": {
    title: (who, scheme) => `${who} 的薪资 — 考核方案 ${scheme}`,
    group: (id, w, p, e) => `考核方 ${id}：权重 ${w}%${e === null ? "" : `（实际 ${e}%）`}，满分 ${p} 分`,
    rater: (r, p, pct, x) =>
      `  ${r}：${p} 分${pct === null ? "" : `（按百分比 ${pct}% 给分）`}${x ? " — 本人自评，不计入" : ""}`,
    mean: (n, m, p, c) => `  ${n} 人平均：${m} / ${p} → 计 ${c} 分`,
    missing: (rule, n) =>
      `  仅 ${n} 人评分：该方缺失 — ${rule === "missing_zero" ? "计 0 分" : "不计入，权重按比例放大"}`,
    raterScore: (s, over) => `考核得分：${s} / 100${over === null ? "" : `（按已评 ${over}% 权重折算）`}`,
    indicator: (id, v, p, b) => `指标 ${id}：数值 ${v} → ${p} 分（${b}）`,
    skipped: (id) => `指标 ${id}：无数据 — 跳过`,
    deductionPoints: (r, p) => `扣分「${r}」：−${p} 分`,
    deductionMoney: (r, a) => `扣款「${r}」：从绩效薪资扣 ${a}`,
    bounds: (u, f, c, s) => `调整前得分 ${u}；下限 ${f}，上限 ${c} → 总绩效得分 ${s}`,
    gate: (g, ok) => `门槛 ${g} 分：${ok ? "已达到" : "未达到 — 不发绩效薪资"}`,
    factor: (m, f) => `系数 ${m} → 发放绩效部分的 ${f}%`,
    total: (t) => `月度总薪资 ${t}`,
    prorated: (m, f, t) =>
      `折算（${m === "cn_21_75" ? "按 21.75 天计薪" : "按日历天数"}，比例 ${f}）→ 本期总薪资 ${t}`,
    split: (b, p, ba, pa) => `按 ${b} : ${p} 拆分（最大余额法）→ 基本底薪 ${ba} + 绩效部分 ${pa}`,
    performance: (p, f, e, r, pay) => `绩效薪资 ${p} × ${f}% = ${e}（精确值）→ ${pay}（${r}）`,
    deducted: (a, p) => `扣款 −${a} → 实发绩效薪资 ${p}`,
    net: (n) => `实发薪资 ${n}`,
  },
};

/** The name of a rounding mode in a locale. */
export function roundingName(locale: "en" | "zh-CN", mode: "halfUp" | "halfEven"): string {
  return ROUNDING[locale][mode];
}

/** How an indicator's band is described. */
export function bandName(locale: "en" | "zh-CN", band: number | null): string {
  if (band === null) return locale === "en" ? "linear rule" : "线性规则";
  if (band === -1) return locale === "en" ? "below the first band" : "低于第一档";
  return locale === "en" ? `band ${band + 1}` : `第 ${band + 1} 档`;
}
