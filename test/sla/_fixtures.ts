/** Shared helpers for the SLA tests: a small policy, events, and case building. */
import type { CaseEventInput, CaseEventType, CaseState } from "kefu/cases";
import { replay } from "kefu/cases";
import { parsePolicy, type SlaPolicy, type SlaPolicyInput } from "kefu/sla";

export const sh = (local: string) => Date.parse(`${local}:00+08:00`);
export const H = 3_600_000;
export const MIN = 60_000;

let counter = 0;
/** An event on case `caseId` at a Shanghai wall time. */
export function ev(
  type: CaseEventType,
  local: string,
  extra: Record<string, unknown> = {},
  caseId = "C1",
): CaseEventInput {
  return { type, id: `x${++counter}`, caseId, at: `${local}:00+08:00`, ...extra } as CaseEventInput;
}

export const received = (local: string, extra: Record<string, unknown> = {}, caseId = "C1") =>
  ev("received", local, { channel: "phone", kind: "complaint", by: "agent-li", ...extra }, caseId);

export function caseOf(events: CaseEventInput[]): CaseState {
  return replay(events)._unsafeUnwrap();
}

const DAY = [["09:00", "18:00"]] as const;
/** 09:00–18:00 weekdays in Shanghai, with 2025-10-01..08 off and Saturday 2025-10-11 worked. */
export const OFFICE = {
  timeZone: "Asia/Shanghai",
  weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
  holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
  workdays: [{ date: "2025-10-11", hours: DAY }],
} as const;

export function policy(targets: SlaPolicyInput["targets"], extra: Partial<SlaPolicyInput> = {}): SlaPolicy {
  return parsePolicy({
    id: "p",
    timeZone: "Asia/Shanghai",
    calendars: { office: OFFICE },
    targets,
    ...extra,
  })._unsafeUnwrap();
}

/** A 4-hour elapsed deadline from receipt to first feedback, pausable. */
export const reply4h = {
  id: "reply",
  label: "Reply within 4 hours",
  start: ["received"],
  stop: ["first_feedback"],
  pause: ["paused"],
  resume: ["resumed"],
  clock: "calendar",
  deadline: { hours: 4 },
} as const;
