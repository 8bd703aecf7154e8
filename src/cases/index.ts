/**
 * Cases (工单) and their life cycle: entities, the append-only event log, the state machine that
 * enforces the service processes, first-contact responsibility, derived views, classification of
 * new needs, and zh-CN/English labels.
 *
 * @module cases
 */
export { type Agent, AgentSchema, casesJsonSchema } from "./agent.js";
export { applyEvent } from "./apply-event.js";
export {
  classifyNeed,
  defaultNeedClassifier,
  defineNeedClassifier,
  type NeedClassification,
  type NeedClassifier,
  NeedClassifierSchema,
  type NeedForm,
  NeedFormSchema,
} from "./classify-need.js";
export { type CaseCycle, type CaseView, describeCase } from "./describe-case.js";
export type { CaseError, CaseRuleCode, CaseRuleError } from "./errors.js";
export {
  CASE_EVENT_TYPES,
  type CaseEvent,
  type CaseEventInput,
  CaseEventSchema,
  type CaseEventType,
  DepartmentSchema,
} from "./events.js";
export { CASE_LABELS, type CaseLabelGroup, caseLabel, type LabelLocale } from "./labels.js";
export { replay } from "./replay.js";
export type { CaseState } from "./state.js";
export {
  AGENT_ROLES,
  type AgentRole,
  ALL_CASE_SUBTYPES,
  CASE_KINDS,
  CASE_STATUSES,
  CASE_SUBTYPES,
  type CaseKind,
  type CaseStatus,
  type CaseSubtype,
  CHANNELS,
  type Channel,
  DEPARTMENTS,
  type Department,
  PRIORITIES,
  type Priority,
} from "./vocabulary.js";
