import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../../engine/cells";
import type { XlWorksheet } from "../excel";
import type { FakeChartCollection } from "./chart-collection";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeFreezePanes } from "./freeze-panes";
import { FakeOfficeError } from "./office-error";
import { FakePageLayout } from "./page-layout";
import type { FakeRange } from "./range";
import { checkRect } from "./range-target";
import type { SheetState } from "./state";
import type { FakeTableCollection } from "./table-collection";
import { FakeWorksheetProtection } from "./worksheet-protection";
import { checkStructureUnlocked } from "./workbook-protection-state";

/** Excel.Worksheet. */
export class FakeWorksheet extends FakeObject<SheetState> implements XlWorksheet {
  private freeze?: FakeFreezePanes;
  private tableList?: FakeTableCollection;
  private chartList?: FakeChartCollection;
  private layout?: FakePageLayout;
  private protectionMember?: FakeWorksheetProtection;
  get freezePanes(): FakeFreezePanes {
    return (this.freeze ??= new FakeFreezePanes(this));
  }
  get tables(): FakeTableCollection {
    return (this.tableList ??= this.ctx.classes.TableCollection.of(this.ctx, this));
  }
  get charts(): FakeChartCollection {
    return (this.chartList ??= this.ctx.classes.ChartCollection.of(this.ctx, this));
  }
  get pageLayout(): FakePageLayout {
    return (this.layout ??= new FakePageLayout(this.ctx, () => this.bound()));
  }
  /** Worksheet.protection (ExcelApi 1.2): worksheet-protection.ts. */
  get protection(): FakeWorksheetProtection {
    return (this.protectionMember ??= new FakeWorksheetProtection(this.ctx, () => this.bound()));
  }
  /** Items of a loaded collection are bound at once. */
  preload(names: string[], s: SheetState): void {
    this.target = s;
    this.loaded.set("isNullObject", false);
    for (const n of names) this.loaded.set(n, this.loadOne(n, s));
  }
  copyLoaded(other: FakeWorksheet): void {
    for (const [k, v] of other.loaded) if (!this.loaded.has(k)) this.loaded.set(k, v);
  }
  protected describe() {
    return `Worksheet ${this.target ? this.target.name : ""}`.trim();
  }
  protected scalarNames() {
    return ["name", "id", "position", "visibility"];
  }
  protected prop(name: string, s: SheetState) {
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "position") return this.ctx.state.sheets.indexOf(s);
    if (name === "visibility") return s.visibility; // an opened file's hidden sheets stay hidden (sheet-visibility.ts)
    return undefined;
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): SheetState["visibility"] {
    return this.read("visibility");
  }
  set name(value: string) {
    this.act(
      "worksheet.name",
      jsonBytes(value),
      (s) => {
        checkStructureUnlocked(this.ctx.state, "Worksheet.name");
        this.ctx.state.renameSheet(s, value);
      },
      () => ({ sheet: value }),
    );
    this.loaded.set("name", value);
  }
  getRange(address?: string): FakeRange {
    return new this.ctx.classes.Range(
      this.ctx,
      () => {
        const s = this.bound();
        if (address === undefined)
          return { sheet: s, rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
        const parsed = parseAddress(address);
        if (!parsed || (parsed.sheet && this.ctx.state.sheet(parsed.sheet) !== s))
          throw new FakeOfficeError("InvalidArgument", `"${address}" is not a valid address on ${s.name}.`);
        return { sheet: s, rect: parsed.rect };
      },
      { bytes: jsonBytes(address) },
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new this.ctx.classes.Range(
      this.ctx,
      () => {
        this.need("ExcelApi", "1.7", "Worksheet.getRangeByIndexes"); // [Api set: ExcelApi 1.7] in @types/office-js
        const rect = { row: startRow, column: startColumn, rowCount, columnCount };
        checkRect(rect);
        return { sheet: this.bound(), rect };
      },
      { bytes: 32 },
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new this.ctx.classes.Range(
      this.ctx,
      () => {
        const s = this.bound();
        return {
          sheet: s,
          rect: this.ctx.state.usedRect(s, undefined, !valuesOnly) ?? {
            row: 0,
            column: 0,
            rowCount: 1,
            columnCount: 1,
          },
        };
      },
      { bytes: jsonBytes(valuesOnly) },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new this.ctx.classes.Range(
      this.ctx,
      () => {
        const s = this.bound();
        this.need("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
        const used = this.ctx.state.usedRect(s, undefined, !valuesOnly);
        return used ? { sheet: s, rect: used } : null;
      },
      { nullable: true, bytes: jsonBytes(valuesOnly) },
    );
  }
  activate(): void {
    this.act("worksheet.activate", 0, (s) => {
      this.ctx.state.activeSheet = s;
    });
  }
  delete(): void {
    this.act(
      "worksheet.delete",
      0,
      (s) => {
        checkStructureUnlocked(this.ctx.state, "Worksheet.delete");
        this.ctx.state.deleteSheet(s);
      },
      (s) => ({ sheet: s.name }),
    );
  }
}
