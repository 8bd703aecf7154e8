import {
  CONTACT_TYPES,
  CUSTOMER_LABELS,
  CUSTOMER_TYPES,
  type CustomerLabelKind,
  customerLabel,
  UNIT_TYPES,
} from "kefu/customers";
import { describe, expect, it } from "vitest";

describe("customerLabel", () => {
  it("labels every enumeration value in zh-CN and English", () => {
    expect(customerLabel("unitType", "apartment", "zh-CN")).toBe("房屋");
    expect(customerLabel("unitType", "vehicle", "en")).toBe("Vehicle");
    expect(customerLabel("contactType", "wechat", "zh-CN")).toBe("微信");
    expect(customerLabel("customerType", "organisation", "en")).toBe("Organisation");
    const kinds: [CustomerLabelKind, readonly string[]][] = [
      ["customerType", CUSTOMER_TYPES],
      ["contactType", CONTACT_TYPES],
      ["unitType", UNIT_TYPES],
    ];
    for (const [kind, values] of kinds) {
      expect(Object.keys(CUSTOMER_LABELS[kind]).sort()).toEqual([...values].sort());
      for (const value of values) {
        for (const locale of ["zh-CN", "en"] as const) {
          const label = customerLabel(kind, value as never, locale);
          expect(label).not.toBe(value);
          expect(label.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("gives an unknown value back as itself and an unknown locale in English (untyped callers)", () => {
    const loose = customerLabel as (kind: string, value: string, locale: string) => string;
    expect(loose("unitType", "boat", "zh-CN")).toBe("boat");
    expect(loose("colour", "red", "en")).toBe("red");
    expect(loose("unitType", "toString", "en")).toBe("toString");
    expect(loose("unitType", "product", "fr")).toBe("Product");
  });

  it("cannot be changed by a host", () => {
    expect(Object.isFrozen(CUSTOMER_LABELS.unitType.apartment)).toBe(true);
    expect(() => {
      (CUSTOMER_LABELS.unitType.apartment as { en: string }).en = "Flat";
    }).toThrow(TypeError);
  });
});
