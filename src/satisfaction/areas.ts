/**
 * The satisfaction areas the source documents report on, used when a survey declares no areas
 * of its own. A survey may declare any other areas (the list is extensible: it is data).
 *
 * @example
 * ```ts
 * SATISFACTION_AREAS.map((area) => area.id)[0]; // "engineering_quality"
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export const SATISFACTION_AREAS = [
  { id: "engineering_quality", label: "工程质量 Engineering quality" },
  { id: "planning_design", label: "规划设计 Planning & design" },
  { id: "sales_service", label: "销售服务 Sales service" },
  { id: "property_management", label: "物业管理 Property management" },
  { id: "complaint_handling", label: "投诉处理 Complaint handling" },
  { id: "community_culture", label: "社区文化 Community culture" },
] as const satisfies readonly SurveyArea[];

/**
 * One area of a survey (engineering quality, sales service, …).
 *
 * @category Satisfaction
 * @since 0.1.0
 */
export interface SurveyArea {
  /** Stable id, referenced by questions and by impression-change reasons. */
  readonly id: string;
  /** Display label. */
  readonly label: string;
}
