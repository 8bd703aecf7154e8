import { match } from "ts-pattern";
import { normalizeName, normalizePhone, normalizePlate, normalizeVin } from "./_internal/normalize.js";

/**
 * The kinds of look-up key that are normalised. Ids and unit ids are compared exactly;
 * apartment address parts are normalised as names.
 *
 * @category Customers
 * @since 0.1.0
 */
export type LookupKeyKind = "phone" | "name" | "plate" | "vin";

/**
 * Normalises a look-up key the way `indexCustomers` and `findCustomers` do, so a host can store or
 * compare keys itself. Every kind applies Unicode NFKC first (full-width `１３８` and `Ａ` become
 * ASCII), and each is idempotent:
 *
 * - `phone`: digits only; a 13-digit mainland mobile with `86` (from `+86` or `86`), or a
 *   15-digit one with `0086`, loses the country code: `"+86 138-0013-8000"` → `"13800138000"`.
 * - `name`: trimmed, case-folded, inner white space collapsed: `"  Zhang   SAN "` → `"zhang san"`.
 * - `plate`: upper case, spaces, dots and hyphens removed: `"沪a·123 45"` → `"沪A12345"`.
 * - `vin`: upper case, spaces and hyphens removed.
 *
 * @param kind - which key: `"phone"`, `"name"`, `"plate"` or `"vin"`.
 * @param value - the text as typed.
 * @returns the normalised key; `""` means it holds nothing to look up (a non-string gives `""`).
 *   This function cannot fail.
 * @example
 * ```ts
 * normalizeLookupKey("plate", "沪A 12345"); // "沪A12345"
 * normalizeLookupKey("phone", "0086 13800138000"); // "13800138000"
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function normalizeLookupKey(kind: LookupKeyKind, value: string): string {
  if (typeof value !== "string") return "";
  return match(kind)
    .with("phone", () => normalizePhone(value))
    .with("name", () => normalizeName(value))
    .with("plate", () => normalizePlate(value))
    .with("vin", () => normalizeVin(value))
    .otherwise(() => "");
}
