import { ok, type Result } from "neverthrow";
import { z } from "zod";
import { parseWithSchema } from "../core/result.js";
import type { ContactCentreError } from "./errors.js";

const seconds = z.number().min(0).max(31_622_400);

const ContactsSchema = z.strictObject({
  contacts: z
    .array(
      z.strictObject({
        waitSeconds: seconds,
        outcome: z.enum(["answered", "abandoned"]),
        handleSeconds: seconds.optional(),
        resolvedFirstContact: z.boolean().optional(),
      }),
    )
    .max(1_000_000),
  serviceLevelSeconds: seconds.default(20),
  shortAbandonSeconds: seconds.default(5),
  staffedSeconds: z.number().min(0).max(1e12).optional(),
});

/**
 * Contact-centre KPIs of one interval, with the counts they come from. A rate is `null` when its
 * denominator is zero.
 *
 * @category KPI
 * @since 0.1.0
 */
export interface ContactCentreKpis {
  /** Every contact offered. */
  readonly offered: number;
  /** Contacts answered. */
  readonly answered: number;
  /** Abandoned after at least `shortAbandonSeconds`. */
  readonly abandoned: number;
  /** Abandoned sooner than `shortAbandonSeconds`: left out of service level and abandonment. */
  readonly shortAbandoned: number;
  /** Answered with a wait of at most `serviceLevelSeconds`. */
  readonly answeredWithinTarget: number;
  /** answeredWithinTarget / (answered + abandoned). */
  readonly serviceLevel: number | null;
  /** Average speed of answer: mean wait of answered contacts, seconds. */
  readonly asaSeconds: number | null;
  /** abandoned / (answered + abandoned). */
  readonly abandonmentRate: number | null;
  /** Resolved on first contact / answered contacts that carry the flag. */
  readonly firstContactResolution: number | null;
  /** Average handle time (talk + hold + wrap-up) of answered contacts that carry it, seconds. */
  readonly ahtSeconds: number | null;
  /** Handle time / staffed time, when `staffedSeconds` is given and positive. */
  readonly occupancy: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Computes the standard contact-centre KPIs from contact records: service level (share answered
 * within t seconds), average speed of answer, abandonment rate with a short-abandon threshold,
 * first-contact resolution, average handle time and occupancy.
 *
 * @param input - `{ contacts, serviceLevelSeconds = 20, shortAbandonSeconds = 5, staffedSeconds? }`;
 *   at most 1,000,000 contacts, each `{ waitSeconds, outcome, handleSeconds?, resolvedFirstContact? }`.
 * @returns `Ok` with the {@link ContactCentreKpis}, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * computeContactCentreKpis({
 *   contacts: [
 *     { waitSeconds: 12, outcome: "answered", handleSeconds: 240, resolvedFirstContact: true },
 *     { waitSeconds: 45, outcome: "answered", handleSeconds: 300, resolvedFirstContact: false },
 *     { waitSeconds: 60, outcome: "abandoned" },
 *     { waitSeconds: 2, outcome: "abandoned" },
 *   ],
 * })._unsafeUnwrap().serviceLevel; // 1/3: one of three counted contacts answered within 20 s
 * ```
 * @category KPI
 * @since 0.1.0
 */
export function computeContactCentreKpis(input: unknown): Result<ContactCentreKpis, ContactCentreError> {
  return parseWithSchema(ContactsSchema, input).andThen((parsed) => {
    let [answered, abandoned, short, within, wait, fcrYes, fcrAll, handle, handled] = [
      0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    for (const c of parsed.contacts) {
      if (c.outcome === "abandoned") {
        if (c.waitSeconds < parsed.shortAbandonSeconds) short += 1;
        else abandoned += 1;
        continue;
      }
      answered += 1;
      wait += c.waitSeconds;
      if (c.waitSeconds <= parsed.serviceLevelSeconds) within += 1;
      if (c.resolvedFirstContact !== undefined) {
        fcrAll += 1;
        if (c.resolvedFirstContact) fcrYes += 1;
      }
      if (c.handleSeconds !== undefined) {
        handled += 1;
        handle += c.handleSeconds;
      }
    }
    return ok({
      offered: parsed.contacts.length,
      answered,
      abandoned,
      shortAbandoned: short,
      answeredWithinTarget: within,
      serviceLevel: share(within, answered + abandoned),
      asaSeconds: share(wait, answered),
      abandonmentRate: share(abandoned, answered + abandoned),
      firstContactResolution: share(fcrYes, fcrAll),
      ahtSeconds: share(handle, handled),
      occupancy: parsed.staffedSeconds === undefined ? null : share(handle, parsed.staffedSeconds),
    });
  });
}
