/**
 * Core primitives shared by every kefu module: the error model, instants, local dates,
 * wall-clock times, time zones, exact rationals, rounding and money.
 *
 * @module core
 */
export {
  type InputIssue,
  type InputPath,
  type InvalidInputError,
  invalidInput,
  issuesFromZod,
  type KefuErrorShape,
  type KefuIssueParams,
} from "./errors.js";
export {
  type InstantInput,
  InstantSchema,
  type InvalidInstantError,
  MAX_INSTANT,
  MIN_INSTANT,
  parseInstant,
  toDate,
} from "./instant.js";
export { type InvalidLocalDateError, type LocalDate, LocalDateSchema, parseLocalDate } from "./local-date.js";
export { allocateMoney } from "./money/allocate.js";
export { addMoney, compareMoney, multiplyMoney, subtractMoney } from "./money/arithmetic.js";
export { CURRENCY_EXPONENTS, type CurrencyCode, isCurrencyCode } from "./money/currency.js";
export { formatMoney } from "./money/format.js";
export {
  type Money,
  type MoneyError,
  MoneySchema,
  money,
  moneyFromDecimal,
  moneyToDecimal,
  parseMoney,
} from "./money/money.js";
export {
  addRational,
  compareRational,
  divideRational,
  formatRational,
  multiplyRational,
  negateRational,
  ONE,
  parseRational,
  type Rational,
  type RationalError,
  type RationalInput,
  ratio,
  rationalToNumber,
  roundRational,
  subtractRational,
  ZERO,
} from "./rational.js";
export { parseWithSchema } from "./result.js";
export { ROUNDING_MODES, type RoundingMode } from "./rounding.js";
export {
  type InvalidTimeZoneError,
  isTimeZone,
  parseTimeZone,
  type TimeZone,
  TimeZoneSchema,
} from "./time-zone.js";
export type { DeepReadonly } from "./types.js";
export {
  type InvalidWallTimeError,
  parseWallTime,
  type WallTime,
  WallTimeEndSchema,
  type WallTimeOptions,
  WallTimeSchema,
} from "./wall-time.js";

/**
 * Every error a core function can return.
 *
 * @category Errors
 * @since 0.1.0
 */
export type CoreError =
  | import("./errors.js").InvalidInputError
  | import("./instant.js").InvalidInstantError
  | import("./local-date.js").InvalidLocalDateError
  | import("./wall-time.js").InvalidWallTimeError
  | import("./time-zone.js").InvalidTimeZoneError
  | import("./rational.js").RationalError
  | import("./money/money.js").MoneyError;
