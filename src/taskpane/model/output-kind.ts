/** What the Write tab can put in the workbook; its own file so the plan builder and the hooks need not import the pane. */
/** "reps" is written from the Reps tab only (not one of the Write tab's choices). */
export type OutputKind = "tierColumns" | "summary" | "tasks" | "funnel" | "reps";
export const OUTPUTS: readonly OutputKind[] = ["tierColumns", "summary", "tasks", "funnel"];

/** Outputs made from the tiers: written with earlier tiers, they no longer match the tier columns. */
export const TIER_OUTPUTS: readonly OutputKind[] = ["tierColumns", "summary", "tasks"];
