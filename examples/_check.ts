/**
 * The one assertion the examples use: they check their own output so they cannot drift from the
 * library. Plain code, no Node built-ins, so the same files run in the docs site's browser.
 */
export function check<T>(label: string, actual: T, expected: T): void {
  const shown = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
  if (shown(actual) !== shown(expected)) {
    throw new Error(`[example] ${label}: expected ${shown(expected)}, got ${shown(actual)}`);
  }
  console.log(`✓ ${label}: ${typeof actual === "string" ? actual : shown(actual)}`);
}
