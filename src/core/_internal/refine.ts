import type { Result } from "neverthrow";
import { z } from "zod";
import type { KefuErrorShape } from "../errors.js";

/**
 * A zod schema that accepts what `parse` accepts and outputs its value; a failure becomes a
 * custom issue that keeps the kefu error code, so `issuesFromZod` reports that code.
 */
export function schemaFromParser<Input extends z.ZodType, Output>(
  input: Input,
  parse: (value: z.output<Input>) => Result<Output, KefuErrorShape>,
): z.ZodPipe<Input, z.ZodTransform<Awaited<Output>, z.output<Input>>> {
  return input.transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed.isOk()) return parsed.value as Awaited<Output>;
    ctx.issues.push({
      code: "custom",
      message: parsed.error.message,
      input: value,
      params: { kefuCode: parsed.error.code },
    });
    return z.NEVER;
  });
}

/** The zod custom issue that carries a kefu code through `issuesFromZod`. */
export function kefuIssue(
  kefuCode: string,
  path: readonly (string | number)[],
  message: string,
  input?: unknown,
) {
  return { code: "custom" as const, path: [...path], message, input, params: { kefuCode } };
}
