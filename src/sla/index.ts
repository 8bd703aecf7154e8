/**
 * Service-level agreements: policies as data (deadlines on elapsed, business or working-day clocks,
 * windows, pauses, warnings, escalations, priority and tier matrices), exact evaluation of cases
 * with `nextChangeAt`, batch reports, what-if comparison, and staff attribution.
 *
 * @module sla
 */
export { comparePolicies, type PolicyComparison } from "./compare-policies.js";
export type { EvaluationError, PolicyError } from "./errors.js";
export { type EvaluationOptions, evaluateCase } from "./evaluate-case.js";
export { type Attainment, evaluateCases, type SlaReport } from "./evaluate-cases.js";
export { type ParsePolicyOptions, parsePolicy } from "./parse-policy.js";
export type { SlaPolicy } from "./policy.js";
export {
  ClockSchema,
  type SlaPolicyInput,
  SlaPolicySchema,
  type SlaTarget,
  type Span,
  SpanSchema,
  slaPolicyJsonSchema,
  TargetSchema,
} from "./policy-schema.js";
export { residentialServiceStandard } from "./presets/residential-service-standard.js";
export type { SlaState, TargetResult, TraceStep } from "./result.js";
