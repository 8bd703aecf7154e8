import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

// Every numbered example runs against the source (kefu → src) and must finish without throwing;
// each one asserts its own output. CI also runs them against dist/ as ESM and CJS.
const examples = readdirSync(new URL("../examples", import.meta.url)).filter((name) =>
  /^\d\d-.*\.ts$/.test(name),
);

describe("examples", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("exist", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("%s runs and its checks pass", async (name) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await import(`../examples/${name}`);
    expect(log.mock.calls.length).toBeGreaterThan(0);
  });
});
