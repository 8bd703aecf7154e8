import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";
import type { InvalidInstantError } from "../core/instant.js";
import type { InvalidLocalDateError } from "../core/local-date.js";

/**
 * Why a calendar definition was refused. Shape problems (unknown keys, a bad zone, time or date,
 * too many entries) are one `invalid_input` error whose issues carry codes such as
 * `invalid_time_zone`, `invalid_wall_time`, `invalid_local_date`, `invalid_instant`, `too_big`;
 * the others are mistakes in an otherwise well-formed definition, each with its `path`.
 *
 * @category Calendar
 * @since 0.1.0
 */
export type CalendarDefinitionError =
  | InvalidInputError
  | KefuErrorShape<"empty_interval">
  | KefuErrorShape<"duplicate_date">
  | KefuErrorShape<"holiday_workday_conflict">
  | KefuErrorShape<"invalid_closure">;

/**
 * Why a calendar question could not be answered.
 *
 * - `invalid_instant`, `invalid_local_date`: an argument is not an instant or a date.
 * - `out_of_range`: an instant (given or resulting) outside 1970-01-01 – 2199-12-31 UTC.
 * - `invalid_duration`: not `{ hours?, minutes?, ms? }` with finite numbers, or longer than the horizon.
 * - `negative_duration`: a duration below zero.
 * - `horizon_exceeded`: no answer within 10 years of the start (e.g. a calendar with no working time).
 * - `invalid_day_count`: a working-day count that is not an integer from 1 to 2,600.
 * - `not_a_working_date`: the date owns no working time.
 *
 * @category Calendar
 * @since 0.1.0
 */
export type CalendarError =
  | InvalidInstantError
  | InvalidLocalDateError
  | KefuErrorShape<"out_of_range">
  | KefuErrorShape<"invalid_duration">
  | KefuErrorShape<"negative_duration">
  | KefuErrorShape<"horizon_exceeded">
  | KefuErrorShape<"invalid_day_count">
  | KefuErrorShape<"not_a_working_date">;
