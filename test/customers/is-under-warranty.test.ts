import { fc, test } from "@fast-check/vitest";
import { isUnderWarranty, type Unit } from "kefu/customers";
import { describe, expect, it } from "vitest";
import { acme, zhang } from "./_fixtures";

const [flat, car] = zhang.units as [Unit, Unit];
const [pump] = acme.units as [Unit];

describe("isUnderWarranty", () => {
  it("covers the delivery date through the end date, both inclusive", () => {
    expect(isUnderWarranty(flat, "2024-06-29")._unsafeUnwrap()).toBe(false);
    expect(isUnderWarranty(flat, "2024-06-30")._unsafeUnwrap()).toBe(true);
    expect(isUnderWarranty(flat, "2026-06-30")._unsafeUnwrap()).toBe(true);
    expect(isUnderWarranty(flat, "2026-07-01")._unsafeUnwrap()).toBe(false);
    expect(isUnderWarranty(car, "2028-01-14")._unsafeUnwrap()).toBe(true);
  });

  it("is false without warrantyEndsOn; without a start date, only the end counts", () => {
    expect(isUnderWarranty(pump, "2025-03-01")._unsafeUnwrap()).toBe(false);
    const unit: Unit = { type: "product", id: "P", model: "M", warrantyEndsOn: "2025-12-31" };
    expect(isUnderWarranty(unit, "1999-01-01")._unsafeUnwrap()).toBe(true);
    expect(isUnderWarranty(unit, "2026-01-01")._unsafeUnwrap()).toBe(false);
    const installed: Unit = { ...unit, installedOn: "2025-06-01" };
    expect(isUnderWarranty(installed, "2025-05-31")._unsafeUnwrap()).toBe(false);
  });

  it("invalid_local_date", () => {
    for (const date of ["2026-02-29", "2026-6-30", "", 20260630 as unknown as string]) {
      expect(isUnderWarranty(flat, date)._unsafeUnwrapErr().code).toBe("invalid_local_date");
    }
  });

  const arbDate = fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2040-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  test.prop([arbDate, arbDate, arbDate])("agrees with comparing the dates as days", (start, end, day) => {
    const unit: Unit = {
      type: "vehicle",
      id: "V",
      vin: "LSVAA4182E2123456",
      deliveredOn: start,
      warrantyEndsOn: end,
    };
    const days = (d: string) => Date.parse(`${d}T00:00:00Z`);
    const expected = days(start) <= days(day) && days(day) <= days(end);
    expect(isUnderWarranty(unit, day)._unsafeUnwrap()).toBe(expected);
  });
});
