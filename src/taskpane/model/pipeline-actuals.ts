import type { Grid } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import { pipelineCounts, type Ladder } from "../../engine/ladder";
import { readTable } from "../../engine/table";

/**
 * Actual counts from a pipeline selection (one row per deal with its current stage): the deals that
 * reached at least each stage (pipelineCounts). Rows whose stage is unknown are left out and returned
 * so the pane can say which.
 */
export function pipelineActuals(
  ladder: Ladder,
  grid: Grid,
  top: number,
): { reached: number[]; unknown: { row: number; stage: string }[] } {
  const table = readTable(grid);
  const stage = table.columns.find((c) => c.role === "stage")?.index;
  if (stage === undefined) {
    throw new InputError(
      "pipelineNoStage",
      {},
      "The selection has no Stage column. Select the pipeline with a header row and a Stage column.",
    );
  }
  const deals = table.rows
    .map((row, i) => {
      const v = row[stage];
      return {
        stage: typeof v === "string" ? v : v === null || v === undefined ? null : String(v),
        row: top + table.firstRow + i + 1,
      };
    })
    .filter((d) => d.stage !== null && d.stage.trim() !== "");
  const counts = pipelineCounts(ladder, deals, { unknown: "report" });
  return { reached: counts.reached, unknown: counts.unknown };
}
