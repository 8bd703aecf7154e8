import { type CareRules, type CareRulesInput, parseCareRules } from "kefu/care";
import { type Customer, type CustomerInput, parseCustomer } from "kefu/customers";

export const rulesOf = (input: Omit<CareRulesInput, "timeZone"> & { timeZone?: string }): CareRules =>
  parseCareRules({ timeZone: "Asia/Shanghai", ...input })._unsafeUnwrap();

export const customerOf = (input: Partial<CustomerInput> & { id: string }): Customer =>
  parseCustomer({ name: input.id, type: "person", ...input })._unsafeUnwrap();

/**
 * The rules of the issue, as a residential developer and a car dealer would write them (every
 * kind; holidays with a host lunar date and a 29 February `monthDay`).
 */
export const STANDARD_RULES: CareRulesInput = {
  timeZone: "Asia/Shanghai",
  priorityByTier: { A: "high", C: "low" },
  rules: [
    { id: "birthday", kind: "birthday" },
    { id: "visit", kind: "key_account_visit", visitEvery: { A: { months: 1 }, B: { months: 3 } } },
    { id: "handover", kind: "anniversary", source: "delivery", unitTypes: ["apartment"] },
    {
      id: "holidays",
      kind: "holiday",
      holidays: [
        "spring_festival",
        "lantern_festival",
        "qixi",
        "mid_autumn",
        "national_day",
        { name: "Laba 腊八", lunar: { month: 12, day: 8 } },
        { name: "Leap day", monthDay: "02-29" },
      ],
    },
    { id: "inspection", kind: "reminder", subject: "annual inspection", every: { months: 12 } },
    { id: "install-2-3", kind: "follow_up", after: "installation" },
    { id: "7dc", kind: "follow_up", after: "delivery", unitTypes: ["vehicle"] },
    { id: "3dc", kind: "follow_up", after: "repair" },
  ],
};
