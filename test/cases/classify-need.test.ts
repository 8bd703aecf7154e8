import { classifyNeed, defaultNeedClassifier, defineNeedClassifier } from "kefu/cases";
import { describe, expect, it } from "vitest";

const form = (text: string, extra: Record<string, unknown> = {}) => ({
  channel: "wechat",
  text,
  date: "2025-10-09",
  ...extra,
});
const classify = (text: string, extra: Record<string, unknown> = {}) =>
  classifyNeed(defaultNeedClassifier, form(text, extra))._unsafeUnwrap();

describe("classifyNeed", () => {
  it.each([
    ["我要投诉物业服务态度差", "complaint", null, "high"],
    ["卫生间漏水", "repair", "warranty", "normal"],
    ["The heater is broken", "repair", "warranty", "normal"],
    ["建议小区增加充电桩", "inquiry", "suggestion", "normal"],
    ["请问二期的价格和户型", "inquiry", "pre_sale", "normal"],
    ["门禁卡怎么补办", "inquiry", "after_sale", "normal"],
    ["同一批次的窗户反复出现渗水", "defect", null, "normal"],
  ])("%s → %s / %s", (text, kind, subtype, priority) => {
    expect(classify(text)).toMatchObject({ kind, subtype, priority });
  });

  it("says what decided it", () => {
    expect(classify("卫生间漏水").matchedBy).toEqual({ source: "keyword", keyword: "漏水" });
    expect(classify("门禁卡怎么补办").matchedBy).toEqual({ source: "fallback" });
    expect(classify("漏水", { category: "complaint" })).toMatchObject({
      kind: "complaint",
      matchedBy: { source: "category" },
    });
  });

  it("urgent keywords raise the priority; matching ignores case and width", () => {
    expect(classify("燃气管道漏气，紧急").priority).toBe("urgent");
    expect(classify("URGENT: LEAK").priority).toBe("urgent");
    expect(classify("ＬＥＡＫ in the kitchen").kind).toBe("repair");
  });

  it("tells a free warranty repair from a paid one by the need's date", () => {
    expect(classify("漏水", { warrantyEndsOn: "2025-10-09" })).toMatchObject({
      subtype: "warranty",
      warranty: "in_warranty",
    });
    expect(classify("漏水", { warrantyEndsOn: "2025-10-08" })).toMatchObject({
      subtype: "paid",
      warranty: "expired",
    });
    expect(classify("漏水")).toMatchObject({ subtype: "warranty", warranty: "unknown" });
    expect(classify("建议").warranty).toBeNull();
  });

  it("uses a host's own classifier", () => {
    const own = defineNeedClassifier({
      ...defaultNeedClassifier,
      rules: [{ kind: "repair", keywords: ["停水"] }, ...defaultNeedClassifier.rules],
      urgentKeywords: ["停水"],
    })._unsafeUnwrap();
    expect(classifyNeed(own, form("小区停水了"))._unsafeUnwrap()).toMatchObject({
      kind: "repair",
      priority: "urgent",
    });
  });

  it("rejects malformed forms and classifiers", () => {
    expect(
      classifyNeed(defaultNeedClassifier, form("x", { channel: "pigeon" }))._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(
      classifyNeed(defaultNeedClassifier, form("x", { date: "2025-02-30" }))._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(
      defineNeedClassifier({
        ...defaultNeedClassifier,
        rules: [{ kind: "inquiry", keywords: ["x"] }],
      })._unsafeUnwrapErr().code,
    ).toBe("invalid_input");
    expect(defineNeedClassifier({ ...defaultNeedClassifier, extra: 1 })._unsafeUnwrapErr().code).toBe(
      "invalid_input",
    );
  });
});
