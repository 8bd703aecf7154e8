/**
 * fast-check generators for comparing the SLA engine with the reference: small policies on the
 * `calendar`, `business` and `workingDays` clocks, and inquiry cases whose events the case process
 * accepts (each generated step is kept only if `applyEvent` allows it).
 */
import fc from "fast-check";
import { applyEvent, type CaseEventInput, type CaseEventType, type CaseState, replay } from "kefu/cases";
import type { RefCalendar } from "../../calendar/_reference/reference-calendar";
import type { RefMatrix, RefPolicy, RefPriority, RefSpan, RefTarget } from "./policy";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const SHANGHAI = 8 * HOUR;

/** An instant as Shanghai wall time with its offset, e.g. "2025-10-09T09:00:00.000+08:00". */
export const local = (t: number) => new Date(t + SHANGHAI).toISOString().replace("Z", "+08:00");
/** Epoch ms of a Shanghai wall time "YYYY-MM-DDTHH:MM". */
export const sh = (wall: string) => Date.parse(`${wall}:00+08:00`);

const DAY_HOURS = [["09:00", "18:00"]] as const;
/** 09:00–18:00 weekdays; the National Day break 10-01…10-08 off (weekend included), make-up days Sun 09-28 and Sat 10-11; closed 10-15 12:00–15:00. */
export const OFFICE: RefCalendar = {
  timeZone: "Asia/Shanghai",
  weekly: { mon: DAY_HOURS, tue: DAY_HOURS, wed: DAY_HOURS, thu: DAY_HOURS, fri: DAY_HOURS },
  holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
  workdays: [
    { date: "2025-09-28", hours: DAY_HOURS },
    { date: "2025-10-11", hours: DAY_HOURS },
  ],
  closures: [{ start: sh("2025-10-15T12:00"), end: sh("2025-10-15T15:00") }],
};

const NIGHT_HOURS = [["22:00", "06:00"]] as const;
/** A night shift 22:00–06:00 Monday to Friday nights, Saturday 10:00–14:00; 10-01 off; Sun 10-12 worked 20:00–02:00. */
export const NIGHT: RefCalendar = {
  timeZone: "Asia/Shanghai",
  weekly: {
    mon: NIGHT_HOURS,
    tue: NIGHT_HOURS,
    wed: NIGHT_HOURS,
    thu: NIGHT_HOURS,
    fri: NIGHT_HOURS,
    sat: [["10:00", "14:00"]],
  },
  holidays: ["2025-10-01"],
  workdays: [{ date: "2025-10-12", hours: [["20:00", "02:00"]] }],
};

export const CALENDARS = { office: OFFICE, night: NIGHT } as const;
const calendarName = fc.constantFrom("office", "night");

// ---------------------------------------------------------------- targets

const PRIORITIES: readonly RefPriority[] = ["low", "normal", "high", "urgent"];
const timeSpan: fc.Arbitrary<RefSpan> = fc.oneof(
  fc.integer({ min: 1, max: 600 }).map((minutes) => ({ minutes })),
  fc.integer({ min: 1, max: 40 }).map((hours) => ({ hours })),
  fc.integer({ min: 0, max: 12 }).map((hours) => ({ hours: hours + 0.5 })),
);
const matrixOf = (span: fc.Arbitrary<RefSpan>): fc.Arbitrary<RefMatrix> =>
  fc.oneof(
    fc.record({ urgent: span, high: span, fallback: span }).map(({ urgent, high, fallback }) => ({
      byPriority: { urgent, high },
      default: fallback,
    })),
    fc.tuple(span, span, span, span).map(([low, normal, high, urgent]) => ({
      byPriority: { low, normal, high, urgent },
    })),
  );

/** Start and stop lists that do not overlap. */
const startStop = fc
  .constantFrom<CaseEventType[]>(["received"], ["received"], ["received"], ["assigned"], ["registered"])
  .chain((start) =>
    fc
      .constantFrom<CaseEventType[]>(
        ["first_feedback"],
        ["resolved"],
        ["registered"],
        ["first_feedback", "resolved"],
      )
      .filter((stop) => !stop.some((type) => start.includes(type)))
      .map((stop) => ({ start, stop })),
  );
