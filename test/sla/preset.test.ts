import { evaluateCase, parsePolicy, residentialServiceStandard, type TargetResult } from "kefu/sla";
import { describe, expect, it } from "vitest";
import { caseOf, ev, received, sh } from "./_fixtures";

const policy = parsePolicy(residentialServiceStandard)._unsafeUnwrap();
const results = (events: Parameters<typeof caseOf>[0], now: string) =>
  Object.fromEntries(
    evaluateCase(policy, caseOf(events), sh(now))
      ._unsafeUnwrap()
      .map((r) => [r.targetId, r]),
  ) as Record<string, TargetResult>;

describe("the residential service standard (every rule of BRIEF §3)", () => {
  it("cites a source for every target", () => {
    for (const target of policy.targets) expect(target.source?.length ?? 0).toBeGreaterThan(20);
  });

  it("inquiry: feedback within 24 hours of receipt", () => {
    const r = results(
      [
        received("2025-10-09T10:00", { kind: "inquiry", subtype: "after_sale", channel: "wechat" }),
        ev("first_feedback", "2025-10-10T10:00"),
      ],
      "2025-10-12T00:00",
    );
    expect(Object.keys(r)).toEqual(["inquiry-feedback"]);
    expect(r["inquiry-feedback"]?.state).toBe("met");
  });

  it("a complaint received on the eve of the National Day holiday: 48 elapsed hours, and a reply within 24", () => {
    const events = [
      received("2025-09-30T17:20", { channel: "hotline" }),
      ev("first_feedback", "2025-10-01T09:00"),
    ];
    const r = results(events, "2025-10-02T12:00");
    expect(r["complaint-plan"]).toMatchObject({ state: "running", warningLevel: 2 });
    expect(r["complaint-plan"]?.dueAt?.getTime()).toBe(sh("2025-10-02T17:20"));
    expect(r["reply-within-24h"]?.state).toBe("met");
    const late = results(
      [
        ...events,
        ev("complaint_reviewed", "2025-10-02T10:00", { valid: true, reason: "ok" }),
        ev("plan_proposed", "2025-10-08T10:00"),
      ],
      "2025-10-09T00:00",
    );
    expect(late["complaint-plan"]?.state).toBe("breached");
  });

  it("after-sales request: content and time confirmed within 24 hours", () => {
    const r = results(
      [
        received("2025-10-09T10:00", { kind: "repair", subtype: "paid", channel: "website" }),
        ev("service_confirmed", "2025-10-10T10:00", {
          content: "valve",
          scheduledAt: "2025-10-11T10:00+08:00",
        }),
      ],
      "2025-10-12T00:00",
    );
    expect(r["after-sales-confirmation"]?.state).toBe("met");
    expect(r["reply-within-24h"]).toBeUndefined(); // website is not a call or a letter
  });

  it("follow-up calls: 2–3 days after an installation, 7–10 after a delivery, 3–5 after a repair", () => {
    const call = (subtype: string, resolvedOn: string) =>
      results(
        [
          received("2025-10-09T10:00", { kind: "follow_up", subtype }),
          ev("registered", "2025-10-09T11:00"),
          ev("resolved", `${resolvedOn}T10:00`),
        ],
        "2025-10-30T00:00",
      );
    expect(call("after_installation", "2025-10-11")["follow-up-after-installation"]?.state).toBe("met");
    expect(call("after_installation", "2025-10-10")["follow-up-after-installation"]?.state).toBe("early");
    expect(call("after_delivery", "2025-10-19")["follow-up-after-delivery"]?.state).toBe("met");
    expect(call("after_delivery", "2025-10-20")["follow-up-after-delivery"]?.state).toBe("breached");
    expect(call("after_repair", "2025-10-14")["follow-up-after-repair"]?.state).toBe("met");
  });

  it("a document hand-over across a make-up day: within 2 working days (Sunday 28 September is worked)", () => {
    const r = results(
      [received("2025-09-26T15:00", { kind: "follow_up", subtype: "after_delivery" })],
      "2025-09-29T12:00",
    );
    expect(r["sales-documents-handover"]?.dueAt?.getTime()).toBe(sh("2025-09-29T18:00"));
    expect(r["sales-documents-handover"]?.state).toBe("running");
    const late = results(
      [
        received("2025-09-26T15:00", { kind: "follow_up", subtype: "after_delivery" }),
        ev("registered", "2025-09-30T09:00"),
      ],
      "2025-10-01T00:00",
    );
    expect(late["sales-documents-handover"]).toMatchObject({ state: "breached" });
  });

  it("job documents at the after-sales desk within 1 working day, across the National Day break", () => {
    const r = results(
      [
        received("2025-09-30T16:00", { kind: "follow_up", subtype: "after_repair" }),
        ev("registered", "2025-10-09T17:00"),
      ],
      "2025-10-10T00:00",
    );
    expect(r["job-documents-handover"]?.dueAt?.getTime()).toBe(sh("2025-10-09T18:00"));
    expect(r["job-documents-handover"]?.state).toBe("met");
  });
});
