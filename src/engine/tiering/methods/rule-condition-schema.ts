import { z } from "zod";
import { finite } from "./check-bounds";
import { columnRefSchema } from "./column-ref";

/**
 * A rule's condition in a scheme: a category test or a number range (bounds inclusive) on one column.
 * Category tests keep the JSON shape schemes were saved with before number ranges came.
 */
export const ruleConditionSchema = z.discriminatedUnion("op", [
  z.object({ column: columnRefSchema, op: z.literal("equals"), value: z.string() }),
  z.object({
    column: columnRefSchema,
    op: z.literal("one-of"),
    values: z.array(z.string()).min(1, { message: "expected at least 1 value" }),
  }),
  z.object({
    column: columnRefSchema,
    op: z.literal("contains"),
    value: z.string().min(1, { message: "expected some text to look for" }),
  }),
  z.object({ column: columnRefSchema, op: z.literal("at-least"), min: finite }),
  z.object({ column: columnRefSchema, op: z.literal("at-most"), max: finite }),
  z
    .object({ column: columnRefSchema, op: z.literal("between"), min: finite, max: finite })
    .refine((c) => c.min <= c.max, { message: "expected max at least min", path: ["max"] }),
]);

export type RuleConditionOption = z.infer<typeof ruleConditionSchema>;
