// The two policies under test: the preset `residentialServiceStandard` as it is (its 24- and
// 48-hour rules on the elapsed clock, its handovers on working days), and a variant whose four
// 24/48-hour targets run on the office calendar's business clock: 24 h → 9 business hours
// (one business day of 09:00–18:00), 48 h → 18 business hours.

const BUSINESS_HOURS = { 24: 9, 48: 18 };

/** The preset with its 24/48-hour deadlines on `{ business: "office" }`, and the ids changed. */
export function businessVariant(preset) {
  const changed = [];
  const targets = preset.targets.map((target) => {
    const hours = target.deadline?.hours;
    if (target.clock !== "calendar" || BUSINESS_HOURS[hours] === undefined) return target;
    changed.push(`${target.id} ${hours} h → ${BUSINESS_HOURS[hours]} business h`);
    return { ...target, clock: { business: "office" }, deadline: { hours: BUSINESS_HOURS[hours] } };
  });
  return { policy: { ...preset, id: `${preset.id}-business`, targets }, changed };
}

/** Both policies compiled: [{ name, policy, note }]. */
export function compilePolicies(sla) {
  const parse = (input) => {
    const parsed = sla.parsePolicy(input);
    if (parsed.isErr()) throw new Error(`parsePolicy failed: ${JSON.stringify(parsed.error)}`);
    return parsed.value;
  };
  const preset = sla.residentialServiceStandard;
  const variant = businessVariant(preset);
  return [
    {
      name: "preset (elapsed 24/48 h)",
      policy: parse(preset),
      note: "residentialServiceStandard as shipped: 24/48-hour rules on the elapsed clock, handovers on working days",
    },
    {
      name: "business clocks (9/18 bus. h)",
      policy: parse(variant.policy),
      note: `the preset with ${variant.changed.join(", ")}`,
    },
  ];
}
