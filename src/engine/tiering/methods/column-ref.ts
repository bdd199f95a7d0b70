import { z } from "zod";

/**
 * A column of the tiered table as a scheme names it: its 0-based index in the selection, or a role
 * resolved against the table's columns. Here rather than in scheme/ because methods' options name
 * columns, and the scheme is built from the methods (scheme → methods, never back).
 */
export const columnRefSchema = z.union([
  z.number().int().min(0),
  z.enum([
    "customer",
    "value",
    "date",
    "region",
    "rep",
    "segment",
    "frequency",
    "recency",
    "quantity",
    "product",
    "stage",
  ]),
]);

export type ColumnRef = z.infer<typeof columnRefSchema>;
