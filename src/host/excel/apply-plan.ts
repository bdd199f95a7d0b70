import type { WorkbookPlan } from "../../engine/plans";
import type { ApplyProgress, ApplyReport } from "../host-api";
import { type ApplyRun, englishNotice, notice } from "./apply-types";
import { buildWrite } from "./build-write";
import { PAYLOAD_BUDGET_BYTES } from "./chunking";
import { closerLook } from "./closer-look";
import { toHostError } from "./errors";
import { inspect } from "./inspect";
import { decorateSheets } from "./page-layout";
import { placeColumns } from "./place";
import { transact } from "./transaction";
import type { ExcelEnv } from "./xl-types";

export interface ApplyOptions {
  /** Request budget per sync (default 4 MB, under Excel on the web's 5 MB). */
  readonly budgetBytes?: number;
}

/**
 * Applies a WorkbookPlan (WorkbookHost.applyPlan) as a transaction, in phases:
 * 1. inspect (inspect.ts): one sync reads the output registry, sheet, table and setting ids and names, and the
 *    cells where the column blocks would go;
 * 2. place (place.ts, closer-look.ts): where each block goes; only when needed, a second sync looks closer —
 *    cells possibly in the way, the previous run's blocks (which must still hold what TierLadder wrote: the
 *    registry keeps a fingerprint), TierLadder's sheets to refresh in place (refresh.ts). Cells that are
 *    neither empty nor provably TierLadder's stop the write with a HostError listing them;
 * 3. write (build-write.ts, write-steps.ts, run-steps.ts): values, number formats, tables and chart data in
 *    syncs of at most `budgetBytes`, large settings in pieces, ending with the commit (commit.ts): the
 *    settings' heads, then the registry;
 * 4. decorate (decorate.ts): titles, colours, drop-downs, widths, frozen header, removing the previous run's
 *    charts — after the commit, in the same last sync; a failure there is a warning, never a rollback;
 * 5. or restore (restore.ts, transaction.ts): a failure before the commit puts the workbook back as it was —
 *    cells, number formats, tables, objects created (by id), settings — and says what was written, what was
 *    put back and what could not be.
 * Newer features are used only where the requirement set is supported (env.isSetSupported), with warnings.
 */
export async function applyPlan(
  env: ExcelEnv,
  plan: WorkbookPlan,
  onProgress?: (p: ApplyProgress) => void,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  let syncs = 0;
  try {
    return await env.run(async (ctx) => {
      const run: ApplyRun = {
        ctx,
        plan,
        onProgress,
        notices: [],
        written: [],
        runId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
        budget: options.budgetBytes ?? PAYLOAD_BUDGET_BYTES,
        supports: (v) => env.isSetSupported("ExcelApi", v),
        sync: async () => {
          syncs++;
          await ctx.sync();
        },
      };
      const insp = await inspect(run);
      const { targets, uncertain } = placeColumns(insp);
      const look = await closerLook(run, insp, targets, uncertain);
      const write = buildWrite(run, insp, look, targets);
      await transact(run, { insp, look, targets }, write);
      // Page layout and chart labels (page-layout.ts): cosmetic too, each refused step a warning.
      await decorateSheets(run, write.placed());
      const done = notice("write.steps.done");
      onProgress?.({ fraction: 1, step: englishNotice(done), notice: done });
      return { written: run.written, syncs, warnings: run.notices.map(englishNotice), notices: run.notices };
    });
  } catch (e) {
    throw toHostError(e, "Writing to the workbook");
  }
}
