import { CASE_SCRIPT_LIMITS, parseCaseScript } from "kefu/testing";
import { describe, expect, it } from "vitest";

const SH = { timeZone: "Asia/Shanghai" } as const;
/** Shanghai is UTC+8 all year (no DST since 1991): a wall time minus 8 hours is the instant. */
const sh = (wall: string) => Date.parse(`${wall.replace(" ", "T")}+08:00`);
const events = (script: unknown, options: Parameters<typeof parseCaseScript>[1] = SH) =>
  parseCaseScript(script, options)._unsafeUnwrap() as readonly Record<string, unknown>[];
const error = (script: unknown, options: Parameters<typeof parseCaseScript>[1] = SH) =>
  parseCaseScript(script, options)._unsafeUnwrapErr();

describe("parseCaseScript", () => {
  it("reads one step per line: the event type, `at` a wall time in the zone, then key=value fields", () => {
    const log = events(`
      received at 2025-09-30 17:20 kind=complaint channel=hotline by=agent-li
      first feedback at 2025-10-01 09:00
    `);
    expect(log).toEqual([
      {
        type: "received",
        id: "CASE-1-1",
        caseId: "CASE-1",
        at: sh("2025-09-30 17:20"),
        channel: "hotline",
        kind: "complaint",
        by: "agent-li",
      },
      { type: "first_feedback", id: "CASE-1-2", caseId: "CASE-1", at: sh("2025-10-01 09:00") },
    ]);
  });

  it("separates steps by newlines, semicolons or commas outside quotes, and skips # comments", () => {
    const log = events(
      'received at 2025-10-10 16:00 kind=complaint; paused at 2025-10-10 17:00 reason="parts, glue" # why\ncomment at 2025-10-10 17:05 text="a # is text here", resumed at 2025-10-11 09:00',
    );
    expect(log.map((e) => e.type)).toEqual(["received", "paused", "comment", "resumed"]);
    expect(log[1]?.reason).toBe("parts, glue");
    expect(log[2]?.text).toBe("a # is text here");
  });

  it("reads `+2h30m` as a time after the previous step, and ISO instants with an offset", () => {
    const log = events(
      "received at 2025-10-10T16:00+08:00 kind=inquiry subtype=after_sale, paused at +2h30m, resumed at +1d, first_feedback at 2025-10-11T02:00Z",
    );
    // 16:00 + 2h30m = 18:30; + 1 day = Sat 18:30; 02:00Z = 10:00 Shanghai.
    expect(log.map((e) => e.at)).toEqual([
      sh("2025-10-10 16:00"),
      sh("2025-10-10 18:30"),
      sh("2025-10-11 18:30"),
      sh("2025-10-11 10:00"),
    ]);
  });

  it("fills the fields a step leaves out, and takes the received defaults from the options", () => {
    const log = events(
      [
        "received at 2025-10-09 10:00",
        "assigned at +5m",
        "complaint reviewed at +1h",
        "paused at +1h",
        "resumed at +1h",
        "service confirmed at +1h",
        "quote issued at +1h amount=12000",
        "quote approved at +1h",
        "comment at +1h",
        "reopened at +1h",
        "cancelled at +1h",
      ],
      {
        ...SH,
        caseId: "R-1",
        defaults: { kind: "repair", subtype: "paid", by: "agent-zhou", department: "property" },
      },
    );
    expect(log[0]).toMatchObject({ kind: "repair", subtype: "paid", channel: "phone", by: "agent-zhou" });
    expect(log[1]).toMatchObject({
      assignee: "agent-zhou",
      department: "property",
      id: "R-1-2",
      caseId: "R-1",
    });
    expect(log[2]).toMatchObject({ valid: true, reason: "reviewed (script)" });
    expect(log[3]).toMatchObject({ reason: "paused (script)" });
    // service_confirmed is scheduled at its own time unless the step says otherwise.
    expect(log[5]).toMatchObject({ content: "service confirmed (script)", scheduledAt: log[5]?.at });
    expect(log[6]).toMatchObject({ quoteId: "Q-1", amount: { amount: 12_000, currency: "CNY" } });
    expect(log[7]).toMatchObject({ quoteId: "Q-1" });
    expect(log[8]).toMatchObject({ text: "comment (script)" });
    expect(log[9]).toMatchObject({ reason: "reopened (script)" });
    expect(log[10]).toMatchObject({ reason: "cancelled (script)" });
  });

  it("coerces ratings, amounts and verdicts, and resolves scheduledAt relative to its event", () => {
    const log = events([
      "received at 2025-10-09 10:00 kind=complaint",
      'complaint reviewed at +1h valid=no reason="not ours"',
      "follow up done at +1h rating=4",
      "service confirmed at 2025-10-09 12:00 scheduledAt=+1d content=valve",
      "quote issued at +1h quoteId=Q-9 amount=500 currency=USD",
    ]);
    expect(log[1]).toMatchObject({ valid: false, reason: "not ours" });
    expect(log[2]?.rating).toBe(4);
    expect(log[3]?.scheduledAt).toBe(sh("2025-10-10 12:00"));
    expect(log[4]).toMatchObject({ quoteId: "Q-9", amount: { amount: 500, currency: "USD" } });
  });

  it("accepts step objects, whose fields pass through", () => {
    const log = events([
      { type: "received", at: "2025-10-09 10:00", kind: "complaint", channel: "letter", tier: "VIP" },
      { type: "priority_changed", at: "+30m", priority: "urgent", id: "mine" },
      { type: "first_feedback", at: new Date(sh("2025-10-09 12:00")) },
      { type: "resolved", at: sh("2025-10-09 13:00") },
    ]);
    expect(log[0]).toMatchObject({ channel: "letter", tier: "VIP", at: sh("2025-10-09 10:00") });
    expect(log[1]).toMatchObject({ priority: "urgent", id: "mine", at: sh("2025-10-09 10:30") });
    expect(log.slice(2).map((e) => e.at)).toEqual([sh("2025-10-09 12:00"), sh("2025-10-09 13:00")]);
  });

  it("reads wall times in the given zone, seconds and milliseconds included", () => {
    // New York is UTC−4 in summer: 09:00:30.250 EDT is 13:00:30.250Z.
    const [first] = events("received at 2025-07-01 09:00:30.250 kind=complaint", {
      timeZone: "America/New_York",
    });
    expect(first?.at).toBe(Date.parse("2025-07-01T13:00:30.250Z"));
  });

  describe("errors", () => {
    it("invalid_input: options that are not options", () => {
      expect(error("received at 2025-10-09 10:00", { timeZone: "Asia/Beijing" } as never)).toMatchObject({
        code: "invalid_input",
        issues: [{ path: ["timeZone"], code: "invalid_time_zone" }],
      });
      expect(error("x at y", { ...SH, caseID: "C" } as never).code).toBe("invalid_input");
    });

    it("invalid_input: a script that is neither text nor a list", () => {
      expect(error(42).code).toBe("invalid_input");
    });

    it("too_many_steps: over 1,000 steps, or over 200,000 characters", () => {
      const step = "comment at +1m";
      expect(CASE_SCRIPT_LIMITS).toEqual({ maxSteps: 1_000, maxChars: 200_000 });
      expect(error(Array(1_001).fill(step))).toMatchObject({ code: "too_many_steps", limit: 1_000 });
      expect(error(Array(1_001).fill(step).join("\n"))).toMatchObject({
        code: "too_many_steps",
        limit: 1_000,
      });
      expect(error("#".repeat(200_001))).toMatchObject({ code: "too_many_steps", limit: 200_000 });
      const full = ["received at 2025-10-09 10:00 kind=complaint", ...Array(999).fill(step)];
      expect(events(full.join("\n")).length).toBe(1_000);
    });

    it.each([
      ["received 2025-10-09 10:00", 1, "<event> at <time>"],
      ["replied at 2025-10-09 10:00", 1, 'unknown event type "replied"'],
      ["at 2025-10-09 10:00", 1, "starts with its event type"],
      ["received at", 1, 'no time after "at"'],
      ["received at kind=inquiry", 1, 'no time after "at"'],
      ["received at 2025-10-09 10:00 kind", 1, '"kind" is not key=value'],
      ["received at 2025-10-09 10:00 kind=a kind=b", 1, "kind is given twice"],
      ['received at 2025-10-09 10:00 note="open', 1, "a double quote is not closed"],
      ["received at tomorrow", 1, "tomorrow"],
      ["received at +1h", 1, "a relative time needs an earlier step"],
      ["received at 2025-10-09 10:00\npaused at +1x", 2, "not a duration"],
      ["received at 2025-02-30 10:00", 1, "not a real date"],
      ["received at 2025-10-09 24:00", 1, "not a real date"],
      ["received at 0050-10-09 10:00", 1, "not a real date"],
      ["received at 2025-10-09 10:00, confirmed at +1h", 2, 'unknown event type "confirmed"'],
      ["received at 2025-10-09 10:00, service confirmed at +1h scheduledAt=soon", 2, "scheduledAt"],
    ])("invalid_script: %s", (script, step, reason) => {
      const e = error(script);
      expect(e).toMatchObject({ code: "invalid_script", step });
      expect(e.message).toContain(reason);
      expect(e.message).toContain(`Step ${step}`);
    });

    it("invalid_script: a wall time skipped or repeated by a DST change", () => {
      const ny = { timeZone: "America/New_York" } as const;
      // 2025-03-09 02:30 does not exist in New York (02:00 → 03:00); 2025-11-02 01:30 happens twice.
      expect(error("received at 2025-03-09 02:30", ny).message).toContain("does not exist");
      expect(error("received at 2025-11-02 01:30", ny).message).toContain("ambiguous");
      // With an offset it is exact.
      expect(events("received at 2025-11-02T01:30-05:00", ny)[0]?.at).toBe(Date.parse("2025-11-02T06:30Z"));
    });

    it("invalid_script: a step object without a known type or an at", () => {
      expect(error([{ type: "replied", at: "2025-10-09 10:00" }])).toMatchObject({
        code: "invalid_script",
        step: 1,
      });
      expect(error([{ type: "received" }]).message).toContain('needs "at"');
      expect(error(["received at 2025-10-09 10:00", 7]).message).toContain("a step is a string or an object");
    });
  });
});
