import { fc, test } from "@fast-check/vitest";
import {
  type Customer,
  type CustomerQuery,
  findCustomers,
  indexCustomers,
  normalizeLookupKey,
  parseCustomer,
} from "kefu/customers";
import { describe, expect } from "vitest";

// Small pools so that names, phones, plates and addresses collide across customers.
const NAMES = ["张三", "李四", "Acme Trading", "ZHANG San", "王 五"];
const MOBILES = ["13800138000", "13900139000", "15000150000"];
const PROJECTS = ["翠湖天地", "滨江花园", "Riverside"];
const PLATES = ["沪A12345", "京B99999", "粤BD1234"];
const VINS = ["LSVAA4182E2123456", "WVWZZZ1JZXW000001", "1HGCM82633A004352"];

const arbUnit = (n: number) =>
  fc.oneof(
    fc.record(
      {
        type: fc.constant("apartment" as const),
        id: fc.constant(`A-${n}`),
        project: fc.constantFrom(...PROJECTS),
        building: fc.constantFrom("1栋", "2栋"),
        unitNumber: fc.constantFrom("101", "1201"),
      },
      { requiredKeys: ["type", "id", "unitNumber"] },
    ),
    fc.record(
      {
        type: fc.constant("vehicle" as const),
        id: fc.constant(`V-${n}`),
        vin: fc.constantFrom(...VINS),
        plate: fc.constantFrom(...PLATES),
      },
      { requiredKeys: ["type", "id", "vin"] },
    ),
    fc.record({
      type: fc.constant("product" as const),
      id: fc.constant(`P-${n}`),
      model: fc.constant("HP-200"),
    }),
  );

const arbCustomerInput = fc.record({
  name: fc.constantFrom(...NAMES),
  type: fc.constantFrom("person" as const, "organisation" as const),
  contacts: fc.array(
    fc.record({
      type: fc.constantFrom("mobile" as const, "phone" as const),
      value: fc.constantFrom(...MOBILES),
    }),
    { maxLength: 2 },
  ),
  units: fc.array(fc.nat(3), { maxLength: 3 }).chain((ns) => fc.tuple(...[...new Set(ns)].map(arbUnit))),
});

const arbCustomers = fc
  .array(arbCustomerInput, { minLength: 1, maxLength: 12 })
  .map((inputs) => inputs.map((input, i) => parseCustomer({ ...input, id: `C-${i}` })._unsafeUnwrap()));

/** Every look-up a customer answers to, written the way a person might type it. */
function queriesOf(customer: Customer): CustomerQuery[] {
  const queries: CustomerQuery[] = [{ id: customer.id }, { name: ` ${customer.name.toUpperCase()} ` }];
  for (const contact of customer.contacts) queries.push({ phone: `+86 ${contact.value}` });
  for (const unit of customer.units) {
    queries.push({ unitId: unit.id });
    if (unit.type === "apartment") {
      queries.push({ unit: { unitNumber: unit.unitNumber } });
      if (unit.project !== undefined)
        queries.push({ unit: { project: unit.project, unitNumber: unit.unitNumber } });
      const { project, building, unitNumber } = unit;
      queries.push({ unit: { ...(project && { project }), ...(building && { building }), unitNumber } });
    }
    if (unit.type === "vehicle") {
      queries.push({ vin: unit.vin.toLowerCase() });
      if (unit.plate !== undefined)
        queries.push({ plate: `${unit.plate.slice(0, 2)}·${unit.plate.slice(2)}` });
    }
  }
  return queries;
}

const find = (customers: readonly Customer[], query: CustomerQuery) =>
  findCustomers(indexCustomers(customers)._unsafeUnwrap(), query)._unsafeUnwrap();

describe("customer index laws", () => {
  test.prop([arbCustomers], { numRuns: 300 })(
    "a look-up by any key of any customer finds it",
    (customers) => {
      const index = indexCustomers(customers)._unsafeUnwrap();
      for (const customer of customers) {
        for (const query of queriesOf(customer)) {
          expect(findCustomers(index, query)._unsafeUnwrap()).toContain(customer);
        }
      }
    },
  );

  test.prop([arbCustomers], { numRuns: 300 })(
    "results are in input order, each customer once",
    (customers) => {
      const index = indexCustomers(customers)._unsafeUnwrap();
      for (const query of customers.flatMap(queriesOf)) {
        const found = findCustomers(index, query)._unsafeUnwrap();
        expect(new Set(found).size).toBe(found.length);
        expect(found).toEqual(customers.filter((c) => found.includes(c)));
      }
    },
  );

  test.prop(
    [
      arbCustomers.chain((cs) =>
        fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })),
      ),
    ],
    {
      numRuns: 300,
    },
  )("input order changes the order of results, not what is found", ([customers, shuffled]) => {
    for (const query of customers.flatMap(queriesOf)) {
      const before = find(customers, query);
      const after = find(shuffled, query);
      expect(new Set(after)).toEqual(new Set(before));
      expect(after).toEqual(shuffled.filter((c) => before.includes(c)));
    }
  });

  test.prop([arbCustomers, fc.constantFrom(...NAMES, ...MOBILES, ...PLATES)], { numRuns: 200 })(
    "a name, phone or plate finds exactly the customers whose normalised key is equal",
    (customers, text) => {
      const expectByName = customers.filter(
        (c) => normalizeLookupKey("name", c.name) === normalizeLookupKey("name", text),
      );
      expect(find(customers, { name: text })).toEqual(expectByName);
      const expectByPhone = customers.filter((c) =>
        c.contacts.some((k) => normalizeLookupKey("phone", k.value) === normalizeLookupKey("phone", text)),
      );
      if (normalizeLookupKey("phone", text) !== "")
        expect(find(customers, { phone: text })).toEqual(expectByPhone);
    },
  );
});
