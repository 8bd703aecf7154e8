import type { Customer } from "../../customers/index.js";
import type { CompiledCareRule } from "../care-rules.js";

/** Whether a rule's audience (tiers, key-account flag, customer types, any of the tags) takes the customer. */
export function inAudience(rule: CompiledCareRule, customer: Customer): boolean {
  const audience = rule.audience;
  if (audience === undefined) return true;
  if (
    audience.tiers !== undefined &&
    (customer.tier === undefined || !audience.tiers.includes(customer.tier))
  ) {
    return false;
  }
  if (audience.keyAccount !== undefined && customer.keyAccount !== audience.keyAccount) return false;
  if (audience.customerTypes !== undefined && !audience.customerTypes.includes(customer.type)) return false;
  if (audience.tags !== undefined && !audience.tags.some((tag) => customer.tags.includes(tag))) return false;
  return true;
}
