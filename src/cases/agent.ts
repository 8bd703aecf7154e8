import { z } from "zod";
import type { DeepReadonly } from "../core/types.js";
import { NeedFormSchema } from "./classify-need.js";
import { CaseEventSchema, DepartmentSchema } from "./events.js";
import { AGENT_ROLES } from "./vocabulary.js";

/**
 * zod schema of an agent: a customer-service specialist, supervisor or other staff member, in a
 * department; the people who own cases and are rated in KPI evaluations.
 *
 * @category Cases
 * @since 0.1.0
 */
export const AgentSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  department: DepartmentSchema,
  role: z.enum(AGENT_ROLES),
  /** The agent's supervisor, if any. */
  supervisorId: z.string().min(1).max(100).optional(),
});

/**
 * An agent.
 *
 * @category Cases
 * @since 0.1.0
 */
export type Agent = DeepReadonly<z.output<typeof AgentSchema>>;

/**
 * JSON Schemas (draft 2020-12) of the cases module's inputs, for hosts in other languages.
 *
 * @returns `{ CaseEvent, Agent, NeedForm }`, each a plain JSON Schema object.
 * @example
 * ```ts
 * casesJsonSchema().CaseEvent; // { oneOf: [ … one schema per event type … ] }
 * ```
 * @category Cases
 * @since 0.1.0
 */
export function casesJsonSchema(): Record<"CaseEvent" | "Agent" | "NeedForm", Record<string, unknown>> {
  const toJson = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { CaseEvent: toJson(CaseEventSchema), Agent: toJson(AgentSchema), NeedForm: toJson(NeedFormSchema) };
}
