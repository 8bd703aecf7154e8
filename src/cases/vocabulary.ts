/**
 * How a customer reached the centre (the sources' channels: phone, a 24-hour hotline, website,
 * WeChat, walk-in, letter, e-mail, forum).
 *
 * @category Cases
 * @since 0.1.0
 */
export const CHANNELS = [
  "phone",
  "hotline",
  "website",
  "wechat",
  "walk_in",
  "letter",
  "email",
  "forum",
] as const;

/**
 * A channel value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * Case priorities, lowest first.
 *
 * @category Cases
 * @since 0.1.0
 */
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/**
 * A priority value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type Priority = (typeof PRIORITIES)[number];

/**
 * Case kinds: inquiry (咨询), complaint (投诉), after-sales repair (售后/维保修), follow-up visit
 * (回访) and defect report (缺陷).
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_KINDS = ["inquiry", "complaint", "repair", "follow_up", "defect"] as const;

/**
 * A case kind.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * The subtypes a kind requires: an inquiry is pre-sale, after-sale or a suggestion; a repair is
 * inside the free warranty scope or paid; a follow-up visit says what it follows up (an
 * installation, a vehicle delivery, a repair, or something else). Complaints and defect reports
 * have none.
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_SUBTYPES = {
  inquiry: ["pre_sale", "after_sale", "suggestion"],
  complaint: [],
  repair: ["warranty", "paid"],
  follow_up: ["after_installation", "after_delivery", "after_repair", "other"],
  defect: [],
} as const satisfies Record<CaseKind, readonly string[]>;

/**
 * A subtype of any kind.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseSubtype = (typeof CASE_SUBTYPES)[CaseKind][number];

/**
 * Every subtype of every kind.
 *
 * @category Cases
 * @since 0.1.0
 */
export const ALL_CASE_SUBTYPES = Object.values(CASE_SUBTYPES).flat() as [CaseSubtype, ...CaseSubtype[]];

/**
 * A case's status. `received` until someone is assigned, then `in_progress`; `resolved` when the
 * need is met; `closed` (only reopening is possible) and `cancelled` (final).
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_STATUSES = ["received", "in_progress", "resolved", "closed", "cancelled"] as const;

/**
 * A status value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The departments (专业端口) the sources name. Hosts may use their own ids as well.
 *
 * @category Cases
 * @since 0.1.0
 */
export const DEPARTMENTS = [
  "customer_service",
  "sales_marketing",
  "production_engineering",
  "property_management",
  "after_sales",
  "finance",
] as const;

/**
 * A department id: a known one or the host's own (`snake_case`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type Department = (typeof DEPARTMENTS)[number] | (string & {});

/**
 * Roles of the people who handle and rate cases.
 *
 * @category Cases
 * @since 0.1.0
 */
export const AGENT_ROLES = ["specialist", "supervisor", "manager", "staff"] as const;

/**
 * A role value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type AgentRole = (typeof AGENT_ROLES)[number];
