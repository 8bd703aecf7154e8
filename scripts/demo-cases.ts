/** Demo: incoming needs classified from their channel forms, then a complaint run through its process. */
import { applyEvent, caseLabel, classifyNeed, defaultNeedClassifier, describeCase, replay } from "kefu";
import { type DemoSection, must } from "./demo-data.js";

/** Needs classified, and a complaint's life cycle with first-contact ownership. */
export function casesDemoSection(): DemoSection {
  const lines: string[] = [];
  const line = (text: string) => lines.push(text);
  const needs = [
    { channel: "wechat", text: "卫生间天花板漏水，很紧急", date: "2025-10-09", warrantyEndsOn: "2026-06-30" },
    { channel: "hotline", text: "我要投诉维修师傅态度差", date: "2025-10-09" },
    { channel: "website", text: "请问二期还有三房户型吗？价格多少", date: "2025-10-09" },
    { channel: "phone", text: "热水器坏了", date: "2025-10-09", warrantyEndsOn: "2025-06-30" },
  ] as const;
  const classified = needs.map((need) => ({ need, c: must(classifyNeed(defaultNeedClassifier, need)) }));
  for (const { need, c } of classified) {
    const kind = `${caseLabel("kind", c.kind)}${c.subtype === null ? "" : ` / ${caseLabel("subtype", c.subtype)}`}`;
    line(
      `「${need.text}」 (${caseLabel("channel", need.channel)}) → ${kind}, ${caseLabel("priority", c.priority)}`,
    );
  }
  const complaintLog = [
    {
      type: "received",
      id: "e1",
      at: "2025-09-30T17:20:00+08:00",
      channel: "hotline",
      kind: "complaint",
      by: "agent-li",
    },
    {
      type: "assigned",
      id: "e2",
      at: "2025-09-30T17:25:00+08:00",
      assignee: "agent-wang",
      department: "customer_service",
    },
    { type: "first_feedback", id: "e3", at: "2025-09-30T17:40:00+08:00" },
    { type: "plan_proposed", id: "e4", at: "2025-09-30T18:00:00+08:00" },
    {
      type: "complaint_reviewed",
      id: "e5",
      at: "2025-10-01T10:00:00+08:00",
      valid: true,
      reason: "leak confirmed",
    },
    {
      type: "transferred",
      id: "e6",
      at: "2025-10-01T10:30:00+08:00",
      assignee: "agent-zhao",
      department: "production_engineering",
    },
    { type: "plan_proposed", id: "e7", at: "2025-10-01T11:00:00+08:00" },
    { type: "work_started", id: "e8", at: "2025-10-09T09:00:00+08:00" },
    { type: "work_completed", id: "e9", at: "2025-10-09T16:00:00+08:00" },
    { type: "resolved", id: "e10", at: "2025-10-09T16:30:00+08:00" },
    { type: "follow_up_done", id: "e11", at: "2025-10-11T10:00:00+08:00", rating: 5 },
  ].map((event) => ({ caseId: "C-017", ...event }));
  let complaintCase = must(replay(complaintLog.slice(0, 1)));
  for (const event of complaintLog.slice(1)) {
    const next = applyEvent(complaintCase, event);
    if (next.isErr()) line(`refused ${event.type.padEnd(18)} ${next.error.code}: ${next.error.message}`);
    else complaintCase = next.value;
  }
  const complaintView = describeCase(complaintCase);
  line(
    `status ${caseLabel("status", complaintView.status)} · owner ${complaintView.owner} (首问负责) · assignee ${complaintView.assignee}` +
      ` · first feedback after ${((complaintView.firstFeedbackAt?.getTime() ?? 0) - complaintView.receivedAt.getTime()) / 60_000} min` +
      ` · resolved after ${Math.round((complaintView.cycles[0]?.resolutionMs ?? 0) / 3_600_000)} h · follow-up rating ${complaintView.followUps[0]?.rating}`,
  );
  return {
    title: "Cases: classify incoming needs, then run a complaint through its process",
    lines,
    data: {
      classified: classified.map(({ need, c }) => ({ text: need.text, ...c })),
      complaint: complaintView,
    },
  };
}
