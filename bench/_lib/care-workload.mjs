// The care benchmark's workload: 100,000 customer files of a residential developer and car
// dealer (birthdays, tiers, apartments, vehicles, installed products), seeded so every run plans
// the same year, and the rules (greetings, anniversaries, reminders, follow-ups, visits).

import { mulberry32, SEED } from "./workload.mjs";

export const CUSTOMERS = 100_000;
export const YEAR = { from: "2025-01-01", to: "2025-12-31" };

const pad = (n) => String(n).padStart(2, "0");
const dateIn = (next, fromYear, years) => {
  const ms = Date.UTC(fromYear, 0, 1) + Math.floor(next() * years * 365) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
};

export const RULES = {
  timeZone: "Asia/Shanghai",
  priorityByTier: { A: "high", B: "normal", C: "low" },
  rules: [
    { id: "visit", kind: "key_account_visit", visitEvery: { A: { months: 1 }, B: { months: 3 } } },
    { id: "birthday", kind: "birthday" },
    { id: "handover", kind: "anniversary", source: "delivery", unitTypes: ["apartment"] },
    {
      id: "holidays",
      kind: "holiday",
      holidays: [
        "new_year",
        "spring_festival",
        "lantern_festival",
        "valentines_day",
        "may_day",
        "dragon_boat",
        "mid_autumn",
        "national_day",
      ],
    },
    {
      id: "inspection",
      kind: "reminder",
      subject: "annual inspection",
      every: { months: 12 },
      unitTypes: ["vehicle"],
    },
    {
      id: "insurance",
      kind: "reminder",
      subject: "insurance renewal",
      every: { months: 12 },
      unitTypes: ["vehicle"],
    },
    { id: "install", kind: "follow_up", after: "installation" },
    { id: "7dc", kind: "follow_up", after: "delivery", unitTypes: ["vehicle"] },
    { id: "3dc", kind: "follow_up", after: "repair" },
  ],
};

/** Customer inputs, and one repair event for about one customer in five. */
export function buildInputs() {
  const next = mulberry32(SEED);
  const customers = [];
  const events = [];
  for (let i = 0; i < CUSTOMERS; i += 1) {
    const id = `C-${i}`;
    const roll = next();
    const tier = roll < 0.05 ? "A" : roll < 0.25 ? "B" : "C";
    const units = [];
    if (next() < 0.6)
      units.push({
        type: "apartment",
        id: "A",
        unitNumber: `${1 + Math.floor(next() * 30)}${pad(1 + Math.floor(next() * 4))}`,
        deliveredOn: dateIn(next, 2018, 8),
      });
    if (next() < 0.4)
      units.push({ type: "vehicle", id: "V", vin: "LSVAA4182E2123456", deliveredOn: dateIn(next, 2020, 6) });
    if (next() < 0.3)
      units.push({ type: "product", id: "P", model: "water heater", installedOn: dateIn(next, 2024, 2) });
    const customer = { id, name: `Owner ${i}`, type: "person", tier, units };
    if (next() < 0.9) customer.birthday = dateIn(next, 1950, 55);
    customers.push(customer);
    if (next() < 0.2) events.push({ customerId: id, type: "repair", on: dateIn(next, 2025, 1) });
  }
  return { customers, events };
}
