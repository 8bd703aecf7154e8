import { ok, type Result } from "neverthrow";
import { z } from "zod";
import type { InvalidInputError } from "../core/errors.js";
import { LocalDateSchema } from "../core/local-date.js";
import { parseWithSchema } from "../core/result.js";
import type { DeepReadonly } from "../core/types.js";
import {
  type CaseKind,
  type CaseSubtype,
  CHANNELS,
  type Channel,
  PRIORITIES,
  type Priority,
} from "./vocabulary.js";

const keywords = z.array(z.string().min(1).max(50)).min(1).max(200);
const RuleSchema = z.union([
  z.strictObject({
    kind: z.literal("inquiry"),
    subtype: z.enum(["pre_sale", "after_sale", "suggestion"]),
    keywords,
  }),
  z.strictObject({ kind: z.enum(["complaint", "repair", "defect"]), keywords }),
]);

/**
 * zod schema of a need classifier: keyword rules (first match wins), urgent keywords, and the
 * priority of each kind.
 *
 * @category Cases
 * @since 0.1.0
 */
export const NeedClassifierSchema = z.strictObject({
  rules: z.array(RuleSchema).max(100),
  urgentKeywords: z.array(z.string().min(1).max(50)).max(200),
  priorities: z.strictObject({
    inquiry: z.enum(PRIORITIES),
    complaint: z.enum(PRIORITIES),
    repair: z.enum(PRIORITIES),
    follow_up: z.enum(PRIORITIES),
    defect: z.enum(PRIORITIES),
  }),
});

/**
 * A validated need classifier.
 *
 * @category Cases
 * @since 0.1.0
 */
export type NeedClassifier = DeepReadonly<z.output<typeof NeedClassifierSchema>>;

/**
 * The default classifier: Chinese and English keywords for complaints, repairs, defects,
 * suggestions and pre-sale questions; anything else is an after-sale inquiry.
 *
 * @category Cases
 * @since 0.1.0
 */
export const defaultNeedClassifier: NeedClassifier = {
  rules: [
    { kind: "complaint", keywords: ["投诉", "不满", "态度差", "太差", "complain", "unacceptable"] },
    { kind: "defect", keywords: ["缺陷", "反复出现", "批量", "recurring", "defect"] },
    {
      kind: "repair",
      keywords: [
        "维修",
        "报修",
        "坏了",
        "损坏",
        "漏水",
        "渗水",
        "裂缝",
        "故障",
        "repair",
        "broken",
        "leak",
        "fault",
        "not working",
      ],
    },
    { kind: "inquiry", subtype: "suggestion", keywords: ["建议", "意见", "suggest"] },
    {
      kind: "inquiry",
      subtype: "pre_sale",
      keywords: ["购买", "价格", "看房", "户型", "优惠", "buy", "price", "purchase"],
    },
  ],
  urgentKeywords: ["紧急", "危险", "漏电", "燃气", "火", "urgent", "emergency", "danger"],
  priorities: {
    inquiry: "normal",
    complaint: "high",
    repair: "normal",
    follow_up: "normal",
    defect: "normal",
  },
};

/**
 * Validates a host's own classifier.
 *
 * @param input - a {@link NeedClassifier}-shaped value.
 * @returns `Ok` with the classifier, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * defineNeedClassifier({ ...defaultNeedClassifier, urgentKeywords: ["停水"] });
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function defineNeedClassifier(input: unknown): Result<NeedClassifier, InvalidInputError> {
  return parseWithSchema(NeedClassifierSchema, input);
}

/**
 * zod schema of a need as a channel form captures it.
 *
 * @category Cases
 * @since 0.1.0
 */
export const NeedFormSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  text: z.string().max(5_000),
  /** The category the customer picked on the form, when it has one; it wins over keywords. */
  category: z.enum(["question", "pre_sale", "suggestion", "complaint", "repair", "defect"]).optional(),
  /** The local date of the need, to tell a warranty repair from a paid one. */
  date: LocalDateSchema,
  /** The end of the unit's warranty, if known. */
  warrantyEndsOn: LocalDateSchema.optional(),
});

/**
 * A need as a channel form captures it.
 *
 * @category Cases
 * @since 0.1.0
 */
export type NeedForm = DeepReadonly<z.input<typeof NeedFormSchema>>;

/**
 * How a need was classified, and why.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface NeedClassification {
  readonly kind: CaseKind;
  readonly subtype: CaseSubtype | null;
  readonly priority: Priority;
  readonly channel: Channel;
  /** What decided the kind: the form's category, a rule's keyword, or the fallback. */
  readonly matchedBy:
    | { readonly source: "category" }
    | { readonly source: "keyword"; readonly keyword: string }
    | { readonly source: "fallback" };
  /** For repairs: whether the need's date is within the warranty (unknown counts as warranty). */
  readonly warranty: "in_warranty" | "expired" | "unknown" | null;
}

const CATEGORY_KINDS = {
  question: ["inquiry", "after_sale"],
  pre_sale: ["inquiry", "pre_sale"],
  suggestion: ["inquiry", "suggestion"],
  complaint: ["complaint", null],
  repair: ["repair", null],
  defect: ["defect", null],
} as const;

const normalise = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * Classifies a new need into a case kind, subtype and priority from a channel form: the form's
 * category if it has one, else the first rule with a keyword in the text, else an after-sale
 * inquiry. A repair is a free warranty repair unless the need's date is after the warranty's end.
 *
 * @param classifier - `defaultNeedClassifier` or one from `defineNeedClassifier`.
 * @param form - the need, validated here.
 * @returns `Ok` with the classification, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * classifyNeed(defaultNeedClassifier, {
 *   channel: "wechat", text: "卫生间漏水，很紧急", date: "2025-10-09", warrantyEndsOn: "2026-06-30",
 * }); // Ok({ kind: "repair", subtype: "warranty", priority: "urgent", … })
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function classifyNeed(
  classifier: NeedClassifier,
  form: unknown,
): Result<NeedClassification, InvalidInputError> {
  return parseWithSchema(NeedFormSchema, form).andThen((need) => {
    const text = normalise(need.text);
    const found = (words: readonly string[]) => words.find((word) => text.includes(normalise(word)));
    let decided: { kind: CaseKind; subtype: CaseSubtype | null; matchedBy: NeedClassification["matchedBy"] } =
      {
        kind: "inquiry",
        subtype: "after_sale",
        matchedBy: { source: "fallback" },
      };
    if (need.category !== undefined) {
      const [kind, subtype] = CATEGORY_KINDS[need.category];
      decided = { kind, subtype, matchedBy: { source: "category" } };
    } else {
      for (const rule of classifier.rules) {
        const keyword = found(rule.keywords);
        if (keyword === undefined) continue;
        decided = {
          kind: rule.kind,
          subtype: "subtype" in rule ? rule.subtype : null,
          matchedBy: { source: "keyword", keyword },
        };
        break;
      }
    }
    const warranty: NeedClassification["warranty"] =
      decided.kind !== "repair"
        ? null
        : need.warrantyEndsOn === undefined
          ? "unknown"
          : need.date <= need.warrantyEndsOn
            ? "in_warranty"
            : "expired";
    const subtype =
      decided.kind === "repair" ? (warranty === "expired" ? "paid" : "warranty") : decided.subtype;
    const priority =
      found(classifier.urgentKeywords) === undefined ? classifier.priorities[decided.kind] : "urgent";
    return ok({
      kind: decided.kind,
      subtype,
      priority,
      channel: need.channel,
      matchedBy: decided.matchedBy,
      warranty,
    });
  });
}
