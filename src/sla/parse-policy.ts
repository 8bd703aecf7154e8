import { err, ok, type Result } from "neverthrow";
import type { BusinessCalendar } from "../calendar/calendar.js";
import { compileDefinition } from "../calendar/define-calendar.js";
import { PRIORITIES } from "../cases/vocabulary.js";
import type { InputPath } from "../core/errors.js";
import { parseWithSchema } from "../core/result.js";
import { businessClock, elapsedClock } from "./_internal/clock.js";
import type { PolicyError } from "./errors.js";
import { type CompiledTarget, type SlaPolicy, wrapPolicy } from "./policy.js";
import { SlaPolicySchema, type SlaTarget, type Span } from "./policy-schema.js";

/**
 * Options of {@link parsePolicy}.
 *
 * @category SLA
 * @since 0.1.0
 */
export interface ParsePolicyOptions {
  /** Compiled calendars the policy may name, besides those it defines itself. */
  readonly calendars?: Readonly<Record<string, BusinessCalendar>>;
}

type Mistake = Exclude<
  PolicyError["code"],
  "invalid_input" | "empty_interval" | "duplicate_date" | "holiday_workday_conflict" | "invalid_closure"
>;
const mistake = (code: Mistake, path: InputPath, message: string) =>
  err<never, PolicyError>({ code, path, message });

/**
 * Validates and compiles an SLA policy. Besides shape, it reports policy mistakes with paths: an
 * unknown calendar, a start event that is also a stop event, a pause event equal to a start or stop
 * event, a window whose lower bound exceeds its upper bound, thresholds out of order, a priority
 * row missing from a matrix, two targets with the same id, and limits in units their clock cannot
 * count.
 *
 * @param input - the policy as data.
 * @param options - compiled calendars the policy may refer to by name.
 * @returns `Ok` with the compiled policy, or `Err` with code `invalid_input`, a calendar
 *   definition code, `unknown_calendar`, `start_equals_stop`, `pause_conflict`,
 *   `window_bounds_reversed`, `thresholds_out_of_order`, `matrix_missing_priority`,
 *   `duplicate_target_id` or `invalid_limit`.
 * @example
 * ```ts
 * const policy = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
 * policy.targets.length; // 9
 * ```
 * @category SLA
 * @since 0.1.0
 */
export function parsePolicy(
  input: unknown,
  options: ParsePolicyOptions = {},
): Result<SlaPolicy, PolicyError> {
  return parseWithSchema(SlaPolicySchema, input)
    .mapErr((error): PolicyError => error)
    .andThen((policy) => {
      const calendars: Record<string, BusinessCalendar> = { ...options.calendars };
      for (const [name, definition] of Object.entries(policy.calendars ?? {})) {
        const calendar = compileDefinition(definition);
        if (calendar.isErr()) {
          const error = calendar.error;
          return err<never, PolicyError>({ ...error, path: ["calendars", name, ...(error.path ?? [])] });
        }
        calendars[name] = calendar.value;
      }
      const targets: CompiledTarget[] = [];
      const ids = new Set<string>();
      for (const [index, target] of policy.targets.entries()) {
        const path = ["targets", index];
        if (ids.has(target.id))
          return mistake("duplicate_target_id", [...path, "id"], `Two targets have the id ${target.id}`);
        ids.add(target.id);
        const checked = checkTarget(target, path, calendars);
        if (checked.isErr()) return err(checked.error);
        targets.push(checked.value);
      }
      return ok(
        wrapPolicy(
          {
            kind: "SlaPolicy",
            id: policy.id,
            name: policy.name,
            timeZone: policy.timeZone,
            targets: policy.targets,
            calendars,
          },
          targets,
        ),
      );
    });
}

