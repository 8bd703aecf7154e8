import type { CalendarDefinitionError } from "../calendar/errors.js";
import type { InvalidInputError, KefuErrorShape } from "../core/errors.js";
import type { InvalidInstantError } from "../core/instant.js";

/**
 * Why a policy was refused: malformed data (`invalid_input`), a calendar definition's own error
 * (its path prefixed with `["calendars", name]`), or a policy mistake, each with its `path`.
 *
 * @category SLA
 * @since 0.1.0
 */
export type PolicyError =
  | InvalidInputError
  | CalendarDefinitionError
  | KefuErrorShape<"unknown_calendar">
  | KefuErrorShape<"start_equals_stop">
  | KefuErrorShape<"pause_conflict">
  | KefuErrorShape<"window_bounds_reversed">
  | KefuErrorShape<"thresholds_out_of_order">
  | KefuErrorShape<"matrix_missing_priority">
  | KefuErrorShape<"duplicate_target_id">
  | KefuErrorShape<"invalid_limit">;

/**
 * Why an evaluation could not be made: a bad `now` (`invalid_instant`), a case outside the
 * calendars' range (`out_of_range`), a business clock with no working time within its horizon
 * (`horizon_exceeded`), or too many cases (`too_many_cases`).
 *
 * @category SLA
 * @since 0.1.0
 */
export type EvaluationError =
  | InvalidInstantError
  | KefuErrorShape<"out_of_range">
  | KefuErrorShape<"horizon_exceeded">
  | KefuErrorShape<"too_many_cases">;
