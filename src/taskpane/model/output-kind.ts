/** What the Write tab can put in the workbook; its own file so the plan builder and the hooks need not import the pane. */
export type OutputKind = "tierColumns" | "summary" | "tasks" | "funnel";
export const OUTPUTS: readonly OutputKind[] = ["tierColumns", "summary", "tasks", "funnel"];
