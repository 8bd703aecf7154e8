import { fc, test } from "@fast-check/vitest";
import { replay } from "kefu/cases";
import { buildCaseFromScript, checkSlaTarget, evaluateScenario, parseCaseScript } from "kefu/testing";
import { describe, expect } from "vitest";
import { MIN, sh, standard } from "./_fixtures";
import { instantsOfWallTime } from "./_reference/wall-time";

const ZONES = [
  "Asia/Shanghai",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Sao_Paulo",
  "Asia/Kathmandu",
] as const;
const pad = (n: number) => String(n).padStart(2, "0");
const wallTime = fc
  .record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
    minute: fc.constantFrom(0, 15, 30, 45, 59),
  })
  .map(
    ({ year, month, day, hour, minute }) => `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`,
  );
// Wall times at the edges of DST changes, skipped or repeated in one of the zones.
const edges = fc.constantFrom(
  ["2025-03-09 02:30", "America/New_York"],
  ["2025-11-02 01:30", "America/New_York"],
  ["2025-03-30 01:15", "Europe/London"],
  ["2025-10-26 01:45", "Europe/London"],
  ["2025-10-05 02:15", "Australia/Lord_Howe"],
  ["2025-04-06 01:45", "Australia/Lord_Howe"],
  ["2025-09-28 02:45", "Pacific/Chatham"],
  ["2025-04-06 02:45", "Pacific/Chatham"],
  ["2018-11-04 00:30", "America/Sao_Paulo"],
);

describe("laws of the test kit", () => {
  test.prop([fc.oneof(fc.tuple(wallTime, fc.constantFrom(...ZONES)), edges)], { numRuns: 150 })(
    "a script's wall time is the one instant that shows it in the zone, or an error when there are none or two",
    ([wall, zone]) => {
      const reference = instantsOfWallTime(wall, zone);
      const built = parseCaseScript(`received at ${wall} kind=complaint`, { timeZone: zone });
      if (reference.length === 1) expect(built._unsafeUnwrap()[0]?.at).toBe(reference[0]);
      else {
        const error = built._unsafeUnwrapErr();
        expect(error.code).toBe("invalid_script");
        expect(error.message).toContain(reference.length === 0 ? "does not exist" : "ambiguous");
      }
    },
  );

  const toggles = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 5_000 }), toggle: fc.boolean() }), {
    maxLength: 30,
  });
  test.prop([fc.integer({ min: 0, max: 10 * 366 * 1_440 }), toggles])(
    "relative steps add up: the script is the log written out by hand, and replays to the same case",
    (startMinute, steps) => {
      const start = sh("2020-01-01 00:00") + startMinute * MIN;
      let paused = false;
      let at = start;
      const lines = [`received at ${new Date(start).toISOString()} kind=inquiry subtype=after_sale`];
      const log: Record<string, unknown>[] = [
        {
          type: "received",
          id: "CASE-1-1",
          caseId: "CASE-1",
          at: start,
          channel: "phone",
          by: "agent",
          kind: "inquiry",
          subtype: "after_sale",
        },
      ];
      for (const [index, { gap, toggle }] of steps.entries()) {
        at += gap * MIN;
        const type = toggle ? (paused ? "resumed" : "paused") : "comment";
        if (toggle) paused = !paused;
        lines.push(`${type} at +${gap}m`);
        const extra =
          type === "paused"
            ? { reason: "paused (script)" }
            : type === "comment"
              ? { text: "comment (script)" }
              : {};
        log.push({ ...extra, id: `CASE-1-${index + 2}`, caseId: "CASE-1", type, at });
      }
      const script = lines.join("\n");
      expect(parseCaseScript(script, { timeZone: "Asia/Shanghai" })._unsafeUnwrap()).toEqual(log);
      expect(buildCaseFromScript(script, { timeZone: "Asia/Shanghai" })._unsafeUnwrap()).toEqual(
        replay(log)._unsafeUnwrap(),
      );
    },
  );

  const outcome = evaluateScenario(
    standard,
    "received at 2025-10-09 10:00 kind=complaint",
    "+1h",
  )._unsafeUnwrap();
  test.prop([fc.oneof(fc.constant(0), fc.integer({ min: -(10 ** 11), max: 10 ** 11 }))])(
    "a duration shown in a failure message, given back as the expectation, means the same milliseconds",
    (ms) => {
      const [shown] = checkSlaTarget(outcome, "complaint-plan", { remainingMs: ms })._unsafeUnwrap()
        .mismatches;
      // The remaining time is 47 h exactly; any other value is a mismatch showing "<text> (<ms> ms)".
      if (ms === 47 * 60 * MIN) return;
      const text = shown?.expected.replace(/ \(.*\)$/, "") ?? "";
      expect(shown?.expected).toBe(`${text} (${ms} ms)`);
      const again = checkSlaTarget(outcome, "complaint-plan", { remainingMs: text })._unsafeUnwrap()
        .mismatches;
      expect(again).toEqual([shown]);
    },
  );

  test.prop([fc.integer({ min: 0, max: 5 * 366 * 1_440 }), fc.constantFrom(...ZONES)])(
    "a due time shown in a message, given back as the expectation, matches",
    (minute, zone) => {
      const received = new Date(sh("2021-01-01 00:00") + minute * MIN).toISOString();
      const script = `received at ${received} kind=complaint channel=hotline`;
      const seen = evaluateScenario(standard, script, "+1h", { timeZone: zone })._unsafeUnwrap();
      const [mismatch] = checkSlaTarget(seen, "complaint-plan", { dueAt: null })._unsafeUnwrap().mismatches;
      const shown = (mismatch?.actual ?? "").slice(4); // drop the weekday
      const again = checkSlaTarget(seen, "complaint-plan", { dueAt: shown });
      // A wall time repeated by a DST change is refused as ambiguous rather than guessed.
      if (instantsOfWallTime(shown, zone).length === 1) expect(again._unsafeUnwrap().pass).toBe(true);
      else expect(again._unsafeUnwrapErr().message).toContain("ambiguous");
    },
  );
});
