import { cached } from "../../core/_internal/cached.js";
import type { Survey, SurveyQuestion } from "../survey-schema.js";
import { codeCount, codeScores } from "./scales.js";

/** A composite score's identity: the overall index, an area or a department. */
export interface CompositeSlot {
  readonly kind: "index" | "area" | "department";
  readonly id: string;
}

/** One question, compiled for counting. */
export interface QuestionPlan {
  readonly question: SurveyQuestion;
  /** Where its histogram starts in `Tally.counts`. */
  readonly offset: number;
  readonly size: number;
  /** 0–100 score of each code, or null when the question is not numeric. */
  readonly scores: readonly number[] | null;
  /** Composite slots it feeds (empty unless numeric and `inIndex`). */
  readonly slots: readonly number[];
}

/** A survey compiled for counting: question layout and composite slots. */
export interface TallyPlan {
  readonly questions: readonly QuestionPlan[];
  readonly countsLength: number;
  readonly slots: readonly CompositeSlot[];
  /** The same as flat arrays for the hot loop. */
  readonly fast: FastPlan;
}

/**
 * Respondent composites (0–100) are summed as integers in units of 1e-6, their squares in units
 * of 1e-5: exact in a double for up to 2,000,000 responses (2e14 and 2e15 < 2^53).
 */
export const SUM_SCALE = 1e6;
export const SQUARE_SCALE = 1e5;

/** Running totals of one group of responses. */
export interface Tally {
  responses: number;
  readonly counts: Float64Array;
  /** Per slot: Σ respondent composites, Σ squares, respondents. */
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  readonly respondents: Float64Array;
}

/** Compiles a survey: histogram layout and slots (index, then areas, then departments). */
export function planTally(survey: Survey): TallyPlan {
  const slots: CompositeSlot[] = [{ kind: "index", id: "index" }];
  const slotOf = new Map<string, number>();
  const slotFor = (kind: "area" | "department", id: string) => {
    return cached(slotOf, `${kind}:${id}`, () => slots.push({ kind, id }) - 1);
  };
  for (const area of survey.areas) slotFor("area", area.id);
  for (const question of survey.questions)
    if (question.department !== undefined) slotFor("department", question.department);
  let offset = 0;
  const questions = survey.questions.map((question): QuestionPlan => {
    const size = codeCount(question.scale);
    const scores = codeScores(question.scale);
    const feeds = scores !== null && question.inIndex;
    const plan = {
      question,
      offset,
      size,
      scores,
      slots: feeds
        ? [
            0,
            slotFor("area", question.area),
            ...(question.department === undefined ? [] : [slotFor("department", question.department)]),
          ]
        : [],
    };
    offset += size;
    return plan;
  });
  return { questions, countsLength: offset, slots, fast: fastPlan(questions, slotFor) };
}

/** An empty tally for a plan. */
export function emptyTally(plan: TallyPlan): Tally {
  const slots = plan.slots.length;
  return {
    responses: 0,
    counts: new Float64Array(plan.countsLength),
    sums: new Float64Array(slots),
    squares: new Float64Array(slots),
    respondents: new Float64Array(slots),
  };
}

/** Scratch space reused across responses (one per aggregation call). */
export interface TallyScratch {
  readonly weighted: Float64Array;
  readonly weights: Float64Array;
}

/** Scratch space for a plan. */
export function tallyScratch(plan: TallyPlan): TallyScratch {
  return { weighted: new Float64Array(plan.slots.length), weights: new Float64Array(plan.slots.length) };
}

