import type { SurveyScale } from "../survey-schema.js";

/** How many answer codes a scale has (the length of its histogram). */
export function codeCount(scale: SurveyScale): number {
  switch (scale.kind) {
    case "likert":
      return scale.points;
    case "nps":
      return 11;
    case "ces":
      return 7;
    case "yes_no":
      return 2;
    case "choice":
      return scale.options.length;
  }
}

/** The answer value a host writes for a code (for messages and driver values). */
export function lowestValue(scale: SurveyScale): number {
  return scale.kind === "nps" ? 0 : 1;
}

/**
 * The code of an answer (0-based histogram slot), or -1 when the value is not on the scale.
 * Likert and CES answers are integers from 1, NPS from 0, yes/no a boolean, choice an option id.
 */
export function codeOf(scale: SurveyScale, value: number | boolean | string): number {
  switch (scale.kind) {
    case "likert":
    case "ces":
    case "nps": {
      if (typeof value !== "number" || !Number.isInteger(value)) return -1;
      const code = value - lowestValue(scale);
      return code >= 0 && code < codeCount(scale) ? code : -1;
    }
    case "yes_no":
      return typeof value === "boolean" ? (value ? 1 : 0) : -1;
    case "choice":
      return typeof value === "string" ? scale.options.findIndex((option) => option.id === value) : -1;
  }
}

/** The 0–100 score of each code, or null when the scale is not numeric (unscored choice). */
export function codeScores(scale: SurveyScale): readonly number[] | null {
  const count = codeCount(scale);
  switch (scale.kind) {
    case "likert":
    case "ces":
      return Array.from({ length: count }, (_, code) => (100 * code) / (count - 1));
    case "nps":
      return Array.from({ length: count }, (_, code) => 10 * code);
    case "yes_no":
      return [0, 100];
    case "choice": {
      const scores = scale.options.map((option) => option.score);
      return scores.every((score) => score !== undefined) ? (scores as number[]) : null;
    }
  }
}

/** A short description of the values a scale accepts, for messages. */
export function describeScale(scale: SurveyScale): string {
  switch (scale.kind) {
    case "likert":
      return `an integer 1–${scale.points}`;
    case "nps":
      return "an integer 0–10";
    case "ces":
      return "an integer 1–7";
    case "yes_no":
      return "true or false";
    case "choice":
      return `one of ${scale.options.map((option) => `"${option.id}"`).join(", ")}`;
  }
}
