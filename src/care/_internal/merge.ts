import { sortShort } from "../../core/_internal/sort-short.js";
import type { Candidate } from "./candidate.js";

/** One touchpoint: a single candidate, or several merged, with their common window. */
export type EmitGroup = (group: Candidate | readonly Candidate[], opens: number, due: number) => void;

const byWindow = (a: Candidate, b: Candidate): number =>
  a.opens - b.opens || a.due - b.due || a.rule.order - b.rule.order || a.anchor.day - b.anchor.day;

/**
 * Merges one customer's candidates greedily in window order: a candidate joins the current group
 * when its window overlaps the group's common window (which then narrows to the overlap), so one
 * call made in the common window serves every member. Without merging, each is its own group.
 * Groups are contiguous in window order; a group of one is emitted as the candidate itself (this
 * runs for every customer, so it allocates only for real merges). Sorts `candidates` in place.
 */
export function mergeCandidates(candidates: Candidate[], merge: boolean, emit: EmitGroup): void {
  if (!merge || candidates.length === 1) {
    for (const c of candidates) emit(c, c.opens, c.due);
    return;
  }
  sortShort(candidates, byWindow);
  let start = 0;
  let opens = 0;
  let due = 0;
  for (let i = 0; i <= candidates.length; i += 1) {
    const candidate = candidates[i];
    if (candidate !== undefined && i > start && candidate.opens <= due && candidate.due >= opens) {
      opens = Math.max(opens, candidate.opens);
      due = Math.min(due, candidate.due);
      continue;
    }
    if (i > 0)
      emit(i - start === 1 ? (candidates[start] as Candidate) : candidates.slice(start, i), opens, due);
    if (candidate === undefined) return;
    start = i;
    opens = candidate.opens;
    due = candidate.due;
  }
}