/** Counts one response's answers into a tally; answers not on their scale are ignored. */
export function addToTally(
  plan: TallyPlan,
  tally: Tally,
  answers: Readonly<Record<string, number | boolean | string>>,
  scratch: TallyScratch,
): void {
  tally.responses += 1;
  const { weighted, weights } = scratch;
  const { counts } = tally;
  const {
    ids,
    kinds,
    lows,
    sizes,
    choices,
    offsets,
    scoreTable,
    scoreOffsets,
    weightOf,
    areaSlot,
    departmentSlot,
  } = plan.fast;
  for (let q = 0; q < ids.length; q += 1) {
    const value = answers[ids[q] as string];
    if (value === undefined) continue;
    let code = -1;
    const kind = kinds[q] as number;
    if (kind === INTEGER_SCALE) {
      if (typeof value === "number") {
        const candidate = value - (lows[q] as number);
        // (x >>> 0) === x holds exactly for integers 0 … 2³² − 1.
        if (candidate >>> 0 === candidate && candidate < (sizes[q] as number)) code = candidate;
      }
    } else if (kind === YES_NO_SCALE) {
      code = value === true ? 1 : value === false ? 0 : -1;
    } else if (typeof value === "string") {
      code = choices[q]?.get(value) ?? -1;
    }
    if (code < 0) continue;
    const at = (offsets[q] as number) + code;
    counts[at] = (counts[at] as number) + 1;
    const scoreAt = scoreOffsets[q] as number;
    if (scoreAt < 0) continue;
    const weight = weightOf[q] as number;
    const part = weight * (scoreTable[scoreAt + code] as number);
    weighted[0] = (weighted[0] as number) + part;
    weights[0] = (weights[0] as number) + weight;
    const area = areaSlot[q] as number;
    weighted[area] = (weighted[area] as number) + part;
    weights[area] = (weights[area] as number) + weight;
    const department = departmentSlot[q] as number;
    if (department > 0) {
      weighted[department] = (weighted[department] as number) + part;
      weights[department] = (weights[department] as number) + weight;
    }
  }
  const { sums, squares, respondents } = tally;
  for (let slot = 0; slot < weights.length; slot += 1) {
    const weight = weights[slot] as number;
    if (weight === 0) continue;
    // Fixed-point integers keep the sums exact, so the result does not depend on response order.
    const composite = (weighted[slot] as number) / weight;
    sums[slot] = (sums[slot] as number) + Math.round(composite * SUM_SCALE);
    squares[slot] = (squares[slot] as number) + Math.round(composite * composite * SQUARE_SCALE);
    respondents[slot] = (respondents[slot] as number) + 1;
    weighted[slot] = 0;
    weights[slot] = 0;
  }
}

const INTEGER_SCALE = 0;
const YES_NO_SCALE = 1;
const CHOICE_SCALE = 2;

/** The plan as flat arrays for the hot loop. */
export interface FastPlan {
  readonly ids: readonly string[];
  /** INTEGER_SCALE (Likert, NPS, CES: codes value − low), YES_NO_SCALE or CHOICE_SCALE. */
  readonly kinds: Uint8Array;
  readonly lows: Int32Array;
  readonly sizes: Int32Array;
  /** Option id → code, for choice questions. */
  readonly choices: readonly (ReadonlyMap<string, number> | undefined)[];
  readonly offsets: Int32Array;
  /** Scores of every numeric question's codes, back to back; `scoreOffsets[q]` is -1 if none. */
  readonly scoreTable: Float64Array;
  readonly scoreOffsets: Int32Array;
  readonly weightOf: Float64Array;
  readonly areaSlot: Int32Array;
  /** Department slot, or 0 when the question has none (slot 0 is the index, never a department). */
  readonly departmentSlot: Int32Array;
}

function fastPlan(
  questions: readonly QuestionPlan[],
  slotOf: (kind: "area" | "department", id: string) => number,
): FastPlan {
  const scoreOffsets = new Int32Array(questions.length).fill(-1);
  const table: number[] = [];
  const areaSlot = new Int32Array(questions.length);
  const departmentSlot = new Int32Array(questions.length);
  for (const [q, { question, scores, slots }] of questions.entries()) {
    if (scores !== null && slots.length > 0) {
      scoreOffsets[q] = table.length;
      table.push(...scores);
    }
    areaSlot[q] = slotOf("area", question.area);
    departmentSlot[q] = question.department === undefined ? 0 : slotOf("department", question.department);
  }
  return {
    ids: questions.map(({ question }) => question.id),
    kinds: Uint8Array.from(questions, ({ question }) =>
      question.scale.kind === "yes_no"
        ? YES_NO_SCALE
        : question.scale.kind === "choice"
          ? CHOICE_SCALE
          : INTEGER_SCALE,
    ),
    lows: Int32Array.from(questions, ({ question }) => (question.scale.kind === "nps" ? 0 : 1)),
    sizes: Int32Array.from(questions, ({ size }) => size),
    choices: questions.map(({ question }) =>
      question.scale.kind === "choice"
        ? new Map(question.scale.options.map((option, code) => [option.id, code]))
        : undefined,
    ),
    offsets: Int32Array.from(questions, ({ offset }) => offset),
    scoreTable: Float64Array.from(table),
    scoreOffsets,
    weightOf: Float64Array.from(questions, ({ question }) => question.weight),
    areaSlot,
    departmentSlot,
  };
}

/** The sum of several tallies of one plan. */
export function mergeTallies(plan: TallyPlan, tallies: readonly Tally[]): Tally {
  const total = emptyTally(plan);
  for (const tally of tallies) {
    total.responses += tally.responses;
    for (const [target, source] of [
      [total.counts, tally.counts],
      [total.sums, tally.sums],
      [total.squares, tally.squares],
      [total.respondents, tally.respondents],
    ] as const) {
      for (let i = 0; i < source.length; i += 1) target[i] = (target[i] ?? 0) + (source[i] ?? 0);
    }
  }
  return total;
}
