import { err, ok, type Result } from "neverthrow";
import type { z } from "zod";
import { type InvalidInputError, invalidInput, issuesFromZod } from "./errors.js";

/**
 * Validates `input` against a zod schema and returns the parsed value or one
 * `invalid_input` error listing every issue. `ZodError` never escapes.
 *
 * @param schema - any zod schema.
 * @param input - untrusted data.
 * @returns `Ok` with the schema's output, or `Err` with code `invalid_input`.
 * @example
 * ```ts
 * const parsed = parseWithSchema(LocalDateSchema, "2025-10-01");
 * parsed.isOk(); // true
 * ```
 * @category Errors
 * @since 0.1.0
 */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Result<z.output<Schema>, InvalidInputError> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(invalidInput(issuesFromZod(parsed.error.issues)));
}
