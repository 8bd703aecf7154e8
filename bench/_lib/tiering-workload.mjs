// The tiering workload: one million customers of a residential developer, seeded. Revenue in fen
// is log-normal-ish (a few large accounts, a long tail, many ties at round amounts and 10% of
// customers with no spend this year), potential a separate score, recency in days and purchase
// counts with heavy ties — the shapes that make ABC, value-matrix and RFM sorting work.

import { mulberry32 } from "./workload.mjs";

export const N = 1_000_000;
export const SEED = 0x74696572; // "tier"

/** The customers, in a shuffled id order (ids are not sorted, so ties need the id re-sort). */
export function buildCustomers(n = N) {
  const random = mulberry32(SEED);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const zero = random() < 0.1;
    // e^(0…14) yuan, rounded to 100 yuan below 1e5 yuan: round amounts tie, large ones rarely do
    const yuan = Math.exp(random() * 14);
    const rounded = yuan < 100_000 ? Math.round(yuan / 100) * 100 : Math.round(yuan);
    rows[i] = {
      id: `C${String((i * 7_919) % n).padStart(7, "0")}`,
      value: zero ? 0 : rounded * 100,
      current: zero ? 0 : rounded,
      potential: Math.round(random() * 1_000),
      recency: Math.floor(random() * 1_095),
      frequency: zero ? 0 : 1 + Math.floor(-Math.log(1 - random()) * 2),
      monetary: zero ? 0 : rounded,
      keyAccount: random() < 0.01,
    };
  }
  return rows;
}

export const TIER_RULES = {
  id: "bench",
  fields: { value: "number", frequency: "number", keyAccount: "boolean" },
  rules: [
    { id: "key-account", tier: "VIP", when: { field: "keyAccount", op: "eq", value: true } },
    {
      id: "gold",
      tier: "Gold",
      when: {
        all: [
          { field: "value", op: "gte", value: 50_000_000 },
          { field: "frequency", op: "gte", value: 2 },
        ],
      },
    },
    { id: "silver", tier: "Silver", when: { field: "value", op: "gte", value: 5_000_000 } },
  ],
  otherwise: "Standard",
};
