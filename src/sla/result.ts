/**
 * The state of one target in one cycle of a case:
 * - `pending`: its clock has not started;
 * - `running`: counting (including before a window opens);
 * - `paused`: stopped by a pause event, remaining time frozen, cannot breach;
 * - `met`: stopped within the limit (a stop exactly at `dueAt` is met);
 * - `breached`: stopped late, or not stopped by `dueAt` (from the first millisecond after it);
 * - `early`: stopped before a window opened;
 * - `not_applicable`: the cycle ended (closed, cancelled, reopened) before the clock could be judged.
 * `met`, `breached` and `early` are final for the cycle.
 *
 * @category SLA
 * @since 0.1.0
 */
export type SlaState = "pending" | "running" | "paused" | "met" | "breached" | "early" | "not_applicable";

/**
 * One step of the explanation of a result.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface TraceStep {
  readonly step:
    | "matched"
    | "started"
    | "limit"
    | "paused"
    | "resumed"
    | "window_opens"
    | "due"
    | "stopped"
    | "ended"
    | "breached_before_change";
  readonly at?: Date;
  readonly detail: string;
}

/**
 * One target's result for one cycle of a case.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface TargetResult {
  readonly caseId: string;
  readonly targetId: string;
  readonly label: string;
  readonly cycle: number;
  readonly state: SlaState;
  readonly clock: "calendar" | "business" | "workingDays";
  readonly startedAt: Date | null;
  /** The latest allowed instant (inclusive); null while paused or pending. */
  readonly dueAt: Date | null;
  /** For a window: the earliest allowed instant. */
  readonly windowOpensAt: Date | null;
  readonly stoppedAt: Date | null;
  /** The limit on the target's clock in milliseconds (business ms for working days), or null if unknown. */
  readonly limitMs: number | null;
  /** Time consumed on the clock, pauses excluded. */
  readonly elapsedMs: number;
  /**
   * Time left on the clock, or null if unknown. Once breached it is negative, or 0 when the breach
   * was decided by instants outside working time (a reply on Saturday to a limit due Friday).
   */
  readonly remainingMs: number | null;
  /** Time on the clock spent paused. */
  readonly pausedMs: number;
  /** `elapsedMs / limitMs`, or null if unknown. */
  readonly fractionConsumed: number | null;
  /** How many warning thresholds have been reached. */
  readonly warningLevel: number;
  /** The highest escalation level reached (0 for none), and whom it notifies. */
  readonly escalationLevel: number;
  readonly notify: readonly string[];
  /** The next instant at which this result would change without a new event, or null. */
  readonly nextChangeAt: Date | null;
  /** Who held the case when the target was met, breached or judged early (for KPI evaluations). */
  readonly attribution: { readonly agent: string; readonly department: string | null } | null;
  readonly trace: readonly TraceStep[];
}
