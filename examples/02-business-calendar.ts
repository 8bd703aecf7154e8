/**
 * 02 — Business calendars: deadlines on real working hours, with China's holidays and 调休.
 *
 * A service centre in Shanghai works 09:00–12:00 and 13:00–18:00 on weekdays. Mainland China
 * moves working days onto weekends around long holidays (调休), so "24 business hours" and
 * "within 2 working days" must skip the holiday and count the make-up Saturday or Sunday.
 */
import {
  addWorkingDays,
  addWorkingTime,
  calendarFromPreset,
  cnMainlandPreset,
  create24x7Calendar,
  explainDeadline,
  isWorkingDate,
  parseCalendar,
  workingDaysBetween,
  workingTimeBetween,
} from "kefu";
import { check } from "./_check.js";

const weekday = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
] as const;
const office = calendarFromPreset(cnMainlandPreset, {
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
})._unsafeUnwrap();

// Shanghai wall time → ISO with its offset, for readable checks.
const shanghai = (date: Date) =>
  new Date(date.getTime() + 8 * 3_600_000).toISOString().replace(/:00\.000Z$/, "+08:00");

// A complaint arrives on Tuesday 30 September 2025 at 17:20, the eve of the National Day break.
const received = "2025-09-30T17:20:00+08:00";

// "Handling plan fed back within 48 hours" is real elapsed time (a 24×7 clock)…
const always = create24x7Calendar("Asia/Shanghai")._unsafeUnwrap();
check(
  "48 elapsed hours",
  shanghai(addWorkingTime(always, received, { hours: 48 })._unsafeUnwrap()),
  "2025-10-02T17:20+08:00",
);

// …while a policy in business hours skips 1–8 October and counts Saturday 11 October (调休).
// 40 min on 30 Sep, 8 h on Thu 9 and Fri 10 October, and the last 7 h 20 on Sat 11 October.
const due = addWorkingTime(office, received, { hours: 24 })._unsafeUnwrap();
check("24 business hours", shanghai(due), "2025-10-11T17:20+08:00");
check(
  "Saturday 11 October is a make-up working day",
  isWorkingDate(office, "2025-10-11")._unsafeUnwrap(),
  true,
);

// The deadline explains itself: the stretches counted and the holidays crossed.
const trace = explainDeadline(office, received, { hours: 24 })._unsafeUnwrap();
check("stretches counted", trace.spans.length, 7);
check("holidays crossed", trace.holidays.length, 8);
check(
  "make-up days crossed",
  trace.makeUpDays.map((day) => day.date),
  ["2025-10-11"],
);

// And the inverse: working time between two instants.
check(
  "business hours from receipt to due",
  workingTimeBetween(office, received, due)._unsafeUnwrap() / 3_600_000,
  24,
);

// "Sales documents handed to customer service within 2 working days" (late = a deduction).
const handedOver = "2025-09-30T15:00:00+08:00";
const documentsDue = addWorkingDays(office, handedOver, 2)._unsafeUnwrap();
check("documents due", shanghai(documentsDue), "2025-10-10T18:00+08:00");
check(
  "working days elapsed at the due time",
  workingDaysBetween(office, handedOver, documentsDue)._unsafeUnwrap(),
  2,
);

// An overnight hotline shift: 22:00–06:00 belongs to the date it starts on.
const nightDesk = parseCalendar({
  timeZone: "Asia/Shanghai",
  weekly: { fri: [["22:00", "06:00"]], sat: [["22:00", "06:00"]] },
  holidays: ["2025-10-11"],
})._unsafeUnwrap();
// Friday's night still runs into Saturday morning; Saturday's own night is the holiday.
check(
  "Friday night's shift, then nothing until the next Friday",
  shanghai(addWorkingTime(nightDesk, "2025-10-10T23:00:00+08:00", { hours: 8 })._unsafeUnwrap()),
  "2025-10-17T23:00+08:00",
);

// Mistakes are errors, never exceptions: a make-up day that is also a holiday.
const conflict = parseCalendar({
  timeZone: "Asia/Shanghai",
  weekly: {},
  holidays: ["2025-09-28"],
  workdays: [{ date: "2025-09-28", hours: [["09:00", "18:00"]] }],
});
check("conflicting definition", conflict.isErr() ? conflict.error.code : "ok", "holiday_workday_conflict");
