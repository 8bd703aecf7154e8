import { z } from "zod";
import { kefuIssue } from "../core/_internal/refine.js";
import { LocalDateSchema } from "../core/local-date.js";
import type { DeepReadonly } from "../core/types.js";
import { IdSchema, LabelSchema, TextSchema } from "./_internal/fields.js";
import { normalizePhone } from "./_internal/normalize.js";
import { CONTACT_TYPES, CUSTOMER_LIMITS, CUSTOMER_TYPES } from "./enums.js";
import { UnitSchema } from "./unit-schema.js";

const PHONE_DIGITS = { min: 3, max: 20 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+$/u;

/** Issue `invalid_phone` (3–20 digits needed) or `invalid_email` (`local@domain` needed). */
function checkContactValue(contact: { readonly type: string; readonly value: string }, ctx: z.RefinementCtx) {
  const { type, value } = contact;
  if (type === "phone" || type === "mobile") {
    const digits = normalizePhone(value).length;
    if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) {
      const message = `A ${type} number needs ${PHONE_DIGITS.min}–${PHONE_DIGITS.max} digits; "${value.slice(0, 40)}" has ${digits}`;
      ctx.addIssue(kefuIssue("invalid_phone", ["value"], message, value));
    }
  } else if (type === "email" && !EMAIL.test(value)) {
    ctx.addIssue(
      kefuIssue("invalid_email", ["value"], `"${value.slice(0, 40)}" is not an e-mail address`, value),
    );
  }
}

const ContactSchema = z
  .strictObject({
    type: z.enum(CONTACT_TYPES),
    value: z.string().max(CUSTOMER_LIMITS.contactValueLength).regex(/\S/u, { message: "Must not be blank" }),
    primary: z.boolean().optional(),
  })
  .superRefine(checkContactValue);

const AnniversarySchema = z.strictObject({ name: TextSchema, date: LocalDateSchema });

/**
 * zod schema of a customer file (客户档案), strict: unknown keys are errors. `contacts`,
 * `anniversaries`, `units` and `tags` default to empty lists, `keyAccount` to `false`. Checks
 * across entries (duplicate unit ids, two primary contacts of one type) are made by
 * `parseCustomer`, not by this schema.
 *
 * @category Customers
 * @since 0.1.0
 */
export const CustomerSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  type: z.enum(CUSTOMER_TYPES),
  contacts: z
    .array(ContactSchema)
    .max(CUSTOMER_LIMITS.contacts)
    .default(() => []),
  birthday: LocalDateSchema.optional(),
  anniversaries: z
    .array(AnniversarySchema)
    .max(CUSTOMER_LIMITS.anniversaries)
    .default(() => []),
  units: z
    .array(UnitSchema)
    .max(CUSTOMER_LIMITS.units)
    .default(() => []),
  keyAccount: z.boolean().default(false),
  tier: LabelSchema.optional(),
  tags: z
    .array(LabelSchema)
    .max(CUSTOMER_LIMITS.tags)
    .default(() => []),
  since: LocalDateSchema.optional(),
});

/**
 * A customer file as a host writes it: the lists and `keyAccount` may be left out.
 *
 * @category Customers
 * @since 0.1.0
 */
export type CustomerInput = DeepReadonly<z.input<typeof CustomerSchema>>;

/**
 * A validated customer file: identity and type, contact data, birthday and anniversaries, the
 * units (assets) owned, key-account flag, tier label, tags and the date the customer joined.
 *
 * @category Customers
 * @since 0.1.0
 */
export type Customer = DeepReadonly<z.output<typeof CustomerSchema>>;

/**
 * One entry of a customer's contact data: `{ type, value, primary? }`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type Contact = Customer["contacts"][number];

/**
 * A date the customer celebrates, other than the birthday: `{ name, date }`.
 *
 * @category Customers
 * @since 0.1.0
 */
export type Anniversary = Customer["anniversaries"][number];
