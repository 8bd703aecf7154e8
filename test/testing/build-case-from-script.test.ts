import { replay } from "kefu/cases";
import { buildCaseFromScript } from "kefu/testing";
import { describe, expect, it } from "vitest";
import { EVE_COMPLAINT, EVE_COMPLAINT_LOG } from "./_fixtures";

const SH = { timeZone: "Asia/Shanghai", caseId: "C-1" } as const;

describe("buildCaseFromScript", () => {
  it("builds the same case as the hand-written log it stands for (ids aside)", () => {
    const scripted = buildCaseFromScript(EVE_COMPLAINT, SH)._unsafeUnwrap();
    const written = replay(EVE_COMPLAINT_LOG)._unsafeUnwrap();
    const { events: scriptedEvents, ...scriptedCore } = scripted;
    const { events: writtenEvents, ...writtenCore } = written;
    expect(scriptedCore).toEqual(writtenCore);
    const withoutIds = (events: typeof scriptedEvents) => events.map(({ id: _, ...event }) => event);
    expect(withoutIds(scriptedEvents)).toEqual(withoutIds(writtenEvents));
    expect(scripted.owner).toBe("agent-li");
    expect(scripted.assignee).toBe("agent-chen");
  });

  it("invalid_script: an event the case schema refuses, with its issues relative to the event", () => {
    const error = buildCaseFromScript(
      "received at 2025-10-09 10:00 kind=complaint colour=red",
      SH,
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: "invalid_script",
      step: 1,
      issues: [{ code: "unrecognized_keys", path: [] }],
    });
    expect(error.message).toContain('Unrecognized key: "colour"');
    const noKind = buildCaseFromScript(
      "received at 2025-10-09 10:00\nfirst feedback at +1h",
      SH,
    )._unsafeUnwrapErr();
    expect(noKind).toMatchObject({ code: "invalid_script", step: 1, issues: [{ path: ["kind"] }] });
    const badChannel = buildCaseFromScript(
      "received at 2025-10-09 10:00 kind=complaint, assigned at +1h department=HR",
      SH,
    );
    expect(badChannel._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_script",
      step: 2,
      text: "assigned at +1h department=HR",
    });
  });

  it("invalid_script: an empty script", () => {
    expect(buildCaseFromScript("  # nothing\n", SH)._unsafeUnwrapErr()).toMatchObject({
      code: "invalid_script",
      step: 1,
    });
  });

  it("case_rejected: the life cycle refuses a step, and the cases error is kept", () => {
    const error = buildCaseFromScript(
      "received at 2025-10-09 10:00 kind=complaint\nplan proposed at +1h",
      SH,
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: "case_rejected",
      step: 2,
      text: "plan proposed at +1h",
      cause: { code: "complaint_not_reviewed", index: 1 },
    });
    expect(error.message).toContain("Step 2");
    const late = buildCaseFromScript(
      ["received at 2025-10-09 10:00 kind=complaint", "first feedback at 2025-10-09 09:00"],
      SH,
    );
    expect(late._unsafeUnwrapErr()).toMatchObject({
      code: "case_rejected",
      step: 2,
      cause: { code: "out_of_order" },
    });
  });

  it("passes on the script's own errors", () => {
    expect(buildCaseFromScript("received at soon", SH)._unsafeUnwrapErr().code).toBe("invalid_script");
    expect(buildCaseFromScript(null, SH)._unsafeUnwrapErr().code).toBe("invalid_input");
    expect(buildCaseFromScript(Array(1_001).fill("comment at +1m"), SH)._unsafeUnwrapErr().code).toBe(
      "too_many_steps",
    );
  });
});
