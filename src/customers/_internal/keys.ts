import type { MultiKey } from "../customer-index.js";
import type { Customer } from "../customer-schema.js";
import type { ApartmentUnit } from "../unit-schema.js";
import { normalizeName, normalizePhone, normalizePlate, normalizeVin } from "./normalize.js";

const encode = (part: string | null) => (part === null ? "*" : `${part.length}:${part}`);

/**
 * The map key of normalised address parts; `null` means "any" (the part was not given). Parts are
 * length-prefixed, so no text inside a part can make two addresses share a key.
 */
export function apartmentKey(project: string | null, building: string | null, unitNumber: string): string {
  return `${encode(project)}/${encode(building)}/${encode(unitNumber)}`;
}

const part = (text: string | undefined) => {
  const key = text === undefined ? "" : normalizeName(text);
  return key === "" ? null : key;
};

/**
 * The keys an apartment answers to: its full address, and the same with the project, the
 * building, or both left out, so a look-up that gives fewer parts still finds it in O(1).
 */
function apartmentKeys(unit: ApartmentUnit): string[] {
  const unitNumber = part(unit.unitNumber);
  if (unitNumber === null) return [];
  const project = part(unit.project);
  const building = part(unit.building);
  const projects = project === null ? [null] : [project, null];
  const buildings = building === null ? [null] : [building, null];
  return projects.flatMap((p) => buildings.map((b) => apartmentKey(p, b, unitNumber)));
}

/** Calls `add` with every multi-valued look-up key of a customer (empty keys are skipped). */
export function forEachKey(customer: Customer, add: (kind: MultiKey, key: string) => void): void {
  const put = (kind: MultiKey, key: string) => {
    if (key !== "") add(kind, key);
  };
  put("name", normalizeName(customer.name));
  for (const contact of customer.contacts) {
    if (contact.type === "phone" || contact.type === "mobile") put("phone", normalizePhone(contact.value));
  }
  for (const unit of customer.units) {
    put("unitId", unit.id);
    // A switch rather than ts-pattern: this runs once per unit of up to a million customers.
    switch (unit.type) {
      case "apartment":
        for (const key of apartmentKeys(unit)) put("unit", key);
        break;
      case "vehicle":
        put("vin", normalizeVin(unit.vin));
        if (unit.plate !== undefined) put("plate", normalizePlate(unit.plate));
        break;
      case "product":
        break;
      default:
        unreachable(unit);
    }
  }
}

function unreachable(unit: never): never {
  throw new Error(`[kefu] unknown unit type in ${JSON.stringify(unit)}`);
}
