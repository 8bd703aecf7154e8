import {
  parseSurvey,
  parseSurveyResponses,
  type SurveyInput,
  type SurveyResponse,
  type SurveyResponseInput,
} from "kefu/satisfaction";

/** A handover survey: 5 questions over three areas and two departments, overall NPS. */
export const surveyInput = {
  id: "handover-2025",
  title: "交付满意度调查",
  questions: [
    {
      id: "walls",
      text: "墙面",
      scale: { kind: "likert", points: 5 },
      area: "engineering_quality",
      department: "engineering",
      weight: 2,
    },
    {
      id: "plumbing",
      text: "给排水管道及五金配件",
      scale: { kind: "likert", points: 5 },
      area: "engineering_quality",
      department: "engineering",
    },
    {
      id: "outlets",
      text: "管线端口位置",
      scale: { kind: "likert", points: 7 },
      area: "planning_design",
      department: "design",
    },
    { id: "explained", text: "销售人员讲解全面可靠", scale: { kind: "yes_no" }, area: "sales_service" },
    {
      id: "ltr",
      text: "推荐意愿",
      scale: { kind: "nps" },
      area: "sales_service",
      required: true,
      inIndex: false,
    },
  ],
  overall: "ltr",
} as const satisfies SurveyInput;

export const survey = parseSurvey(surveyInput)._unsafeUnwrap();

/** A response at a given day of October 2025 (Shanghai, 10:00). */
export function answer(
  id: string,
  day: number,
  answers: SurveyResponseInput["answers"],
  extra: Partial<SurveyResponseInput> = {},
): SurveyResponseInput {
  return { id, at: `2025-10-${String(day).padStart(2, "0")}T10:00:00+08:00`, answers, ...extra };
}

/** Accepted responses of a batch (throws if any is rejected). */
export function accept(inputs: readonly SurveyResponseInput[]) {
  const batch = parseSurveyResponses(survey, inputs)._unsafeUnwrap();
  if (batch.rejected.length > 0) throw new Error(JSON.stringify(batch.rejected));
  return batch.accepted;
}

// Five owners. Hand computation (checked with Python's fractions and statistics modules):
//   walls 4,5,2,3,1 → mean 3 → 100·(3 − 1)/4 = 50;  plumbing 3,2,4,5,1 → 50;
//   outlets (1–7) 6,7,3,5,1 → mean 4.4 → 100·3.4/6 = 170/3;  explained yes 2 of 4 → 50.
//   index = (2·50 + 50 + 170/3 + 50)/(2 + 1 + 1 + 1) = 154/3 = 51.333…
//   respondent composites 76.667, 65, 51.667, 66.667, 0 → stdev/√5 = 13.59534 → ±z·SE = [24.687, 77.980]
//   NPS: promoters 9, 10; passive 8; detractors 6, 2 → 0.
export const owners: readonly SurveyResponse[] = accept([
  answer(
    "a",
    1,
    { walls: 4, plumbing: 3, outlets: 6, explained: true, ltr: 9 },
    { agent: "li", channel: "phone" },
  ),
  answer(
    "b",
    2,
    { walls: 5, plumbing: 2, outlets: 7, explained: false, ltr: 6 },
    { agent: "li", channel: "wechat" },
  ),
  answer(
    "c",
    9,
    { walls: 2, plumbing: 4, outlets: 3, explained: true, ltr: 10 },
    { agent: "wang", channel: "phone" },
  ),
  answer("d", 9, { walls: 3, plumbing: 5, outlets: 5, ltr: 8 }, { agent: "wang" }),
  answer("e", 10, { walls: 1, plumbing: 1, outlets: 1, explained: false, ltr: 2 }),
]);

/** A repair follow-up call (回访): a scored verdict, an effort question and an unscored choice. */
export const followUpCallInput = {
  id: "call",
  title: "维修回访",
  type: "follow_up_call",
  areas: [{ id: "repair", label: "维修" }],
  questions: [
    {
      id: "verdict",
      text: "总体评价",
      area: "repair",
      scale: {
        kind: "choice",
        options: [
          { id: "satisfied", label: "满意", score: 100 },
          { id: "neutral", label: "一般", score: 50 },
          { id: "unsatisfied", label: "不满意", score: 0 },
        ],
      },
    },
    { id: "easy", text: "报修很省心", area: "repair", scale: { kind: "ces" } },
    {
      id: "how",
      text: "报修方式",
      area: "repair",
      inIndex: false,
      scale: {
        kind: "choice",
        options: [
          { id: "phone", label: "电话" },
          { id: "app", label: "App" },
        ],
      },
    },
  ],
} as const satisfies SurveyInput;
