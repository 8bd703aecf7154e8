/** Shared customer files for the customer tests. */
import { type Customer, type CustomerInput, parseCustomer } from "kefu/customers";

export function customer(input: CustomerInput): Customer {
  return parseCustomer(input)._unsafeUnwrap();
}

/** A home owner with a car: every kind of look-up key. */
export const zhang = customer({
  id: "C-001",
  name: "张三",
  type: "person",
  contacts: [
    { type: "mobile", value: "+86 138 0013 8000", primary: true },
    { type: "phone", value: "021-6123 4567" },
    { type: "email", value: "zhangsan@example.com" },
  ],
  birthday: "1985-03-12",
  anniversaries: [{ name: "入住纪念日", date: "2024-07-01" }],
  units: [
    {
      type: "apartment",
      id: "A-1201",
      project: "翠湖天地",
      building: "3栋",
      unitNumber: "1201",
      deliveredOn: "2024-06-30",
      warrantyEndsOn: "2026-06-30",
    },
    {
      type: "vehicle",
      id: "V-1",
      vin: "lsvaa4182e2123456",
      plate: "沪A·12345",
      model: "Passat",
      deliveredOn: "2025-01-15",
      warrantyEndsOn: "2028-01-14",
    },
  ],
  keyAccount: true,
  tier: "A",
  tags: ["业主", "VIP"],
  since: "2024-06-30",
});

/** A co-owner of the same apartment who shares the landline. */
export const li = customer({
  id: "C-002",
  name: "李四",
  type: "person",
  contacts: [{ type: "phone", value: "(021) 6123-4567" }],
  units: [{ type: "apartment", id: "A-1201", project: "翠湖天地", building: "3栋", unitNumber: "1201" }],
});

/** A company with an installed product and an apartment in another project. */
export const acme = customer({
  id: "C-003",
  name: "  Acme   Trading  Co. ",
  type: "organisation",
  contacts: [{ type: "mobile", value: "0086 139 0000 0001" }],
  units: [
    {
      type: "product",
      id: "P-9",
      model: "Heat pump HP-200",
      serialNumber: "SN-77",
      installedOn: "2025-03-01",
    },
    { type: "apartment", id: "B-1201", project: "滨江花园", unitNumber: "1201" },
  ],
});

export const everyone: readonly Customer[] = [zhang, li, acme];

/** The ids of found customers, in order. */
export const ids = (found: readonly Customer[]) => found.map((c) => c.id);
