import { z } from "zod";
import { kefuIssue } from "../core/_internal/refine.js";
import { LocalDateSchema } from "../core/local-date.js";
import type { DeepReadonly } from "../core/types.js";
import { IdSchema, TextSchema, VinSchema } from "./_internal/fields.js";

interface Dated {
  readonly warrantyEndsOn?: string | undefined;
  readonly deliveredOn?: string | undefined;
  readonly installedOn?: string | undefined;
}

/** Issue `warranty_before_delivery` when the warranty ends before the unit was handed over. */
function warrantyAfterStart(unit: Dated, ctx: z.RefinementCtx): void {
  const start = unit.deliveredOn ?? unit.installedOn;
  const end = unit.warrantyEndsOn;
  if (start === undefined || end === undefined || end >= start) return;
  const startKey = unit.deliveredOn === undefined ? "installedOn" : "deliveredOn";
  ctx.addIssue(
    kefuIssue(
      "warranty_before_delivery",
      ["warrantyEndsOn"],
      `The warranty ends (${end}) before ${startKey} (${start})`,
      end,
    ),
  );
}

const ApartmentSchema = z
  .strictObject({
    type: z.literal("apartment"),
    id: IdSchema,
    project: TextSchema.optional(),
    building: TextSchema.optional(),
    unitNumber: TextSchema,
    deliveredOn: LocalDateSchema.optional(),
    warrantyEndsOn: LocalDateSchema.optional(),
  })
  .superRefine(warrantyAfterStart);

const VehicleSchema = z
  .strictObject({
    type: z.literal("vehicle"),
    id: IdSchema,
    vin: VinSchema,
    plate: TextSchema.optional(),
    model: TextSchema.optional(),
    deliveredOn: LocalDateSchema.optional(),
    warrantyEndsOn: LocalDateSchema.optional(),
  })
  .superRefine(warrantyAfterStart);

const ProductSchema = z
  .strictObject({
    type: z.literal("product"),
    id: IdSchema,
    model: TextSchema,
    serialNumber: TextSchema.optional(),
    installedOn: LocalDateSchema.optional(),
    warrantyEndsOn: LocalDateSchema.optional(),
  })
  .superRefine(warrantyAfterStart);

/**
 * zod schema of a unit (asset), a union on `type` (strict: unknown keys are errors). A VIN comes
 * out upper-cased; a bad VIN is an issue `invalid_vin`, a warranty ending before the delivery or
 * installation date an issue `warranty_before_delivery`.
 *
 * @category Customers
 * @since 0.1.0
 */
export const UnitSchema = z.discriminatedUnion("type", [ApartmentSchema, VehicleSchema, ProductSchema]);

/**
 * A unit as a host writes it: `apartment` (project, building, unit number), `vehicle` (VIN in any
 * case, plate, model) or `product` (model, serial number); each with an id and local dates.
 *
 * @category Customers
 * @since 0.1.0
 */
export type UnitInput = DeepReadonly<z.input<typeof UnitSchema>>;

/**
 * A validated unit (asset) a customer owns: what the customer bought, whose delivery or
 * installation date starts warranty and follow-up clocks.
 *
 * @category Customers
 * @since 0.1.0
 */
export type Unit = DeepReadonly<z.output<typeof UnitSchema>>;

/**
 * An apartment: `{ type: "apartment", id, project?, building?, unitNumber, deliveredOn?, warrantyEndsOn? }`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type ApartmentUnit = Extract<Unit, { readonly type: "apartment" }>;

/**
 * A vehicle: `{ type: "vehicle", id, vin, plate?, model?, deliveredOn?, warrantyEndsOn? }`, the
 * VIN upper-cased.
 *
 * @category Customers
 * @since 0.1.0
 */
export type VehicleUnit = Extract<Unit, { readonly type: "vehicle" }>;

/**
 * An installed product: `{ type: "product", id, model, serialNumber?, installedOn?, warrantyEndsOn? }`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type ProductUnit = Extract<Unit, { readonly type: "product" }>;
