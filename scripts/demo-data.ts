/**
 * The demo's shared pieces: its dataset (examples/data/, written by scripts/make-demo-data.mjs),
 * read as a host would read JSON and validated by the library at the boundary, and the shape of a
 * demo section (the lines printed, and the same content as data for `--json`).
 */
import { readFileSync } from "node:fs";
import { type CaseState, type Customer, parseCustomer, replay } from "kefu";

/** One part of the demo: a title, the lines it prints, and the same content as data for `--json`. */
export interface DemoSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly data: unknown;
}

/** Unwraps a Result the demo knows is Ok (its data is valid); throws with the error otherwise. */
export const must = <T>(result: { isOk(): boolean; _unsafeUnwrap(): T }): T => result._unsafeUnwrap();

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../examples/data/${name}`, import.meta.url), "utf8"));

/** A member of the service team, with the monthly total pay their KPI evaluation splits. */
export interface TeamMember {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly department: string;
  readonly monthlyTotal: string;
}

/** One employee's KPI ratings for the month, with any fines and a part month. */
export interface KpiRatings {
  readonly employeeId: string;
  readonly ratings: readonly unknown[];
  readonly deductions?: readonly unknown[];
  readonly proration?: unknown;
}

/** What a customer is worth: revenue and potential in CNY, purchases and the latest one. */
export interface CustomerValue {
  readonly customerId: string;
  readonly revenueCny: number;
  readonly potentialCny: number;
  readonly purchases: number;
  readonly lastPurchaseOn: string;
}

/** The dataset, validated: customers through `parseCustomer`, case logs through `replay`. */
export function loadDemoData() {
  const customers: Customer[] = (read("customers.json") as unknown[]).map((c) => must(parseCustomer(c)));
  const { now, cases } = read("cases.json") as { now: string; cases: unknown[] };
  const states: CaseState[] = cases.map((log) => must(replay(log)));
  return {
    now,
    customers,
    values: read("customer-values.json") as CustomerValue[],
    team: read("team.json") as TeamMember[],
    cases: states,
    /** The hand-over survey and its answers, as collected: validated by the satisfaction section. */
    survey: read("survey.json"),
    surveyResponses: read("survey-responses.json"),
    /** October's KPI ratings per employee, validated by the KPI section. */
    kpiRatings: read("kpi-ratings.json") as readonly KpiRatings[],
  };
}

/** A Shanghai wall-clock rendering of an instant, `YYYY-MM-DD HH:MM`. */
export const shanghai = (date: Date) =>
  new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

/** A share as a percentage with one decimal, or a dash. */
export const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "  —  " : `${(value * 100).toFixed(1)}%`.padStart(6);

/** Columns on a terminal: CJK characters take two cells. */
export const displayWidth = (text: string) =>
  [...text].reduce(
    (width, char) =>
      width +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1),
    0,
  );

/** `text` padded with spaces to `width` terminal columns. */
export const padColumns = (text: string, width: number) =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));
