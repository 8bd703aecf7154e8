import {
  AGENT_ROLES,
  AgentSchema,
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_LABELS,
  CASE_STATUSES,
  CASE_SUBTYPES,
  CHANNELS,
  caseLabel,
  casesJsonSchema,
  DEPARTMENTS,
  PRIORITIES,
} from "kefu/cases";
import { describe, expect, it } from "vitest";

describe("labels", () => {
  it("label every enum value in zh-CN and English", () => {
    const groups = {
      channel: CHANNELS,
      priority: PRIORITIES,
      kind: CASE_KINDS,
      subtype: Object.values(CASE_SUBTYPES).flat(),
      status: CASE_STATUSES,
      department: DEPARTMENTS,
      role: AGENT_ROLES,
      event: CASE_EVENT_TYPES,
    } as const;
    for (const [group, values] of Object.entries(groups)) {
      expect(Object.keys(CASE_LABELS[group as keyof typeof CASE_LABELS]).sort()).toEqual([...values].sort());
      for (const [zh, en] of Object.values(CASE_LABELS[group as keyof typeof CASE_LABELS]) as [
        string,
        string,
      ][]) {
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(en).toMatch(/^[A-Z0-9]/);
      }
    }
  });

  it("caseLabel picks the locale, zh-CN by default", () => {
    expect(caseLabel("channel", "wechat")).toBe("微信");
    expect(caseLabel("kind", "complaint", "en")).toBe("Complaint");
    expect(caseLabel("event", "quote_approved", "zh-CN")).toBe("客户确认报价");
  });
});

describe("entities and JSON Schema", () => {
  it("validates agents strictly", () => {
    expect(
      AgentSchema.safeParse({ id: "a1", name: "李娜", department: "customer_service", role: "specialist" })
        .success,
    ).toBe(true);
    expect(
      AgentSchema.safeParse({ id: "a1", name: "李娜", department: "Customer Service", role: "specialist" })
        .success,
    ).toBe(false);
    expect(
      AgentSchema.safeParse({ id: "a1", name: "李娜", department: "warehouse_ops", role: "staff", age: 3 })
        .success,
    ).toBe(false);
  });

  it("exports JSON Schemas for hosts in other languages", () => {
    const { CaseEvent, Agent, NeedForm } = casesJsonSchema();
    expect((CaseEvent.oneOf as unknown[]).length).toBe(CASE_EVENT_TYPES.length);
    expect(Agent.additionalProperties).toBe(false);
    expect(NeedForm.required).toEqual(["channel", "text", "date"]);
  });
});
