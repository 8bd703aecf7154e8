/**
 * The bounds every `kefu/satisfaction` entry enforces, so no input can make a call run away.
 * Exceeding one is an `invalid_input` issue `too_big` (or `too_many_responses` for a batch).
 *
 * @example
 * ```ts
 * SATISFACTION_LIMITS.responses; // 2000000
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export const SATISFACTION_LIMITS = {
  /** Length of an id (survey, question, area, option, response, agent, channel). */
  idLength: 100,
  /** Length of a label or question text. */
  textLength: 500,
  /** Questions in one survey. */
  questions: 200,
  /** Areas declared by one survey. */
  areas: 50,
  /** Options of one choice question. */
  options: 50,
  /** Responses in one batch given to `parseSurveyResponses`. */
  responses: 2_000_000,
  /** Areas one response may cite as reasons for its impression change. */
  reasons: 50,
  /** Items given to the priority analyses (IPA, action priority, opportunity). */
  items: 1_000,
  /** Drivers in one key-driver analysis. */
  drivers: 50,
  /** Rows (respondents) in one key-driver analysis. */
  driverRows: 2_000_000,
  /** Any count given to a metric function (a safe integer well below 2^53). */
  count: 1_000_000_000_000,
  /** Population size for the finite-population correction. */
  population: 1_000_000_000_000,
} as const;

/**
 * Default confidence level of every interval: 95%.
 *
 * @example
 * ```ts
 * DEFAULT_SATISFACTION_CONFIDENCE; // 0.95
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export const DEFAULT_SATISFACTION_CONFIDENCE = 0.95;

/**
 * Default minimum sample: fewer answers than this set the `smallSample` flag.
 *
 * @example
 * ```ts
 * DEFAULT_MIN_SAMPLE; // 30
 * ```
 * @category Satisfaction
 * @since 0.1.0
 */
export const DEFAULT_MIN_SAMPLE = 30;
