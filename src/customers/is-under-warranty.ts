import type { Result } from "neverthrow";
import { type InvalidLocalDateError, type LocalDate, parseLocalDate } from "../core/local-date.js";
import type { Unit } from "./unit-schema.js";

/**
 * Whether a unit is under warranty on a local date, to tell a free warranty repair (维保修) from
 * a paid one. The warranty covers the delivery (or installation) date through `warrantyEndsOn`,
 * both inclusive; a unit with no `warrantyEndsOn` is not under warranty, and one with no delivery
 * or installation date is covered up to its end date.
 *
 * @param unit - a validated unit (from `parseCustomer`).
 * @param date - the local date `YYYY-MM-DD` of the repair request, in the host's business zone.
 * @returns `Ok(boolean)`, or `Err` with code `invalid_local_date`.
 * @example
 * ```ts
 * const flat = { type: "apartment", id: "A-1201", unitNumber: "1201",
 *   deliveredOn: "2024-06-30", warrantyEndsOn: "2026-06-30" } as const;
 * isUnderWarranty(flat, "2026-06-30"); // Ok(true): the end date is covered
 * isUnderWarranty(flat, "2026-07-01"); // Ok(false): a paid repair
 * ```
 * @category Customers
 * @since 0.1.0
 */
export function isUnderWarranty(unit: Unit, date: LocalDate): Result<boolean, InvalidLocalDateError> {
  return parseLocalDate(date).map((day) => {
    const end = unit.warrantyEndsOn;
    if (end === undefined) return false;
    const start = unit.type === "product" ? unit.installedOn : unit.deliveredOn;
    // YYYY-MM-DD strings order like the dates they name.
    return day <= end && (start === undefined || day >= start);
  });
}
