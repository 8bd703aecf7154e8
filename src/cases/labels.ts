import type { CaseEventType } from "./events.js";
import type {
  AgentRole,
  CaseKind,
  CaseStatus,
  CaseSubtype,
  Channel,
  DEPARTMENTS,
  Priority,
} from "./vocabulary.js";

/**
 * The locales kefu labels its enums in.
 *
 * @category Cases
 * @since 0.1.0
 */
export type LabelLocale = "zh-CN" | "en";

type Labels<Value extends string> = { readonly [V in Value]: readonly [zh: string, en: string] };

/**
 * zh-CN and English labels of every case enum value, by group.
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_LABELS = {
  channel: {
    phone: ["电话", "Phone"],
    hotline: ["24小时热线", "24-hour hotline"],
    website: ["网站", "Website"],
    wechat: ["微信", "WeChat"],
    walk_in: ["来访", "Walk-in"],
    letter: ["来函", "Letter"],
    email: ["电子邮件", "E-mail"],
    forum: ["论坛", "Forum"],
  } satisfies Labels<Channel>,
  priority: {
    low: ["低", "Low"],
    normal: ["普通", "Normal"],
    high: ["高", "High"],
    urgent: ["紧急", "Urgent"],
  } satisfies Labels<Priority>,
  kind: {
    inquiry: ["咨询", "Inquiry"],
    complaint: ["投诉", "Complaint"],
    repair: ["售后维修", "After-sales repair"],
    follow_up: ["回访", "Follow-up visit"],
    defect: ["缺陷反馈", "Defect report"],
  } satisfies Labels<CaseKind>,
  subtype: {
    pre_sale: ["售前咨询", "Pre-sale question"],
    after_sale: ["售后咨询", "After-sale question"],
    suggestion: ["建议", "Suggestion"],
    warranty: ["保修期内免费维修", "Free warranty repair"],
    paid: ["有偿维修", "Paid repair"],
    after_installation: ["安装后回访", "After an installation"],
    after_delivery: ["交付后回访", "After a delivery"],
    after_repair: ["维修后回访", "After a repair"],
    other: ["其他回访", "Other follow-up"],
  } satisfies Labels<CaseSubtype>,
  status: {
    received: ["已受理", "Received"],
    in_progress: ["处理中", "In progress"],
    resolved: ["已解决", "Resolved"],
    closed: ["已关闭", "Closed"],
    cancelled: ["已取消", "Cancelled"],
  } satisfies Labels<CaseStatus>,
  department: {
    customer_service: ["客服部", "Customer service"],
    sales_marketing: ["营销部", "Sales & marketing"],
    production_engineering: ["工程部", "Production & engineering"],
    property_management: ["物业管理", "Property management"],
    after_sales: ["售后服务部", "After-sales service"],
    finance: ["财务部", "Finance"],
  } satisfies Labels<(typeof DEPARTMENTS)[number]>,
  role: {
    specialist: ["客服专员", "Specialist"],
    supervisor: ["主管", "Supervisor"],
    manager: ["经理", "Manager"],
    staff: ["员工", "Staff"],
  } satisfies Labels<AgentRole>,
  event: {
    received: ["受理", "Received"],
    registered: ["登记", "Registered"],
    classified: ["分类", "Classified"],
    assigned: ["派单", "Assigned"],
    transferred: ["转派", "Transferred"],
    first_feedback: ["首次回复客户", "First feedback to the customer"],
    complaint_reviewed: ["投诉审核", "Complaint reviewed"],
    plan_proposed: ["提出处理方案", "Plan proposed"],
    service_confirmed: ["确认服务内容和时间", "Service content and time confirmed"],
    quote_issued: ["出具报价", "Quote issued"],
    quote_approved: ["客户确认报价", "Quote approved by the customer"],
    work_started: ["开始施工", "Work started"],
    work_completed: ["完工", "Work completed"],
    resolved: ["已解决", "Resolved"],
    follow_up_done: ["完成回访", "Follow-up done"],
    reopened: ["重新打开", "Reopened"],
    paused: ["暂停", "Paused"],
    resumed: ["恢复", "Resumed"],
    priority_changed: ["优先级变更", "Priority changed"],
    tier_changed: ["客户等级变更", "Tier changed"],
    closed: ["关闭", "Closed"],
    cancelled: ["取消", "Cancelled"],
    comment: ["备注", "Comment"],
  } satisfies Labels<CaseEventType>,
} as const;

/**
 * A group of {@link CASE_LABELS}.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseLabelGroup = keyof typeof CASE_LABELS;

/**
 * The label of an enum value in zh-CN or English.
 *
 * @param group - which enum, e.g. `"channel"`.
 * @param value - a value of that enum (checked by TypeScript).
 * @param locale - `"zh-CN"` (default) or `"en"`.
 * @returns the label.
 * @example
 * ```ts
 * caseLabel("channel", "wechat");         // "微信"
 * caseLabel("kind", "complaint", "en");   // "Complaint"
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function caseLabel<Group extends CaseLabelGroup>(
  group: Group,
  value: keyof (typeof CASE_LABELS)[Group],
  locale: LabelLocale = "zh-CN",
): string {
  const pair = (CASE_LABELS[group] as Labels<string>)[value as string];
  return pair === undefined ? String(value) : pair[locale === "en" ? 1 : 0];
}
