// The three libraries under test, configured with one calendar (09:00–18:00 Mon–Fri, the same
// holidays) and wrapped behind one shape: { name, toDuration(hours), add(start, duration),
// between(from, to) }, where instants are epoch ms and `between` answers in minutes.
// The libraries are imported dynamically so that TZ is set before dayjs and moment load.

import { HOLIDAYS, LENGTHS, MS_MIN, ZONE } from "./workload.mjs";

const NINE_TO_SIX = [["09:00", "18:00"]];

export const KEFU_DEFINITION = {
  timeZone: ZONE,
  weekly: { mon: NINE_TO_SIX, tue: NINE_TO_SIX, wed: NINE_TO_SIX, thu: NINE_TO_SIX, fri: NINE_TO_SIX },
  holidays: HOLIDAYS,
};

async function importLibraries() {
  const kefu = await import("kefu/calendar");
  const dayjs = (await import("dayjs")).default;
  const dayjsBusinessTime = (await import("dayjs-business-time")).default;
  const moment = (await import("moment-business-time")).default;
  return { kefu, dayjs, dayjsBusinessTime, moment };
}

function parseKefuCalendar(kefu) {
  const parsed = kefu.parseCalendar(KEFU_DEFINITION);
  if (parsed.isErr()) throw new Error(`parseCalendar failed: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

function configureDayjs(dayjs, dayjsBusinessTime) {
  dayjs.extend(dayjsBusinessTime);
  const seg = [{ start: "09:00:00", end: "18:00:00" }];
  dayjs.setBusinessTime({
    sunday: null,
    monday: seg,
    tuesday: seg,
    wednesday: seg,
    thursday: seg,
    friday: seg,
    saturday: null,
  });
  dayjs.setHolidays(HOLIDAYS);
}

function configureMoment(moment) {
  const open = ["09:00:00", "18:00:00"];
  moment.updateLocale("en", {
    workinghours: { 0: null, 1: open, 2: open, 3: open, 4: open, 5: open, 6: null },
    holidays: HOLIDAYS,
  });
}

/** Sanity: the peers really see the calendar we configured. */
function assertPeersSeeTheCalendar(dayjs, moment) {
  const holidayCheck = [
    moment("2025-10-08T10:00:00").isWorkingTime(),
    dayjs("2025-10-08T10:00:00").isBusinessTime(),
    moment("2025-10-09T17:30:00").isWorkingTime(),
    dayjs("2025-10-09T17:30:00").isBusinessTime(),
  ];
  if (holidayCheck.join() !== "false,false,true,true")
    throw new Error(`peer configuration not applied: ${holidayCheck.join()}`);
}

function wrapKefu(kefu, calendar) {
  return {
    name: "kefu",
    // Duration objects are built once per length for timing, like a host holding its SLA policy.
    toDuration: (hours) => ({ hours }),
    add: (start, duration) => {
      const r = kefu.addWorkingTime(calendar, start, duration);
      return r.isOk() ? r.value.getTime() : Number.NaN;
    },
    between: (from, to) => {
      const r = kefu.workingTimeBetween(calendar, from, to);
      return r.isOk() ? r.value / MS_MIN : Number.NaN;
    },
  };
}

const wrapDayjs = (dayjs) => ({
  name: "dayjs-business-time",
  toDuration: (hours) => hours,
  add: (start, hours) => dayjs(start).addBusinessHours(hours).valueOf(),
  between: (from, to) => dayjs(from).businessMinutesDiff(dayjs(to)),
});

const wrapMoment = (moment) => ({
  name: "moment-business-time",
  toDuration: (hours) => hours,
  add: (start, hours) => moment(start).addWorkingTime(hours, "hours").valueOf(),
  between: (from, to) => moment(to).workingDiff(moment(from), "minutes"),
});

/** Imports and configures the libraries; `libs[0]` is kefu, the rest are its peers. */
export async function setUpLibraries() {
  const { kefu, dayjs, dayjsBusinessTime, moment } = await importLibraries();
  const calendar = parseKefuCalendar(kefu);
  configureDayjs(dayjs, dayjsBusinessTime);
  configureMoment(moment);
  assertPeersSeeTheCalendar(dayjs, moment);
  return { kefu, calendar, libs: [wrapKefu(kefu, calendar), wrapDayjs(dayjs), wrapMoment(moment)] };
}

export const addHours = (lib, start, hours) => lib.add(start, lib.toDuration(hours));

/** The timed closures of one library: case i of length k, on the shared starts and ends. */
export function timedCases(lib, starts, ends) {
  const durations = LENGTHS.map(({ hours }) => lib.toDuration(hours));
  return {
    add: (i, k) => lib.add(starts[i], durations[k]),
    between: (i, k) => lib.between(starts[i], ends[k][i]),
  };
}
