// Runs an example's TypeScript in the browser against the library's own source: sucrase strips the
// types and turns imports into `require` calls, which resolve to kefu (every subpath is part of
// the root module; the test kit has its own) and to the examples' `_check.js` helper, compiled the same way so that its
// output reaches the page.
import * as kefu from "kefu";
import * as testing from "kefu/testing";
import { transform } from "sucrase";

/** One line of output: what the example printed, or the error that stopped it. */
export interface OutputLine {
  readonly kind: "log" | "error";
  readonly text: string;
}

const sources = import.meta.glob("../../../examples/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The source of `examples/<name>.ts`, or undefined. */
export function exampleSource(name: string): string | undefined {
  return sources[`../../../examples/${name}.ts`];
}

/** Values as the examples show them: strings as they are, bigints with `n`, the rest as JSON. */
function show(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  try {
    const text = JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v), 2);
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

function evaluate(code: string, require: (id: string) => unknown, log: (line: OutputLine) => void) {
  const compiled = transform(code, { transforms: ["typescript", "imports"] }).code;
  const print =
    (kind: OutputLine["kind"]) =>
    (...values: unknown[]) =>
      log({ kind, text: values.map(show).join(" ") });
  const console = { log: print("log"), info: print("log"), warn: print("error"), error: print("error") };
  const module = { exports: {} as Record<string, unknown> };
  new Function("require", "module", "exports", "console", compiled)(require, module, module.exports, console);
  return module.exports;
}

/** Runs an example's (possibly edited) source and returns everything it printed, in order. */
export function runExample(code: string): OutputLine[] {
  const output: OutputLine[] = [];
  const log = (line: OutputLine) => output.push(line);
  const require = (id: string): unknown => {
    if (id === "kefu/testing") return testing;
    if (id === "kefu" || (id.startsWith("kefu/") && !id.startsWith("kefu/testing/"))) return kefu;
    if (id === "./_check.js") return evaluate(exampleSource("_check") ?? "", require, log);
    throw new Error(
      `This page can import "kefu", "kefu/…" (not "kefu/testing/vitest") and "./_check.js", not "${id}"`,
    );
  };
  try {
    evaluate(code, require, log);
  } catch (error) {
    log({ kind: "error", text: show(error) });
  }
  return output;
}
