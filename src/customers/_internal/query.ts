import { err, ok, type Result } from "neverthrow";
import { z } from "zod";
import { kefuIssue } from "../../core/_internal/refine.js";
import { type InputPath, type InvalidInputError, invalidInput } from "../../core/errors.js";
import { parseWithSchema } from "../../core/result.js";
import type { MultiKey } from "../customer-index.js";
import type { ApartmentAddress } from "../find-customers.js";
import { IdSchema } from "./fields.js";
import { apartmentKey } from "./keys.js";
import { normalizeName, normalizePhone, normalizePlate, normalizeVin, VIN_PATTERN } from "./normalize.js";

const QueryText = z.string().min(1).max(200);
const QUERY_KEYS = ["id", "phone", "name", "unitId", "unit", "vin", "plate"] as const;

const QuerySchema = z
  .strictObject({
    id: IdSchema.optional(),
    phone: QueryText.optional(),
    name: QueryText.optional(),
    unitId: IdSchema.optional(),
    unit: z
      .strictObject({ project: QueryText.optional(), building: QueryText.optional(), unitNumber: QueryText })
      .optional(),
    vin: QueryText.optional(),
    plate: QueryText.optional(),
  })
  .superRefine((query, ctx) => {
    const given = QUERY_KEYS.filter((key) => query[key] !== undefined);
    if (given.length === 1) return;
    const message =
      given.length === 0
        ? `A query needs one of ${QUERY_KEYS.join(", ")}`
        : `A query takes exactly one key; got ${given.join(", ")}`;
    ctx.addIssue(kefuIssue("exactly_one_key", [], message, query));
  });

/** A validated query, reduced to the table it reads and the normalised key. */
export type QueryKey = { readonly kind: "id" | MultiKey; readonly key: string };

const emptyKey = (path: InputPath, what: string) =>
  err<never, InvalidInputError>(
    invalidInput([
      { path, code: "empty_key", message: `The ${what} has nothing to look up once normalised` },
    ]),
  );

function keyOf(kind: "phone" | "name" | "plate", key: string): Result<QueryKey, InvalidInputError> {
  return key === "" ? emptyKey([kind], kind) : ok({ kind, key });
}

function unitKey(address: ApartmentAddress): Result<QueryKey, InvalidInputError> {
  const optional = (text: string | undefined) => (text === undefined ? null : normalizeName(text));
  const project = optional(address.project);
  const building = optional(address.building);
  const unitNumber = normalizeName(address.unitNumber);
  const parts = [
    ["project", project],
    ["building", building],
    ["unitNumber", unitNumber],
  ] as const;
  for (const [key, value] of parts) if (value === "") return emptyKey(["unit", key], `unit's ${key}`);
  return ok({ kind: "unit", key: apartmentKey(project, building, unitNumber) });
}

/** Validates a look-up and normalises its key the way `indexCustomers` normalised the file. */
export function parseQuery(input: unknown): Result<QueryKey, InvalidInputError> {
  return parseWithSchema(QuerySchema, input).andThen((query): Result<QueryKey, InvalidInputError> => {
    if (query.id !== undefined) return ok({ kind: "id", key: query.id });
    if (query.unitId !== undefined) return ok({ kind: "unitId", key: query.unitId });
    if (query.phone !== undefined) return keyOf("phone", normalizePhone(query.phone));
    if (query.name !== undefined) return keyOf("name", normalizeName(query.name));
    if (query.plate !== undefined) return keyOf("plate", normalizePlate(query.plate));
    if (query.vin !== undefined) {
      const vin = normalizeVin(query.vin);
      if (VIN_PATTERN.test(vin)) return ok({ kind: "vin", key: vin });
      const message = `"${query.vin.slice(0, 40)}" is not a VIN: 17 letters and digits, without I, O or Q`;
      return err(invalidInput([{ path: ["vin"], code: "invalid_vin", message }]));
    }
    const address = query.unit;
    if (address === undefined) throw new Error("[kefu] a validated query holds exactly one key");
    return unitKey(address);
  });
}
