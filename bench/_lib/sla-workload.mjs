// The SLA workload: 100,000 seeded case logs over October 2025 in Asia/Shanghai (across the
// National Day break), as a live system holds them at NOW: every event at or before NOW, cases
// received late in the month still open. Kinds, subtypes, priorities, tiers, channels, pauses,
// reopenings, priority and tier changes, and on-time and late handling all follow fixed shares.

import { mulberry32, SEED, shanghai } from "./workload.mjs";

export const CASES = 100_000;
export const SLA_SEED = SEED ^ 0x0051a000;
/** The instant every case is evaluated at: Friday 2025-10-31 16:00 in Shanghai, in office hours. */
export const NOW = shanghai(2025, 10, 31, 16 * 60);
const FIRST = shanghai(2025, 10, 1);
const DAYS = 31;
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 2025-10-01 … 10-08: the National Day and Mid-Autumn break (days of October, 1-based). */
const BREAK = new Set([1, 2, 3, 4, 5, 6, 7, 8]);

/** Shares of the workload, each a list of [value, weight]. */
export const MIX = {
  kind: [
    ["inquiry", 35],
    ["complaint", 15],
    ["repair", 30],
    ["follow_up", 20],
  ],
  subtype: {
    inquiry: [
      ["pre_sale", 30],
      ["after_sale", 60],
      ["suggestion", 10],
    ],
    repair: [
      ["warranty", 70],
      ["paid", 30],
    ],
    follow_up: [
      ["after_installation", 35],
      ["after_delivery", 30],
      ["after_repair", 35],
    ],
  },
  priority: [
    ["low", 10],
    ["normal", 60],
    ["high", 22],
    ["urgent", 8],
  ],
  tier: [
    ["A", 20],
    ["B", 50],
    ["C", 30],
  ],
  channel: [
    ["phone", 25],
    ["hotline", 25],
    ["wechat", 20],
    ["website", 10],
    ["walk_in", 8],
    ["email", 6],
    ["forum", 4],
    ["letter", 2],
  ],
};

/** Probabilities of the life-cycle variations. */
export const SHARES = {
  late: 0.2, // a response or step runs past its limit (0.4 during the break)
  lateOnBreak: 0.4,
  paused: 0.08, // waiting for the customer, resumed later (or still paused at NOW)
  reopened: 0.04, // closed, then reopened: a second cycle
  priorityChanged: 0.03,
  tierChanged: 0.01,
  invalidComplaint: 0.12,
  followUpEarly: 0.12,
  followUpLate: 0.15,
};

const DEPARTMENTS = {
  inquiry: ["customer_service", "sales_marketing"],
  complaint: ["customer_service", "property_management", "production_engineering"],
  repair: ["after_sales"],
  follow_up: ["customer_service"],
};
const AGENTS = 60;
const WINDOW_DAYS = { after_installation: [2, 3], after_delivery: [7, 10], after_repair: [3, 5] };
const HANDOVER_DAYS = { after_installation: 2, after_delivery: 2, after_repair: 1 };

/**
 * Random helpers on one seeded stream. `people` may name the agents and the customers (with their
 * tiers) to draw from; by default 60 numbered agents and 40,000 anonymous customers.
 */
function randomTools(seed, people = {}) {
  const random = mulberry32(seed);
  const between = (a, b) => a + random() * (b - a);
  const chance = (p) => random() < p;
  const pick = (weighted) => {
    let total = 0;
    for (const [, w] of weighted) total += w;
    let r = random() * total;
    for (const [value, w] of weighted) {
      r -= w;
      if (r < 0) return value;
    }
    return weighted[weighted.length - 1][0];
  };
  const agents = people.agents;
  const agent = () =>
    agents === undefined
      ? `agent-${String(1 + Math.floor(random() * AGENTS)).padStart(2, "0")}`
      : agents[Math.floor(random() * agents.length)];
  const customers = people.customers;
  const customer = () =>
    customers === undefined
      ? { id: `cust-${Math.floor(random() * 40_000)}`, tier: pick(MIX.tier) }
      : customers[Math.floor(random() * customers.length)];
  const whole = (ms) => Math.round(ms / 1000) * 1000;
  return { random, between, chance, pick, agent, customer, whole };
}

/** A receipt instant in October before NOW: 65% in office hours, fewer cases during the break. */
function receivedAt(r) {
  for (;;) {
    const day = Math.floor(r.random() * DAYS);
    if (BREAK.has(day + 1) && r.chance(0.4)) continue;
    const minute = r.chance(0.65) ? r.between(9 * 60, 18 * 60) : r.between(0, 24 * 60);
    const at = r.whole(FIRST + day * DAY + minute * MIN);
    if (at < NOW) return at;
  }
}

