import { cached } from "../../core/_internal/cached.js";
import { dayNumberOfLocalDate } from "../../core/_internal/days.js";
import type { CareTask } from "../plan-types.js";

/** A touchpoint made, its date as a day number. */
export interface DoneTouchpoint {
  readonly index: number;
  readonly customerId: string;
  readonly day: number;
  readonly taskId: string | null;
  readonly ruleId: string | null;
  readonly kind: string | null;
}

const fits = (task: CareTask, t: DoneTouchpoint): boolean =>
  (t.taskId === null || t.taskId === task.id) &&
  (t.ruleId === null || task.reasons.some((r) => r.ruleId === t.ruleId)) &&
  (t.kind === null || task.reasons.some((r) => r.kind === t.kind));

/**
 * For each task (by index), the touchpoint that serves it: first every in-window match (tasks in
 * plan order, each taking its customer's earliest unused touchpoint inside its window), then
 * early or late matches within `tolerance` days, nearest to the window first.
 */
export function matchTouchpoints(
  tasks: readonly CareTask[],
  done: readonly DoneTouchpoint[],
  tolerance: number,
): (DoneTouchpoint | undefined)[] {
  const byCustomer = new Map<string, DoneTouchpoint[]>();
  for (const t of [...done].sort((a, b) => a.day - b.day || a.index - b.index)) {
    cached(byCustomer, t.customerId, () => []).push(t);
  }
  const used = new Set<number>();
  const served: (DoneTouchpoint | undefined)[] = tasks.map(() => undefined);
  const windows = tasks.map(
    (task) => [dayNumberOfLocalDate(task.opens), dayNumberOfLocalDate(task.due)] as const,
  );
  const pass = (distance: (opens: number, due: number, day: number) => number | undefined) => {
    for (const [i, task] of tasks.entries()) {
      if (served[i] !== undefined) continue;
      const [opens, due] = windows[i] ?? [0, 0];
      let best: DoneTouchpoint | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const t of byCustomer.get(task.customerId) ?? []) {
        if (used.has(t.index) || !fits(task, t)) continue;
        const d = distance(opens, due, t.day);
        if (d !== undefined && d < bestDistance) {
          best = t;
          bestDistance = d;
        }
      }
      if (best !== undefined) {
        used.add(best.index);
        served[i] = best;
      }
    }
  };
  pass((opens, due, day) => (day >= opens && day <= due ? day - opens : undefined));
  pass((opens, due, day) => {
    const d = day < opens ? opens - day : day - due;
    return d > 0 && d <= tolerance ? d : undefined;
  });
  return served;
}
