/**
 * Proactive care (主动关怀): the touchpoints a service centre owes its customers without being
 * asked — birthday and holiday greetings, anniversaries, due-date reminders, follow-up visits after
 * installations, deliveries and repairs, key-account visits — planned as dated tasks with windows,
 * merged, moved onto working days and explained; lunar festivals for 1901–2099 from a compact
 * table; and a completion report against the windows.
 *
 * @module care
 */

export { assessCare, type CareAssessment, type CareOutcome, type CareTaskOutcome } from "./assess-care.js";
export { type CareRules, type CareWindow, type CompiledCareRule, parseCareRules } from "./care-rules.js";
export type {
  CareAssessmentError,
  CareError,
  CarePlanError,
  CareRulesError,
  LunarDateError,
} from "./errors.js";
export { computeFestivalDate, convertLunarDate } from "./lunar-dates.js";
export { planCare } from "./plan-care.js";
export type { CarePlan, CarePlanOptions, CareRange, CareReason, CareTask } from "./plan-types.js";
export {
  type CareHoliday,
  type CareRule,
  type CareRulesDefinition,
  type CareRulesInput,
  CareRulesSchema,
} from "./rules-schema.js";
export { type CareTouchpoint, careTouchpointsFromCases } from "./touchpoints-from-cases.js";
export {
  CARE_CHANNELS,
  CARE_EVENT_TYPES,
  CARE_FESTIVALS,
  CARE_KINDS,
  CARE_LIMITS,
  type CareChannel,
  type CareEventType,
  type CareFestival,
  type CareKind,
} from "./vocabulary.js";