/** Shanghai wall-clock day start (ms) of an instant; Shanghai has no DST. */
const dayStart = (t) => t - ((t + 8 * HOUR) % DAY);

/**
 * A log under construction: `at(delay)` moves the clock on, `push` appends an event at the current
 * instant. Instants never go backwards.
 */
function logBuilder(caseId, r, actor) {
  const events = [];
  let t = 0;
  return {
    events,
    get t() {
      return t;
    },
    set t(value) {
      t = r.whole(Math.max(t, value));
    },
    after(ms) {
      t = r.whole(t + ms);
      return this;
    },
    push(type, extra = {}) {
      events.push({ type, id: `e${events.length + 1}`, caseId, at: t, by: actor(), ...extra });
      return this;
    },
  };
}

/** A limit kept or missed: on time within [0.05, 0.9] of `limitH` hours, late up to 3× it. */
const responseHours = (r, late, limitH) =>
  late ? r.between(1.05, 3) * limitH : r.between(0.05, 0.9) * limitH;

/** Pause (waiting for the customer) and resume, maybe still paused at NOW. */
function maybePause(log, r) {
  if (!r.chance(SHARES.paused)) return;
  log.after(r.between(0.2, 6) * HOUR).push("paused", { reason: "waiting for the customer" });
  log.after(r.between(1, 72) * HOUR).push("resumed");
}

function maybeChangePriorityOrTier(log, r, priority) {
  if (r.chance(SHARES.priorityChanged))
    log.after(r.between(5, 90) * MIN).push("priority_changed", {
      priority: priority === "urgent" ? "high" : "urgent",
    });
  if (r.chance(SHARES.tierChanged)) log.after(r.between(5, 90) * MIN).push("tier_changed", { tier: "A" });
}

/** The part of a cycle after the need is met: a follow-up visit maybe, then closing. */
function finish(log, r, followUpShare) {
  if (r.chance(followUpShare))
    log.after(r.between(1, 72) * HOUR).push("follow_up_done", { rating: 1 + Math.floor(r.random() * 5) });
  log.after(r.between(0, 24) * HOUR).push("closed");
}

function inquiryCycle(log, r, start, late) {
  maybePause(log, r);
  log.t = start + responseHours(r, late, 24) * HOUR;
  log.push("first_feedback");
  log.after(r.between(0.5, 48) * HOUR).push("resolved");
  finish(log, r, 0.3);
}

function complaintCycle(log, r, start, late, cycle) {
  log.t = start + responseHours(r, late && r.chance(0.5), 24) * HOUR;
  log.push("first_feedback");
  if (cycle === 1) {
    const valid = !r.chance(SHARES.invalidComplaint);
    log.after(r.between(0.5, 8) * HOUR).push("complaint_reviewed", {
      valid,
      reason: valid ? "confirmed on site" : "outside the developer's responsibility",
    });
    if (!valid) {
      log.after(r.between(1, 24) * HOUR).push("closed", { reason: "invalid complaint" });
      return false;
    }
  }
  maybePause(log, r);
  log.t = start + responseHours(r, late, 48) * HOUR;
  log.push("plan_proposed", { plan: "repair and compensation" });
  log.after(r.between(2, 72) * HOUR).push("work_started");
  log.after(r.between(1, 48) * HOUR).push("work_completed");
  log.after(r.between(0.5, 24) * HOUR).push("resolved");
  finish(log, r, 0.6);
  return true;
}

function repairCycle(log, r, start, late, paid, cycle) {
  log.t = start + responseHours(r, late && r.chance(0.5), 24) * HOUR;
  log.push("first_feedback");
  maybePause(log, r);
  log.t = start + responseHours(r, late, 24) * HOUR;
  const scheduledAt = r.whole(dayStart(log.t) + r.between(1, 5) * DAY + r.between(9, 17) * HOUR);
  log.push("service_confirmed", { content: "inspect and repair on site", scheduledAt });
  if (paid && cycle === 1) {
    // A paid repair's quote is approved once; a reopened job reuses it.
    const quoteId = `Q${cycle}`;
    const amount = { amount: 100 * Math.round(r.between(200, 5000)), currency: "CNY" };
    log.after(r.between(0.5, 24) * HOUR).push("quote_issued", { quoteId, amount });
    log.after(r.between(0.5, 48) * HOUR).push("quote_approved", { quoteId });
  }
  log.t = scheduledAt;
  log.push("work_started");
  log.after(r.between(1, 6) * HOUR).push("work_completed");
  log.after(r.between(0, 4) * HOUR).push("resolved");
  finish(log, r, 0.5);
}

