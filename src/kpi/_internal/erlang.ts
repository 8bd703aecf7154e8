/** The figures of an M/M/N queue with N agents and A erlangs of traffic. */
export interface QueueFigures {
  readonly probabilityOfWaiting: number;
  readonly serviceLevel: number;
  readonly asaSeconds: number | null;
  readonly occupancy: number;
  readonly stable: boolean;
}

/** Erlang B for N servers from Erlang B for N − 1 (the stable recursion; B(0) = 1). */
export function nextErlangB(previous: number, traffic: number, agents: number): number {
  return (traffic * previous) / (agents + traffic * previous);
}

/** Erlang B with N servers. */
export function erlangB(traffic: number, agents: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n += 1) b = nextErlangB(b, traffic, n);
  return b;
}

/** Queue figures from Erlang B: C = N·B / (N − A(1 − B)); SL = 1 − C·e^(−(N−A)t/AHT); ASA = C·AHT/(N − A). */
export function queueFigures(
  b: number,
  traffic: number,
  agents: number,
  ahtSeconds: number,
  targetSeconds: number,
): QueueFigures {
  if (agents <= traffic) {
    return { probabilityOfWaiting: 1, serviceLevel: 0, asaSeconds: null, occupancy: 1, stable: false };
  }
  const c = Math.min(1, (agents * b) / (agents - traffic * (1 - b)));
  const serviceLevel = Math.max(0, 1 - c * Math.exp((-(agents - traffic) * targetSeconds) / ahtSeconds));
  return {
    probabilityOfWaiting: c,
    serviceLevel,
    asaSeconds: (c * ahtSeconds) / (agents - traffic),
    occupancy: traffic / agents,
    stable: true,
  };
}
