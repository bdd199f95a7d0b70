import type { HostNotice } from "../host-api";
import { rectAddress } from "./a1";
import { type ApplyRun, type ColumnsTarget, type WriteJob, notice } from "./apply-types";
import { restoreSettings } from "./commit";
import type { CellGrid } from "./grid-read";
import type { Inspection } from "./inspect";
import { rowsPerChunk } from "./chunking";
import { toExcelValue } from "./protect-text";
import { restoreSheet } from "./refresh";
import type { SettingWrite } from "./settings";
import type { XlTableColumn } from "./xl-types";

/**
 * Undoes a failed write, part by part, and says what it put back and what it could not: objects this run
 * created go, found by id — worksheets (WorksheetCollection.getItem takes a name or an id:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection), table columns (by id:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection) — those whose id was not
 * in the workbook at the first look; never by name, which Excel may have changed ("Tier" → "Tier2").
 * Then the cells of column blocks and refreshed sheets, and the settings, as they were read.
 */
export async function restoreWorkbook(
  run: ApplyRun,
  job: WriteJob,
  writes: readonly SettingWrite[],
): Promise<{ putBack: HostNotice[]; problems: HostNotice[] }> {
  const { insp, look, targets } = job;
  const putBack: HostNotice[] = [];
  const problems: HostNotice[] = [];
  const attempt = async (what: HostNotice, work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      problems.push(notice("write.failure.notPutBack", { what, reason: reasonOf(e) }));
    }
  };
  await attempt(notice("write.failure.objects"), () => removeCreated(run, insp));
  for (const t of targets)
    await attempt(notice("write.failure.block", { address: rectAddress(t.restoreRect, t.sheetName) }), () =>
      restoreBlock(run, t, look.grids.get(t)),
    );
  for (const old of look.olds.filter((o) => o.touched)) {
    await attempt(notice("write.failure.sheet", { sheet: old.probe.name }), async () => {
      const left = await restoreSheet(run, old, run.supports("1.13"));
      putBack.push(notice("write.failure.putBack", { sheet: old.probe.name }));
      // Without Chart.id (ExcelApi 1.7) the charts this run drew cannot be told from the old ones.
      if (left.length > 0)
        problems.push(
          notice("write.failure.notPutBack", {
            what: notice("write.failure.charts", { sheet: old.probe.name }),
            reason: "ExcelApi 1.7",
          }),
        );
    });
  }
  await attempt(notice("write.failure.settings"), () => restoreSettings(run, insp, writes));
  await attempt(notice("write.failure.snapshot"), () => insp.snapshot.undo(run.ctx, run.sync));
  return { putBack, problems };
}

/** Sheets and table columns whose ids were not there before the write. */
async function removeCreated(run: ApplyRun, insp: Inspection): Promise<void> {
  const { ctx } = run;
  const sheets = ctx.workbook.worksheets.load("items/id");
  const columns = insp.probes
    .filter((p) => p.tableColumns)
    .map((p) => {
      const table = ctx.workbook.tables.getItemOrNullObject(p.p.tableName!);
      return {
        before: new Set(p.tableColumns!().map((c) => c.id)),
        table,
        list: table.columns.load("items/id") as { items: XlTableColumn[] },
      };
    });
  await run.sync();
  for (const s of sheets.items) if (!insp.sheetIds.has(s.id)) s.delete();
  for (const c of columns) {
    if (c.table.isNullObject) continue;
    for (const col of [...c.list.items].reverse())
      if (!c.before.has(col.id)) c.table.columns.getItemOrNullObject(col.id).delete();
  }
  await run.sync();
}

/** A column block's cells back as read (values and number formats), or blank where they were blank and unformatted. */
async function restoreBlock(run: ApplyRun, t: ColumnsTarget, grid: CellGrid | undefined): Promise<void> {
  if (t.addTableColumns) return; // the added table columns went with removeCreated
  const ws = run.ctx.workbook.worksheets.getItem(t.sheetName);
  const r = grid?.rect ?? t.restoreRect;
  if (grid) {
    const chunk = rowsPerChunk(40 * r.columnCount, run.budget);
    for (let start = 0; start < r.rowCount; start += chunk) {
      const count = Math.min(chunk, r.rowCount - start);
      const range = ws.getRangeByIndexes(r.row + start, r.column, count, r.columnCount);
      range.numberFormat = grid.formats.slice(start, start + count);
      range.values = grid.values.slice(start, start + count).map((row) => row.map((v) => toExcelValue(v)));
      if (start + count < r.rowCount) await run.sync();
    }
  } else {
    ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).clear("Contents");
    const formatted = (t.plan.columnFormats ?? []).map((f, j) => (f ? j : -1)).filter((j) => j >= 0);
    const chunk = rowsPerChunk(12 * Math.max(1, formatted.length), run.budget);
    for (let start = 0; start < r.rowCount && formatted.length > 0; start += chunk) {
      const count = Math.min(chunk, r.rowCount - start);
      for (const j of formatted)
        ws.getRangeByIndexes(r.row + start, r.column + j, count, 1).numberFormat = Array.from({ length: count }, () => [
          "General",
        ]);
      if (start + count < r.rowCount) await run.sync();
    }
  }
  await run.sync();
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}
