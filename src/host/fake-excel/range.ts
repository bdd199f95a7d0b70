/* eslint-disable @typescript-eslint/no-explicit-any -- values, formulas and number formats mirror Office.js's any[][]. */
import { type Rect, intersect, parseAddress, rectAddress } from "../../engine/cells";
import type { XlRange } from "../excel";
import { FakeConditionalFormats } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { FakeObject, jsonBytes } from "./fake-object";
import { checkRangeRead } from "./limits";
import { FakeOfficeError } from "./office-error";
import { checkAllowed, checkCellsEditable } from "./protected-writes";
import { FakeRangeFormat } from "./range-format";
import { type RangeTarget, checkRect, rangeWhere, shapeOf } from "./range-target";
import type { Prim } from "./state";
import { checkClear, writeCells } from "./table-growth";
import type { FakeTableScoped } from "./table-scoped";
import type { FakeWorksheet } from "./worksheet";

/** Excel.Range: a rectangle of one sheet. */
export class FakeRange extends FakeObject<RangeTarget> implements XlRange {
  private formatMember?: FakeRangeFormat;
  private validation?: FakeDataValidation;
  private condFormats?: FakeConditionalFormats;
  get format(): FakeRangeFormat {
    return (this.formatMember ??= new FakeRangeFormat(this));
  }
  get dataValidation(): FakeDataValidation {
    return (this.validation ??= new FakeDataValidation(this));
  }
  get conditionalFormats(): FakeConditionalFormats {
    return (this.condFormats ??= new FakeConditionalFormats(this));
  }
  protected describe() {
    return this.target ? `Range ${rectAddress(this.target.rect, this.target.sheet.name)}` : "Range";
  }
  protected scalarNames() {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "numberFormat",
      "rowHidden",
    ];
  }
  protected prop(name: string, t: RangeTarget) {
    const { sheet, rect } = t;
    const st = this.ctx.state;
    switch (name) {
      case "address":
        return rectAddress(rect, sheet.name);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "values":
        return this.grid(rect, (r, c) => st.get(sheet, r, c) ?? "");
      case "formulas":
        return this.grid(rect, (r, c) => st.formulaOrValue(sheet, r, c));
      case "numberFormat":
        return this.grid(rect, (r, c) => st.format(sheet, r, c));
      case "rowHidden": {
        let hidden = 0;
        for (const r of sheet.hiddenRows) if (r >= rect.row && r < rect.row + rect.rowCount) hidden++;
        return hidden === 0 ? false : hidden === rect.rowCount ? true : null;
      }
      default:
        return undefined;
    }
  }
  private grid(rect: Rect, cell: (r: number, c: number) => Prim): Prim[][] {
    checkRangeRead(rect.rowCount, rect.columnCount, rectAddress(rect, this.target?.sheet.name));
    const out: Prim[][] = new Array(rect.rowCount);
    for (let i = 0; i < rect.rowCount; i++) {
      const row: Prim[] = new Array(rect.columnCount);
      for (let j = 0; j < rect.columnCount; j++) row[j] = cell(rect.row + i, rect.column + j);
      out[i] = row;
    }
    return out;
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(v: any[][]) {
    this.act("range.values", jsonBytes(v), (t) => this.writeCells(t, shapeOf(v, t.rect, "values")), rangeWhere);
  }
  /** Range.formulas (ExcelApi 1.1): writing stores each cell as typed, like values. */
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(v: any[][]) {
    this.act("range.formulas", jsonBytes(v), (t) => this.writeCells(t, shapeOf(v, t.rect, "formulas")), rangeWhere);
  }
  /** Stores typed cells, then lets tables next to them grow as Excel's AutoCorrect does (table-growth.ts). */
  private writeCells(t: RangeTarget, rows: unknown[][]): void {
    const st = this.ctx.state;
    checkCellsEditable(st, t.sheet, t.rect, "Range.values");
    writeCells(st, t.sheet, t.rect, () => {
      for (let i = 0; i < rows.length; i++)
        for (let j = 0; j < rows[i].length; j++) st.setTyped(t.sheet, t.rect.row + i, t.rect.column + j, rows[i][j]);
    });
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.act(
      "range.numberFormat",
      jsonBytes(v),
      (t) => {
        const rows = shapeOf(v, t.rect, "numberFormat");
        checkAllowed(this.ctx.state, t.sheet, {
          option: "allowFormatCells",
          where: "Range.numberFormat",
          cells: t.rect,
        });
        for (let i = 0; i < rows.length; i++)
          for (let j = 0; j < rows[i].length; j++) {
            const f = rows[i][j];
            if (f === null || f === undefined) continue;
            if (typeof f !== "string")
              throw new FakeOfficeError("InvalidArgument", "A number format must be a string.");
            this.ctx.state.setFormat(t.sheet, t.rect.row + i, t.rect.column + j, f);
          }
      },
      rangeWhere,
    );
  }
  get worksheet(): FakeWorksheet {
    return new this.ctx.classes.Worksheet(this.ctx, () => this.bound().sheet);
  }
  private child(rect: (t: RangeTarget) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.bound();
        const r = rect(t);
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      { nullable },
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.child((t) => {
      const r = { row: t.rect.row + row, column: t.rect.column + column, rowCount: 1, columnCount: 1 };
      checkRect(r);
      return r;
    });
  }
  getRow(row: number): FakeRange {
    return this.child((t) => {
      if (row < 0 || row >= t.rect.rowCount)
        throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside the range.`);
      return { ...t.rect, row: t.rect.row + row, rowCount: 1 };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.child((t) => {
      this.need("ExcelApi", "1.4", "Range.getUsedRangeOrNullObject");
      return this.ctx.state.usedRect(t.sheet, t.rect, !valuesOnly) ?? null;
    }, true);
  }
  getIntersectionOrNullObject(another: unknown): FakeRange {
    return this.child((t) => {
      this.need("ExcelApi", "1.4", "Range.getIntersectionOrNullObject");
      let other: Rect;
      if (another instanceof FakeRange) {
        const o = another.bound();
        if (o.sheet !== t.sheet)
          throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
        other = o.rect;
      } else if (typeof another === "string" && parseAddress(another)) other = parseAddress(another)!.rect;
      else throw new FakeOfficeError("InvalidArgument", "getIntersectionOrNullObject takes a Range or an address.");
      return intersect(t.rect, other) ?? null;
    }, true);
  }
  /**
   * The smallest range that encompasses both (ExcelApi 1.1). Office.js itself calls it to split a large
   * values/formulas/numberFormat write into blocks of 1,500 cells.
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getboundingrect-member(1)
   */
  getBoundingRect(another: unknown): FakeRange {
    return this.child((t) => {
      if (!(another instanceof FakeRange))
        throw new FakeOfficeError(
          "NotImplemented",
          "The fake Excel takes a Range (not an address) in getBoundingRect.",
        );
      const o = another.bound();
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
      const row = Math.min(t.rect.row, o.rect.row),
        column = Math.min(t.rect.column, o.rect.column);
      return {
        row,
        column,
        rowCount: Math.max(t.rect.row + t.rect.rowCount, o.rect.row + o.rect.rowCount) - row,
        columnCount: Math.max(t.rect.column + t.rect.columnCount, o.rect.column + o.rect.columnCount) - column,
      };
    });
  }
  getTables(fullyContained = false): FakeTableScoped {
    return new this.ctx.classes.TableScoped(this.ctx, () => {
      this.need("ExcelApi", "1.9", "Range.getTables");
      const t = this.bound();
      return this.ctx.state.tables.filter(
        (tb) =>
          tb.sheet === t.sheet &&
          (fullyContained
            ? intersect(tb.rect, t.rect)?.rowCount === tb.rect.rowCount &&
              intersect(tb.rect, t.rect)?.columnCount === tb.rect.columnCount
            : intersect(tb.rect, t.rect)),
      );
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" = "All"): void {
    this.act(
      "range.clear",
      8,
      (t) => {
        if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") return;
        if (applyTo !== "Formats") checkCellsEditable(this.ctx.state, t.sheet, t.rect, "Range.clear");
        if (applyTo !== "Contents")
          checkAllowed(this.ctx.state, t.sheet, { option: "allowFormatCells", where: "Range.clear", cells: t.rect });
        checkClear(this.ctx.state, t.sheet, t.rect, applyTo !== "Formats");
        this.ctx.state.clear(t.sheet, t.rect, applyTo);
      },
      rangeWhere,
    );
  }
  select(): void {
    this.act("range.select", 0, (t) => {
      this.ctx.state.selection = { sheet: t.sheet, areas: [t.rect] };
      this.ctx.state.activeSheet = t.sheet;
    });
  }
}
