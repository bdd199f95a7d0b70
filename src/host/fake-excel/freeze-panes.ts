import { checkUnprotected } from "./protected-writes";
import type { FakeWorksheet } from "./worksheet";

/**
 * Worksheet.freezePanes (ExcelApi 1.7): only frozen top rows are set here; an opened file's frozen columns are
 * kept (SheetState.frozenColumns) until the panes change. unfreeze "Removes all frozen panes in the worksheet"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-unfreeze-member(1)),
 * columns too; freezeRows "Freeze[s] the top row or rows of the worksheet in place": taken, as Excel's Freeze Top
 * Row does, to replace the panes there were, so the columns are no longer frozen (not said there; TierLadder
 * freezes only its own new sheets, which have no frozen columns).
 */
export class FakeFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}
  freezeRows(count = 1): void {
    this.sheet.act("freezeRows", 8, (s) => {
      this.sheet.need("ExcelApi", "1.7", "Worksheet.freezePanes");
      checkUnprotected(s, "WorksheetFreezePanes.freezeRows");
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  unfreeze(): void {
    this.sheet.act("unfreeze", 0, (s) => {
      checkUnprotected(s, "WorksheetFreezePanes.unfreeze");
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}
