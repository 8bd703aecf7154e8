import { cnMainlandHolidayYears } from "../../calendar/presets/cn-mainland-holidays.js";
import type { SlaPolicyInput } from "../policy-schema.js";

const DAY = [["09:00", "18:00"]] as const;
const PAUSES = { pause: ["paused"], resume: ["resumed"] } as const;

/**
 * Every time rule of the source documents (BRIEF §3) as one SLA policy, on an "office" calendar
 * of 09:00–18:00 Monday to Friday with mainland China's holidays and make-up working days
 * (2024–2026). Each target cites its source in `source`. Plain data: copy and change it, then
 * `parsePolicy` it. "24 hours" rules are real elapsed time, as the sources state them.
 *
 * @example
 * ```ts
 * const policy = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
 * ```
 * @category SLA
 * @since 0.1.0
 */
export const residentialServiceStandard: SlaPolicyInput = {
  id: "residential-service-standard",
  name: "Residential developer's customer-service standard (source documents)",
  timeZone: "Asia/Shanghai",
  calendars: {
    office: {
      timeZone: "Asia/Shanghai",
      weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
      holidays: cnMainlandHolidayYears.flatMap((year) =>
        year.holidays.map(({ date, name }) => ({ date, name })),
      ),
      workdays: cnMainlandHolidayYears.flatMap((year) =>
        year.workdays.map(({ date, name }) => ({ date, name, hours: DAY })),
      ),
    },
  },
  targets: [
    {
      id: "inquiry-feedback",
      label: "Inquiry: feedback to the customer within 24 hours of receipt",
      source:
        "CRM process training: inquiries are answered within 24 hours, or handed to the owning department",
      appliesTo: { kinds: ["inquiry"] },
      start: ["received"],
      stop: ["first_feedback"],
      ...PAUSES,
      clock: "calendar",
      deadline: { hours: 24 },
    },
    {
      id: "complaint-plan",
      label: "Complaint: handling plan fed back within 48 hours",
      source:
        "Service-process improvement plan: a complaint's handling plan is fed back to the customer within 48 hours",
      appliesTo: { kinds: ["complaint"] },
      start: ["received"],
      stop: ["plan_proposed"],
      ...PAUSES,
      clock: "calendar",
      deadline: { hours: 48 },
    },
    {
      id: "after-sales-confirmation",
      label: "After-sales request: service content and time confirmed within 24 hours",
      source:
        "Service-process improvement plan: an after-sales application is confirmed (content and time) within 24 hours",
      appliesTo: { kinds: ["repair"] },
      start: ["received"],
      stop: ["service_confirmed"],
      ...PAUSES,
      clock: "calendar",
      deadline: { hours: 24 },
    },
    {
      id: "reply-within-24h",
      label: "Every after-sales request or complaint by call or letter: a reply within 24 hours",
      source:
        "Customer-service centre work plan: every request or complaint by phone or letter is replied to within 24 hours",
      appliesTo: { kinds: ["repair", "complaint"], channels: ["phone", "hotline", "letter"] },
      start: ["received"],
      stop: ["first_feedback"],
      ...PAUSES,
      clock: "calendar",
      deadline: { hours: 24 },
    },
    {
      id: "follow-up-after-installation",
      label: "Follow-up call 2–3 days after the installation sheet comes back",
      source: "High-end service system guide: follow-up call 2–3 days after the install sheet returns",
      appliesTo: { kinds: ["follow_up"], subtypes: ["after_installation"] },
      start: ["received"],
      stop: ["resolved"],
      clock: "calendar",
      window: { from: { days: 2 }, to: { days: 3 } },
    },
    {
      id: "follow-up-after-delivery",
      label: "New-vehicle delivery follow-up call (7DC) 7–10 days after pick-up",
      source: "After-sales process: the 7DC call 7–10 days after a new vehicle is picked up",
      appliesTo: { kinds: ["follow_up"], subtypes: ["after_delivery"] },
      start: ["received"],
      stop: ["resolved"],
      clock: "calendar",
      window: { from: { days: 7 }, to: { days: 10 } },
    },
    {
      id: "follow-up-after-repair",
      label: "Repair follow-up call (3DC) 3–5 days after the job",
      source: "After-sales process: the 3DC call 3–5 days after a repair or maintenance job",
      appliesTo: { kinds: ["follow_up"], subtypes: ["after_repair"] },
      start: ["received"],
      stop: ["resolved"],
      clock: "calendar",
      window: { from: { days: 3 }, to: { days: 5 } },
    },
    {
      id: "sales-documents-handover",
      label: "Sales documents handed to customer service within 2 working days of delivery",
      source:
        "Customer-service centre work plan: documents reach customer service within 2 working days; late is a deduction in the quarterly evaluation",
      appliesTo: { kinds: ["follow_up"], subtypes: ["after_delivery", "after_installation"] },
      start: ["received"],
      stop: ["registered"],
      clock: { workingDays: "office" },
      deadline: { days: 2 },
    },
    {
      id: "job-documents-handover",
      label: "After-sales front desk hands job documents to customer service within 1 working day",
      source:
        "After-sales process: the front desk hands the job's documents to customer service within 1 working day",
      appliesTo: { kinds: ["follow_up"], subtypes: ["after_repair"] },
      start: ["received"],
      stop: ["registered"],
      clock: { workingDays: "office" },
      deadline: { days: 1 },
    },
  ],
};