const pausing = fc.constantFrom({}, { pause: ["paused"], resume: ["resumed"] } as const);
const appliesTo = fc.constantFrom(
  {},
  { appliesTo: { channels: ["phone"] } },
  { appliesTo: { priorities: ["high", "urgent"] } },
  { appliesTo: { tiers: ["VIP"] } },
);
const tierFactors = fc.constantFrom({}, { tierFactors: { VIP: 0.5 } }, { tierFactors: { VIP: 0.5, A: 1.5 } });
const warnings = fc.constantFrom(
  {},
  {},
  {},
  { warnings: { percent: [33, 66, 100] } },
  { warnings: { percent: [] } },
);

const timeDeadline = fc.oneof(timeSpan, matrixOf(timeSpan));
const dayDeadline = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((days): RefSpan => ({ days })),
  matrixOf(fc.integer({ min: 1, max: 3 }).map((days) => ({ days }))),
);

type TargetBody = Omit<RefTarget, "id" | "label">;
const body: fc.Arbitrary<TargetBody> = fc.oneof(
  // an elapsed deadline
  fc.tuple(startStop, pausing, appliesTo, tierFactors, warnings, timeDeadline).map(
    ([ends, p, a, f, w, deadline]): TargetBody => ({
      ...ends,
      ...p,
      ...a,
      ...f,
      ...w,
      clock: "calendar",
      deadline,
    }),
  ),
  // a business-time deadline
  fc.tuple(startStop, pausing, appliesTo, tierFactors, warnings, timeDeadline, calendarName).map(
    ([ends, p, a, f, w, deadline, business]): TargetBody => ({
      ...ends,
      ...p,
      ...a,
      ...f,
      ...w,
      clock: { business },
      deadline,
    }),
  ),
  // working days (no pauses)
  fc.tuple(startStop, appliesTo, tierFactors, warnings, dayDeadline, calendarName).map(
    ([ends, a, f, w, deadline, workingDays]): TargetBody => ({
      ...ends,
      ...a,
      ...f,
      ...w,
      clock: { workingDays },
      deadline,
    }),
  ),
  // a window of local dates: "from–to days after"
  fc.tuple(startStop, pausing, warnings, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })).map(
    ([ends, p, w, from, extra]): TargetBody => ({
      ...ends,
      ...p,
      ...w,
      clock: "calendar",
      window: { from: { days: from }, to: { days: from + extra } },
    }),
  ),
  // a window in elapsed or business hours and minutes
  fc
    .tuple(
      startStop,
      pausing,
      warnings,
      fc.oneof(
        fc.constant<"calendar">("calendar"),
        calendarName.map((business) => ({ business })),
      ),
      fc.integer({ min: 0, max: 10 * 60 }),
      fc.integer({ min: 1, max: 10 * 60 }),
      fc.boolean(),
    )
    .map(
      ([ends, p, w, clock, from, length, inHours]): TargetBody => ({
        ...ends,
        ...p,
        ...w,
        clock,
        window:
          inHours && from % 60 === 0 && length % 60 === 0
            ? { from: { hours: from / 60 }, to: { hours: (from + length) / 60 } }
            : { from: { minutes: from }, to: { minutes: from + length } },
      }),
    ),
);

export const arbTargets: fc.Arbitrary<RefTarget[]> = fc
  .array(body, { minLength: 1, maxLength: 4 })
  .map((bodies) => bodies.map((b, i) => ({ id: `t${i + 1}`, label: `target ${i + 1}`, ...b })));

/** A policy with the calendars `office` and `night` (Shanghai); its zone sets the local dates of day windows. */
export const policyOf = (targets: readonly RefTarget[], timeZone = "Asia/Shanghai"): RefPolicy => ({
  id: "generated",
  timeZone,
  calendars: CALENDARS,
  targets,
});
/** Policy zones: Shanghai, and New York (its DST ends on 2025-11-02, inside the generated range). */
const policyZone = fc.constantFrom("Asia/Shanghai", "Asia/Shanghai", "America/New_York");

// ---------------------------------------------------------------- cases

/** The case's received instant lies in 2025-09-25 – 2025-10-14 (Shanghai), around the National Day break. */
const RECEIVED_FROM = sh("2025-09-25T00:00");
const RECEIVED_DAYS = 19;

const STEP_TYPES: readonly CaseEventType[] = [
  "assigned",
  "assigned",
  "transferred",
  "registered",
  "registered",
  "first_feedback",
  "first_feedback",
  "resolved",
  "resolved",
  "paused",
  "paused",
  "paused",
  "resumed",
  "resumed",
  "resumed",
  "priority_changed",
  "priority_changed",
  "tier_changed",
  "reopened",
  "reopened",
  "closed",
  "comment", // after the ones often refused, so that a refused pick rarely lands on "cancelled"
  "cancelled",
];

