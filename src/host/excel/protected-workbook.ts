import type { WorkbookPlan } from "../../engine/plans";
import { HostError } from "../host-api";
import type { XlContext } from "./xl-types";

/**
 * Queues reading whether the workbook is protected (Workbook.protection.protected, ExcelApi 1.7, within the
 * manifest's minimum: https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection) in the first
 * look's sync, only when the plan has sheets of its own: a locked structure forbids adding sheets ("prevent other
 * users from … adding, moving, deleting, or hiding worksheets",
 * https://support.microsoft.com/en-us/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517) but not
 * editing cells, so a plan of tier columns beside the data writes as before. Office.js shows only `protected`, not
 * which of structure and windows is locked; the same page says the Windows option is only in Excel 2007, 2010 and
 * for Mac 2011 and 2016, so protected is read as the structure locked. After the sync: whether it is.
 */
export function queueStructureCheck(ctx: XlContext, plan: WorkbookPlan): () => boolean {
  if (plan.sheets.length === 0) return () => false;
  const protection = ctx.workbook.protection.load("protected");
  return () => protection.protected;
}

/**
 * Stops a write that would add sheets (`adding`, their names) to a workbook whose structure is protected, before
 * anything is written, with a message saying how to turn the protection off. A sheet TierLadder refreshes in place
 * is no structure change and does not count.
 */
export function refuseNewSheetsWhenLocked(locked: boolean, adding: readonly string[]): void {
  if (!locked || adding.length === 0) return;
  throw new HostError(
    "WorkbookProtected",
    `The workbook's structure is protected, so TierLadder cannot add the sheet “${adding[0]}” and wrote nothing. Turn the protection off (Review › Protect Workbook), then write again.`,
    "host.workbookProtected",
    { sheet: adding[0] },
  );
}
