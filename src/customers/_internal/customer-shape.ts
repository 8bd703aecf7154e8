import type { InputIssue } from "../../core/errors.js";
import { UNIT_TYPES } from "../enums.js";

type Path = readonly (string | number)[];
const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

const UNIT_TEXT_KEYS = ["project", "building", "unitNumber", "vin", "plate"] as const;

/**
 * A quick structural check of the fields `indexCustomers` reads, so a hand-built or JavaScript
 * value cannot make indexing throw. It is not validation: customers come from `parseCustomer`.
 */
export function customerShapeIssue(value: unknown, path: Path): InputIssue | undefined {
  const issue = (at: Path, message: string): InputIssue => ({
    path: [...path, ...at],
    code: "invalid_type",
    message,
  });
  if (!isRecord(value)) return issue([], "Expected a customer file (from parseCustomer)");
  if (typeof value.id !== "string" || value.id === "") return issue(["id"], "Expected a non-empty string id");
  if (typeof value.name !== "string") return issue(["name"], "Expected a string name");
  if (!Array.isArray(value.contacts)) return issue(["contacts"], "Expected a list of contacts");
  for (const [i, contact] of value.contacts.entries()) {
    if (!isRecord(contact) || typeof contact.type !== "string" || typeof contact.value !== "string") {
      return issue(["contacts", i], "Expected a contact { type, value }");
    }
  }
  if (!Array.isArray(value.units)) return issue(["units"], "Expected a list of units");
  for (const [i, unit] of value.units.entries()) {
    if (!isRecord(unit) || typeof unit.id !== "string" || !UNIT_TYPES.some((type) => type === unit.type)) {
      return issue(["units", i], "Expected a unit { type, id, … } of a known type");
    }
    if (unit.type === "vehicle" && typeof unit.vin !== "string")
      return issue(["units", i, "vin"], "Expected a VIN");
    const bad = UNIT_TEXT_KEYS.find((key) => unit[key] !== undefined && typeof unit[key] !== "string");
    if (bad !== undefined) return issue(["units", i, bad], "Expected a string");
  }
  return undefined;
}
