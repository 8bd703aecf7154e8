/** Demo: find the owner behind a call in the customer file by whatever key the caller gives. */
import { type Customer, type CustomerQuery, findCustomers, indexCustomers } from "kefu";
import { type DemoSection, must } from "./demo-data.js";

/** Look-ups by phone, plate, name and unit, each written the way a caller would say it. */
export function customersDemoSection(customers: readonly Customer[]): DemoSection {
  const index = must(indexCustomers(customers));
  const withCar = customers.find((c) => c.units.some((u) => u.type === "vehicle"));
  const plate = withCar?.units.find((u) => u.type === "vehicle");
  const home = customers[10]?.units.find((u) => u.type === "apartment");
  const phone = customers[0]?.contacts[0]?.value ?? "";
  const queries: CustomerQuery[] = [
    { phone: phone.replace(/^\+86 /, "").replaceAll(" ", "-") },
    ...(plate?.type === "vehicle" && plate.plate !== undefined
      ? [{ plate: plate.plate.replace("·", " ").toLowerCase() }]
      : []),
    { name: ` ${customers[5]?.name ?? ""} ` },
    ...(home?.type === "apartment"
      ? [{ unit: { project: home.project, building: home.building, unitNumber: home.unitNumber } }]
      : []),
  ];
  const rows = queries.map((query) => ({
    query,
    found: must(findCustomers(index, query)).map((c) => ({ id: c.id, name: c.name, tier: c.tier ?? null })),
  }));
  return {
    title: `The customer file (${customers.length} owners): find the owner behind a call by any key the caller gives`,
    lines: rows.map(
      ({ query, found }) =>
        `${JSON.stringify(query).padEnd(64)} → ${found.map((c) => `${c.name} (${c.id}, tier ${c.tier})`).join(", ") || "nobody"}`,
    ),
    data: rows,
  };
}
