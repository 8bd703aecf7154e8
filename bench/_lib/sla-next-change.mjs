// What `nextChangeAt` promises, checked on the workload, and what it saves a host: every case
// evaluated again just before and at its own nextChangeAt, and a day of wake-ups scheduled from
// each case's nextChangeAt instead of polling every case every minute.

const MS_MIN = 60_000;

/** What a host acts on in a result: its state, warning and escalation levels, and due instants. */
const fingerprint = (r) =>
  `${r.targetId}|${r.cycle}|${r.state}|${r.warningLevel}|${r.escalationLevel}|` +
  `${r.dueAt?.getTime() ?? "-"}|${r.windowOpensAt?.getTime() ?? "-"}|${r.notify.join(",")}`;

const caseFingerprint = (results) => results.map(fingerprint).join(";");

/** The earliest nextChangeAt of one case's results (epoch ms), or Infinity. */
const caseNextChange = (results) => {
  let next = Number.POSITIVE_INFINITY;
  for (const r of results) if (r.nextChangeAt !== null) next = Math.min(next, r.nextChangeAt.getTime());
  return next;
};

const NO_CHANGE_SAMPLE = 10; // every 10th case without a nextChangeAt is checked
const LATER = 30 * 86_400_000; // … 30 days after now

/**
 * Checks each case's own promise, with no new events: evaluated at its earliest
 * `nextChangeAt − 1 ms` nothing a host acts on differs from now (state, warning and escalation
 * levels, due instants); at `nextChangeAt` something does, or a window opens. Every 10th case
 * without a nextChangeAt
 * is evaluated 30 days later and must not have changed either.
 */
export function checkNextChange(sla, policy, cases, now, report) {
  const evaluate = (i, at) => {
    const results = sla.evaluateCase(policy, cases[i], at);
    if (results.isErr()) throw new Error(`evaluateCase failed: ${JSON.stringify(results.error)}`);
    return caseFingerprint(results.value);
  };
  const tally = {
    withNext: 0,
    changedBefore: 0,
    changedAt: 0,
    windowOpens: 0,
    without: 0,
    sampled: 0,
    changedLater: 0,
  };
  report.results.forEach((results, i) => {
    const atNow = caseFingerprint(results);
    const next = caseNextChange(results);
    if (Number.isFinite(next)) {
      tally.withNext += 1;
      if (evaluate(i, next - 1) !== atNow) tally.changedBefore += 1;
      if (evaluate(i, next) !== atNow) tally.changedAt += 1;
      // A window opening changes no state: stopping from then on is met rather than early.
      else if (results.some((r) => r.windowOpensAt?.getTime() === next)) tally.windowOpens += 1;
    } else {
      tally.without += 1;
      if (tally.without % NO_CHANGE_SAMPLE !== 0) return;
      tally.sampled += 1;
      if (evaluate(i, now + LATER) !== atNow) tally.changedLater += 1;
    }
  });
  return tally;
}

/** A binary min-heap of (instant, case index) pairs. */
function wakeUpQueue() {
  const times = [];
  const items = [];
  const swap = (i, j) => {
    [times[i], times[j]] = [times[j], times[i]];
    [items[i], items[j]] = [items[j], items[i]];
  };
  return {
    get size() {
      return times.length;
    },
    peek: () => times[0],
    push(time, item) {
      times.push(time);
      items.push(item);
      for (let i = times.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (times[parent] <= times[i]) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      const item = items[0];
      const lastTime = times.pop();
      const lastItem = items.pop();
      if (times.length > 0) {
        times[0] = lastTime;
        items[0] = lastItem;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < times.length && times[l] < times[m]) m = l;
          if (r < times.length && times[r] < times[m]) m = r;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
      return item;
    },
  };
}

/**
 * A host that stores each case's earliest nextChangeAt (from the report at `now`) and, over the
 * next `hours`, wakes only then and re-evaluates only the cases due — with no new events, so the
 * count is what the clocks alone cause. Compared with polling every case every minute.
 */
export function simulateWakeUps(sla, policy, cases, now, report, hours = 24) {
  const horizon = now + hours * 3_600_000;
  const queue = wakeUpQueue();
  report.results.forEach((results, i) => {
    const next = caseNextChange(results);
    if (next <= horizon) queue.push(next, i);
  });
  const scheduledAtStart = queue.size;
  let evaluations = 0;
  let wakeUps = 0;
  const t0 = performance.now();
  while (queue.size > 0) {
    const at = queue.peek();
    wakeUps += 1;
    while (queue.size > 0 && queue.peek() === at) {
      const i = queue.pop();
      const results = sla.evaluateCase(policy, cases[i], at);
      if (results.isErr()) throw new Error(`evaluateCase failed: ${JSON.stringify(results.error)}`);
      evaluations += 1;
      const next = caseNextChange(results.value);
      if (next <= at) throw new Error(`nextChangeAt did not advance for case ${cases[i].id}`);
      if (next <= horizon) queue.push(next, i);
    }
  }
  return {
    hours,
    scheduledAtStart,
    wakeUps,
    evaluations,
    ms: performance.now() - t0,
    pollingEvaluations: cases.length * ((hours * 3_600_000) / MS_MIN),
  };
}
