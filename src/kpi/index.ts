/**
 * KPI performance evaluation and pay (绩效考核): rater groups with weights, the weighted
 * multi-rater score, indicators from service results, gates, caps and deductions, the
 * 2/3 : 1/3 pay formula with exact rationals, proration, bonus pools, payroll batches with a
 * trace; and contact-centre KPIs with Erlang C staffing.
 *
 * @module kpi
 */
export { allocateBonusPool, type BonusShare } from "./allocate-bonus-pool.js";
export { computePay } from "./compute-pay.js";
export { computePayroll, type Payroll, type PayrollTotals } from "./compute-payroll.js";
export {
  type ContactCentreKpis,
  computeContactCentreKpis,
} from "./contact-centre-kpis.js";
export {
  DeductionSchema,
  type EmployeePeriod,
  type EmployeePeriodInput,
  EmployeePeriodSchema,
  ProrationSchema,
  RatingSchema,
  type ServiceResults,
  ServiceResultsSchema,
} from "./employee-schema.js";
export {
  agentsForServiceLevel,
  type ErlangCResult,
  erlangC,
  type StaffingResult,
} from "./erlang-c.js";
export type {
  BonusPoolError,
  ContactCentreError,
  KpiEmployeeError,
  KpiError,
  KpiSchemeError,
  PayrollError,
} from "./errors.js";
export { formatPayTrace, formatScoreTrace, type KpiTraceLocale } from "./format-pay-trace.js";
export { parseKpiScheme } from "./parse-kpi-scheme.js";
export { prorateTotal } from "./prorate-total.js";
export type {
  IndicatorRule,
  IndicatorSource,
  KpiIndicator,
  KpiScheme,
  MissingGroupRule,
  RaterGroup,
} from "./scheme.js";
export {
  INDICATOR_SOURCES,
  IndicatorSchema,
  type KpiSchemeInput,
  KpiSchemeSchema,
  kpiSchemeJsonSchema,
  MISSING_GROUP_RULES,
  RaterGroupSchema,
} from "./scheme-schema.js";
export { scoreEmployee } from "./score-employee.js";
export { type ServiceFigures, serviceResultsFrom } from "./service-results-from.js";
export type {
  DeductionTrace,
  GroupTrace,
  IndicatorTrace,
  KpiScore,
  PayResult,
  RaterTrace,
} from "./trace.js";