function followUpCycle(log, r, start, late, subtype) {
  const limitDays = HANDOVER_DAYS[subtype];
  log.t = start + (late ? r.between(limitDays + 1, limitDays + 3) : r.between(0.05, limitDays * 0.8)) * DAY;
  log.push("registered");
  const [from, to] = WINDOW_DAYS[subtype];
  const early = r.chance(SHARES.followUpEarly);
  const overdue = !early && r.chance(SHARES.followUpLate);
  const dayOffset = early
    ? Math.floor(r.between(0, from))
    : overdue
      ? to + 1 + Math.floor(r.between(0, 3))
      : from + Math.floor(r.between(0, to - from + 1));
  log.t = dayStart(start) + dayOffset * DAY + r.between(9, 20) * HOUR;
  log.push("resolved", { resolution: "follow-up call made" });
  log.after(r.between(0, 2) * HOUR).push("closed");
}

/** One case's full event log (before it is cut at NOW). */
function caseLog(r, index) {
  const caseId = `C${String(index + 1).padStart(6, "0")}`;
  const kind = r.pick(MIX.kind);
  const subtype = kind === "complaint" ? undefined : r.pick(MIX.subtype[kind]);
  const priority = r.pick(MIX.priority);
  const owner = r.agent();
  let holder = owner;
  const log = logBuilder(caseId, r, () => holder);
  const start = receivedAt(r);
  const late = r.chance(
    BREAK.has(new Date(start + 8 * HOUR).getUTCDate()) ? SHARES.lateOnBreak : SHARES.late,
  );
  log.t = start;
  const channel = kind === "follow_up" ? "phone" : r.pick(MIX.channel);
  const customer = r.customer(); // after the channel: the order the stream was always drawn in
  log.push("received", {
    channel,
    kind,
    ...(subtype === undefined ? {} : { subtype }),
    priority,
    customerId: customer.id,
    tier: customer.tier,
    by: owner,
  });
  holder = r.agent();
  const departments = DEPARTMENTS[kind];
  log.after(r.between(2, 180) * MIN).push("assigned", {
    assignee: holder,
    department: departments[Math.floor(r.random() * departments.length)],
  });
  maybeChangePriorityOrTier(log, r, priority);
  const cycle = (n, cycleStart, cycleLate) => {
    if (kind === "inquiry") inquiryCycle(log, r, cycleStart, cycleLate);
    else if (kind === "complaint") return complaintCycle(log, r, cycleStart, cycleLate, n);
    else if (kind === "repair") repairCycle(log, r, cycleStart, cycleLate, subtype === "paid", n);
    else followUpCycle(log, r, cycleStart, cycleLate, subtype);
    return true;
  };
  const reopenable = cycle(1, start, late);
  if (reopenable && kind !== "follow_up" && r.chance(SHARES.reopened)) {
    log.after(r.between(1, 120) * HOUR).push("reopened", { reason: "the problem came back" });
    cycle(2, log.t, r.chance(SHARES.late));
  }
  return log.events;
}

/** The log as it stands at NOW: the events up to NOW (they are in time order). */
function cutAtNow(events) {
  const end = events.findIndex((e) => e.at > NOW);
  return end === -1 ? events : events.slice(0, end);
}

/**
 * `count` seeded case logs as they stand at NOW (events with epoch-ms instants). `people` may name
 * the agents and the customers `{ id, tier }` to draw from (the demo's dataset does).
 */
export function generateLogs(count, { seed = SLA_SEED, people = {} } = {}) {
  const r = randomTools(seed, people);
  return Array.from({ length: count }, (_, i) => cutAtNow(caseLog(r, i)));
}

/**
 * Builds the cases: `count` seeded logs, each replayed with `replay` (not timed). Returns the
 * cases and a description of the workload.
 */
export function buildCases(replay, count = CASES) {
  const logs = generateLogs(count);
  const cases = new Array(count);
  const stats = { events: 0, byKind: {}, paused: 0, pausedAtNow: 0, reopened: 0, open: 0, changed: 0 };
  for (let i = 0; i < count; i += 1) {
    const events = logs[i];
    const built = replay(events);
    if (built.isErr()) throw new Error(`replay refused case ${i}: ${JSON.stringify(built.error)}`);
    const c = built.value;
    cases[i] = c;
    stats.events += events.length;
    const key = c.subtype === null ? c.kind : `${c.kind}/${c.subtype}`;
    stats.byKind[key] = (stats.byKind[key] ?? 0) + 1;
    if (events.some((e) => e.type === "paused")) stats.paused += 1;
    if (c.pausedSince !== null) stats.pausedAtNow += 1;
    if (c.cycle > 1) stats.reopened += 1;
    if (c.status === "received" || c.status === "in_progress") stats.open += 1;
    if (events.some((e) => e.type === "priority_changed" || e.type === "tier_changed")) stats.changed += 1;
  }
  return { cases, stats };
}
