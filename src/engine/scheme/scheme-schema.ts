import { z } from "zod";
import { columnRefSchema, methodOf, methodSchema } from "../tiering/methods";

/**
 * A tiering scheme: everything needed to re-run a tiering on a sheet, saved in the workbook (as JSON in
 * its settings) and read back through parseScheme, which validates it field by field.
 */

export const schemeSchema = z
  .object({
    version: z.literal(1),
    source: z.object({
      kind: z.enum(["customers", "orders"]),
      /** Column overrides by role; a role left out is taken from the table's guessed roles. */
      columns: z.object({
        customer: z.number().int().min(0).optional(),
        value: z.number().int().min(0).optional(),
        date: z.number().int().min(0).optional(),
        frequency: z.number().int().min(0).optional(),
        recency: z.number().int().min(0).optional(),
      }),
      /** ISO date (yyyy-mm-dd) recency is counted to, for order lists. */
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as yyyy-mm-dd" })
        .optional(),
      /**
       * The order history joined to the customer list (DESIGN.md "Customer history"): where it was read (Re-run
       * reads it again there), its customer, amount and date columns, and whether customers found only in the
       * orders are added to the list.
       */
      history: z
        .object({
          sheet: z.string().min(1, { message: "expected the order history's sheet" }),
          address: z.string().min(1, { message: "expected the order history's address" }),
          tableName: z.string().min(1).optional(),
          columns: z.object({
            customer: z.number().int().min(0).optional(),
            amount: z.number().int().min(0).optional(),
            date: z.number().int().min(0).optional(),
          }),
          addUnmatched: z.boolean().optional(),
        })
        .optional(),
    }),
    method: methodSchema,
    tiers: z.object({
      labels: z
        .array(z.string().trim().min(1, { message: "expected a label" }))
        .min(2, { message: "expected at least 2 tiers" }),
      /** Percent per tier (summing to 100) for rank-share and value-share; fractions summing to 1 are accepted too. */
      shares: z.array(z.number().positive({ message: "expected a share greater than 0" })),
    }),
    groupBy: columnRefSchema.optional(),
    /** The outputs the user last chose to write with this scheme (the Write tab starts with them ticked). */
    outputs: z.array(z.enum(["tierColumns", "summary", "tasks", "funnel"])).optional(),
  })
  .superRefine((s, ctx) => {
    const k = s.tiers.labels.length;
    const method = methodOf(s.method);
    if (method.needsShares(s.method)) {
      if (s.tiers.shares.length !== k) {
        ctx.addIssue({
          code: "custom",
          path: ["tiers", "shares"],
          message: `expected ${k} shares (one per tier), found ${s.tiers.shares.length}`,
        });
      } else {
        const sum = s.tiers.shares.reduce((a, b) => a + b, 0);
        if (Math.abs(sum - 100) > 1e-7 && Math.abs(sum - 1) > 1e-9) {
          ctx.addIssue({
            code: "custom",
            path: ["tiers", "shares"],
            message: `expected shares summing to 100 %, found ${Number(sum.toFixed(7))}`,
          });
        }
      }
    }
    method.check?.(s.method, k, (path, message) => ctx.addIssue({ code: "custom", path: [...path], message }));
  });

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeMethod = Scheme["method"];
export type MethodKind = SchemeMethod["kind"];
export type { ColumnRef } from "../tiering/methods";
export { columnRefSchema, methodSchema };
