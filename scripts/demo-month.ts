/**
 * A month of realistic cases for the demo: October 2025 at a residential developer's service
 * centre, across the National Day break. Deterministic (seeded), so the demo prints the same
 * report on every machine.
 */
import { type CaseEventInput, type CaseState, replay } from "kefu";

const AGENTS = [
  ["agent-li", "customer_service"],
  ["agent-wang", "customer_service"],
  ["agent-zhao", "production_engineering"],
  ["agent-sun", "after_sales"],
] as const;

/** A small seeded PRNG (mulberry32). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An event before its time is put in order. */
type RawEvent = { readonly at: number; readonly [field: string]: unknown };

/** A log in time order: each event no earlier than the one before it. */
function inOrder(events: readonly RawEvent[]): CaseEventInput[] {
  let last = 0;
  return events.map((event) => {
    last = Math.max(last, event.at);
    return { ...event, at: last } as CaseEventInput;
  });
}

/** One case's log: received in October 2025, then handled with a realistic spread of delays. */
function caseLog(n: number, next: () => number): RawEvent[] {
  const caseId = `C-${String(n).padStart(4, "0")}`;
  const received =
    Date.parse("2025-10-01T00:00:00+08:00") + Math.floor(next() * 30 * 24) * 3_600_000 + 9 * 3_600_000;
  const hours = (h: number) => received + Math.round(h * 3_600_000);
  const [agent, department] = AGENTS[Math.floor(next() * AGENTS.length)] ?? AGENTS[0];
  let i = 0;
  const e = (type: string, at: number, extra: Record<string, unknown> = {}): RawEvent => ({
    type,
    id: `${caseId}-${++i}`,
    caseId,
    at,
    ...extra,
  });
  const roll = next();
  const slow = next() < 0.12 ? 3 : 1; // about one case in eight is handled slowly
  const tier = next() < 0.2 ? "A" : "B";
  const channel = next() < 0.5 ? "hotline" : "wechat";
  const start = (kind: string, subtype?: string) =>
    e("received", received, {
      channel,
      kind,
      ...(subtype === undefined ? {} : { subtype }),
      tier,
      by: "agent-li",
    });
  const assign = e("assigned", hours(0.2), { assignee: agent, department });
  if (roll < 0.35)
    return [
      start("inquiry", "after_sale"),
      assign,
      e("first_feedback", hours(next() * 20 * slow)),
      e("resolved", hours(30 * slow)),
    ];
  if (roll < 0.55) {
    return [
      start("complaint"),
      assign,
      e("first_feedback", hours(next() * 10 * slow)),
      e("complaint_reviewed", hours(12 * slow), { valid: true, reason: "confirmed" }),
      e("plan_proposed", hours(next() * 40 * slow + 12 * slow)),
    ];
  }
  if (roll < 0.8) {
    return [
      start("repair", next() < 0.7 ? "warranty" : "paid"),
      assign,
      e("first_feedback", hours(next() * 8 * slow)),
      e("service_confirmed", hours(next() * 22 * slow + 1), {
        content: "on-site repair",
        scheduledAt: hours(48),
      }),
    ];
  }
  const subtype =
    (["after_installation", "after_delivery", "after_repair"] as const)[Math.floor(next() * 3)] ??
    "after_repair";
  const callDays = subtype === "after_installation" ? 2.5 : subtype === "after_delivery" ? 8 : 4;
  return [
    start("follow_up", subtype),
    e("registered", hours(next() * 40 * slow)),
    e("resolved", hours(callDays * 24 * slow)),
  ];
}

/** About 400 cases received in October 2025. */
export function monthOfCases(): CaseState[] {
  const next = random(2025_10);
  return Array.from({ length: 400 }, (_, n) => replay(inOrder(caseLog(n + 1, next)))._unsafeUnwrap());
}