/**
 * Minutes to the next event: a few minutes, whole hours, a few hours, or a day or so; 0 means
 * "at the next Shanghai midnight", where windows of days open and close.
 */
const gap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 12 }).map((hours) => hours * 60),
  fc.integer({ min: 1, max: 90 }),
  fc.integer({ min: 60, max: 24 * 60 }),
  fc.integer({ min: 24 * 60, max: 36 * 60 }),
);

export interface Scenario {
  /** The policy's targets and zone (see `policyOf`). */
  readonly targets: readonly RefTarget[];
  readonly timeZone: string;
  /** The events the case process accepted, with Shanghai wall-time instants. */
  readonly events: readonly CaseEventInput[];
}

function payloadOf(type: CaseEventType, choice: number): Record<string, unknown> {
  switch (type) {
    case "assigned":
      return { assignee: "agent-wang", department: "customer_service" };
    case "transferred":
      return { assignee: "agent-chen", department: "production_engineering" };
    case "paused":
      return { reason: "waiting for the customer" };
    case "reopened":
      return { reason: "not fixed" };
    case "cancelled":
      return { reason: "withdrawn" };
    case "priority_changed":
      return { priority: PRIORITIES[choice % 4] };
    case "tier_changed":
      return { tier: choice % 2 === 0 ? "VIP" : "A" };
    case "comment":
      return { text: "called" };
    default:
      return {};
  }
}

/**
 * Builds a case from a received event and steps `[pick, minutes, choice]`: each step is an event
 * `minutes` after the previous one, of the first type from position `pick` of STEP_TYPES (round the
 * list) that the case process accepts at that point (so few steps are wasted), with `choice` picking
 * its payload.
 */
function buildEvents(
  receivedAt: number,
  received: { channel: "phone" | "wechat"; priority: RefPriority; tier: string | null },
  steps: readonly (readonly [number, number, number])[],
): CaseEventInput[] {
  const first = {
    type: "received",
    id: "e0",
    caseId: "C",
    at: local(receivedAt),
    channel: received.channel,
    kind: "inquiry",
    subtype: "after_sale",
    priority: received.priority,
    by: "agent-li",
    ...(received.tier === null ? {} : { tier: received.tier }),
  } as const;
  const accepted: CaseEventInput[] = [first];
  let state: CaseState = replay([first])._unsafeUnwrap();
  let at = receivedAt;
  steps.forEach(([pick, minutes, choice], i) => {
    at = minutes === 0 ? (Math.floor((at + SHANGHAI) / DAY) + 1) * DAY - SHANGHAI : at + minutes * MINUTE;
    // Try the types in the order that starts at `pick`; keep the first one the case accepts.
    for (let k = 0; k < STEP_TYPES.length; k++) {
      const type = STEP_TYPES[(pick + k) % STEP_TYPES.length] ?? "comment";
      const input = {
        type,
        id: `e${i + 1}`,
        caseId: "C",
        at: local(at),
        ...payloadOf(type, choice),
      } as CaseEventInput;
      const next = applyEvent(state, input);
      if (next.isOk()) {
        state = next.value;
        accepted.push(input);
        break;
      }
    }
  });
  return accepted;
}

export const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    targets: arbTargets,
    timeZone: policyZone,
    receivedMinute: fc.integer({ min: 0, max: RECEIVED_DAYS * 24 * 60 }),
    channel: fc.constantFrom<"phone" | "wechat">("phone", "wechat"),
    priority: fc.constantFrom(...PRIORITIES),
    tier: fc.constantFrom<string | null>(null, null, "VIP", "A"),
    steps: fc.array(fc.tuple(fc.nat({ max: 1000 }), gap, fc.nat({ max: 3 })), { maxLength: 8 }),
  })
  .map(({ targets, timeZone, receivedMinute, channel, priority, tier, steps }) => ({
    targets,
    timeZone,
    events: buildEvents(RECEIVED_FROM + receivedMinute * MINUTE, { channel, priority, tier }, steps),
  }));

/** Instants to evaluate at besides the probes: anywhere from an hour before the case to 3 days after. */
export const arbOffset = fc.integer({ min: -60 * MINUTE, max: 3 * DAY });
