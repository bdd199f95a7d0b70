import type { FakeWorksheet } from "./worksheet";

/** Worksheet.freezePanes (ExcelApi 1.7): only frozen top rows. */
export class FakeFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}
  freezeRows(count = 1): void {
    this.sheet.act("freezeRows", 8, (s) => {
      this.sheet.need("ExcelApi", "1.7", "Worksheet.freezePanes");
      s.frozenRows = count;
    });
  }
  unfreeze(): void {
    this.sheet.act("unfreeze", 0, (s) => {
      s.frozenRows = 0;
    });
  }
}