function checkTarget(
  target: SlaTarget,
  path: InputPath,
  calendars: Record<string, BusinessCalendar>,
): Result<CompiledTarget, PolicyError> {
  const start = new Set(target.start);
  const stop = new Set(target.stop);
  if (target.stop.some((type) => start.has(type))) {
    return mistake("start_equals_stop", [...path, "stop"], "An event cannot both start and stop the clock");
  }
  const pauses = [...(target.pause ?? []), ...(target.resume ?? [])];
  if (pauses.some((type) => start.has(type) || stop.has(type))) {
    return mistake(
      "pause_conflict",
      [...path, "pause"],
      "A pause or resume event cannot also start or stop the clock",
    );
  }
  const calendarName =
    typeof target.clock === "string"
      ? undefined
      : "business" in target.clock
        ? target.clock.business
        : target.clock.workingDays;
  const calendar = calendarName === undefined ? undefined : calendars[calendarName];
  if (calendarName !== undefined && calendar === undefined) {
    return mistake(
      "unknown_calendar",
      [...path, "clock"],
      `The policy has no calendar named ${calendarName}`,
    );
  }
  return checkLimit(target, path).map(() => ({
    target,
    start,
    stop,
    pause: new Set(target.pause ?? []),
    resume: new Set(target.resume ?? []),
    calendar,
    clock: calendar === undefined ? elapsedClock : businessClock(calendar),
  }));
}

const clockKind = (target: SlaTarget) =>
  typeof target.clock === "string" ? "calendar" : "business" in target.clock ? "business" : "workingDays";
const hasTime = (span: Span) => span.hours !== undefined || span.minutes !== undefined;

function checkLimit(target: SlaTarget, path: InputPath): Result<void, PolicyError> {
  const clock = clockKind(target);
  if ((target.deadline === undefined) === (target.window === undefined)) {
    return mistake("invalid_limit", path, "A target has exactly one limit: a deadline or a window");
  }
  if (clock === "workingDays" && (target.pause !== undefined || target.resume !== undefined)) {
    return mistake(
      "invalid_limit",
      [...path, "pause"],
      "A working-day clock counts whole dates and does not pause",
    );
  }
  if (target.deadline !== undefined) {
    const deadline = target.deadline;
    const rows: [InputPath, Span][] = [];
    if ("byPriority" in deadline) {
      for (const priority of PRIORITIES) {
        const row = deadline.byPriority[priority] ?? deadline.default;
        if (row === undefined) {
          return mistake(
            "matrix_missing_priority",
            [...path, "deadline", "byPriority", priority],
            `No limit for priority ${priority} and no default`,
          );
        }
        rows.push([[...path, "deadline", "byPriority", priority], row]);
      }
    } else rows.push([[...path, "deadline"], deadline]);
    for (const [rowPath, span] of rows) {
      const wrongUnit =
        clock === "workingDays" ? hasTime(span) || (span.days ?? 0) < 1 : span.days !== undefined;
      if (wrongUnit) {
        return mistake(
          "invalid_limit",
          rowPath,
          clock === "workingDays"
            ? "A working-day deadline is given in days"
            : "A deadline on this clock is given in hours or minutes",
        );
      }
    }
  }
  if (target.window !== undefined) {
    const { from, to, before } = target.window;
    if (clock === "workingDays")
      return mistake("invalid_limit", [...path, "window"], "Windows run on the elapsed or business clock");
    const days = from.days !== undefined || to.days !== undefined;
    if (days && (clock !== "calendar" || hasTime(from) || hasTime(to))) {
      return mistake(
        "invalid_limit",
        [...path, "window"],
        "A window of days is whole local dates on the elapsed clock",
      );
    }
    if (before !== undefined && !days)
      return mistake("invalid_limit", [...path, "window"], "A window before an anchor is given in days");
    const size = (span: Span) => (span.days ?? 0) * 1440 + (span.hours ?? 0) * 60 + (span.minutes ?? 0);
    const reversed = before === undefined ? size(from) > size(to) : size(from) < size(to);
    if (reversed)
      return mistake(
        "window_bounds_reversed",
        [...path, "window"],
        "The window's earliest bound is after its latest",
      );
  }
  return checkThresholds(target, path);
}

function checkThresholds(target: SlaTarget, path: InputPath): Result<void, PolicyError> {
  const increasing = (values: readonly number[]) =>
    values.every((value, i) => i === 0 || value > (values[i - 1] ?? 0));
  const warnings = target.warnings;
  if (warnings !== undefined) {
    const ordered =
      "percent" in warnings
        ? increasing(warnings.percent)
        : increasing([...warnings.minutesBefore].reverse());
    if (!ordered)
      return mistake(
        "thresholds_out_of_order",
        [...path, "warnings"],
        "Warning thresholds must come in the order they are reached",
      );
  }
  const levels = (target.escalations ?? []).map((escalation) => escalation.level);
  if (!increasing(levels))
    return mistake("thresholds_out_of_order", [...path, "escalations"], "Escalation levels must increase");
  return ok(undefined);
}
