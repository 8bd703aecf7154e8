/**
 * The kinds of care rule: birthday greetings, anniversaries (of a date in the customer file, of a
 * unit's delivery or of joining), holiday greetings, due-date reminders (maintenance, annual
 * inspection, insurance renewal), follow-up visits after an event, and key-account visits.
 *
 * @category Care
 * @since 0.1.0
 */
export const CARE_KINDS = [
  "birthday",
  "anniversary",
  "holiday",
  "reminder",
  "follow_up",
  "key_account_visit",
] as const;

/**
 * A care rule kind.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareKind = (typeof CARE_KINDS)[number];

/**
 * The channels a care task may suggest: a phone call, WeChat, a text message, an e-mail, a letter
 * or card, or a visit in person (上门拜访).
 *
 * @category Care
 * @since 0.1.0
 */
export const CARE_CHANNELS = ["phone", "wechat", "sms", "email", "letter", "visit"] as const;

/**
 * A care channel.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareChannel = (typeof CARE_CHANNELS)[number];

/**
 * The built-in festivals: four fixed Gregorian dates (New Year's Day 01-01, Valentine's Day
 * 02-14, May Day 05-01, National Day 10-01) and seven lunar ones (New Year's Eve 除夕, Spring
 * Festival 1/1, Lantern Festival 1/15, Dragon Boat 5/5, Qixi 7/7, Mid-Autumn 8/15, Double Ninth
 * 9/9), always in the regular month, never the leap month.
 *
 * @category Care
 * @since 0.1.0
 */
export const CARE_FESTIVALS = [
  "new_year",
  "valentines_day",
  "may_day",
  "national_day",
  "new_years_eve",
  "spring_festival",
  "lantern_festival",
  "dragon_boat",
  "qixi",
  "mid_autumn",
  "double_ninth",
] as const;

/**
 * A built-in festival.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareFestival = (typeof CARE_FESTIVALS)[number];

/**
 * Events that start a follow-up window: an installation, a delivery (hand-over), a repair.
 *
 * @category Care
 * @since 0.1.0
 */
export const CARE_EVENT_TYPES = ["installation", "delivery", "repair"] as const;

/**
 * A follow-up event type.
 *
 * @category Care
 * @since 0.1.0
 */
export type CareEventType = (typeof CARE_EVENT_TYPES)[number];

/**
 * Bounds on what one call accepts, so no input can make it run away.
 *
 * @category Care
 * @since 0.1.0
 */
export const CARE_LIMITS = {
  /** Rules in one definition. */
  rules: 100,
  /** Holidays listed in one holiday rule. */
  holidays: 50,
  /** A window's offsets from its anchor, in days (−180…180). */
  windowDays: 180,
  /** Days in one planning range (about three years). */
  rangeDays: 1_100,
  /** Customers in one plan. */
  customers: 1_000_000,
  /** Events, due dates or touchpoints in one call. */
  records: 1_000_000,
  /** Days searched for a working date when a window holds none. */
  workingDateSearch: 60,
} as const;
