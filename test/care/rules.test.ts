import { CareRulesSchema, parseCareRules } from "kefu/care";
import { describe, expect, it } from "vitest";
import { STANDARD_RULES } from "./_fixtures.js";

describe("parseCareRules", () => {
  it("compiles rules and fills each kind's defaults (windows from the source documents)", () => {
    const rules = parseCareRules(STANDARD_RULES)._unsafeUnwrap();
    const windows = Object.fromEntries(
      rules.rules.map((r) => [
        r.id,
        [r.resolvedWindow.from, r.resolvedWindow.to, r.resolvedChannel, r.shift],
      ]),
    );
    expect(windows).toEqual({
      birthday: [-7, -2, "wechat", "earlier"], // 2–7 days before the birthday
      visit: [0, 0, "visit", "later"],
      handover: [-7, -2, "wechat", "earlier"],
      holidays: [0, 0, "sms", "earlier"], // on the day
      inspection: [-7, -7, "phone", "earlier"], // one week before the due date
      "install-2-3": [2, 3, "phone", "later"], // 2–3 days after an installation
      "7dc": [7, 10, "phone", "later"], // 7–10 days after a vehicle delivery
      "3dc": [3, 5, "phone", "later"], // 3–5 days after a repair
    });
    expect(rules.definition.leapDay).toBe("feb28");
    expect(rules.definition.merge).toBe(true);
    expect(Object.isFrozen(rules)).toBe(true);
  });

  it("keeps a host's own window and channel", () => {
    const rules = parseCareRules({
      timeZone: "UTC",
      rules: [{ id: "b", kind: "birthday", window: { from: -3, to: 0 }, channel: "phone" }],
    })._unsafeUnwrap();
    expect(rules.rules[0]?.resolvedWindow).toEqual({ from: -3, to: 0 });
    expect(rules.rules[0]?.resolvedChannel).toBe("phone");
  });

  it("refuses bad shapes with invalid_input (unknown key, zone, festival, visit frequency, window on a visit)", () => {
    const bad = [
      { timeZone: "Asia/Shanghai", rules: [{ id: "b", kind: "birthday", typo: 1 }] },
      { timeZone: "Mars/Base", rules: [{ id: "b", kind: "birthday" }] },
      { timeZone: "UTC", rules: [{ id: "h", kind: "holiday", holidays: ["christmas"] }] },
      { timeZone: "UTC", rules: [{ id: "v", kind: "key_account_visit", visitEvery: { A: { months: 5 } } }] },
      {
        timeZone: "UTC",
        rules: [{ id: "v", kind: "key_account_visit", visitEvery: {}, window: { from: 0, to: 1 } }],
      },
      { timeZone: "UTC", rules: [{ id: "b", kind: "birthday", window: { from: -181, to: 0 } }] },
      { timeZone: "UTC", rules: [] },
    ];
    for (const input of bad)
      expect(parseCareRules(input)._unsafeUnwrapErr().code, JSON.stringify(input)).toBe("invalid_input");
  });

  it("reports duplicate_rule_id with the path of the second id", () => {
    const error = parseCareRules({
      timeZone: "UTC",
      rules: [
        { id: "b", kind: "birthday" },
        { id: "b", kind: "birthday" },
      ],
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "duplicate_rule_id", path: ["rules", 1, "id"] });
  });

  it("reports empty_window when a window opens after it is due", () => {
    const error = parseCareRules({
      timeZone: "UTC",
      rules: [{ id: "b", kind: "birthday", window: { from: -2, to: -7 } }],
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: "empty_window", path: ["rules", 0, "window"] });
  });

  it("exports a schema that converts to JSON Schema", async () => {
    const { z } = await import("zod");
    expect(z.toJSONSchema(CareRulesSchema, { io: "input", unrepresentable: "any" })).toHaveProperty(
      "properties.rules",
    );
  });
});
