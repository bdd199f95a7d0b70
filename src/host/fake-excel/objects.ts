/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- the proxies mirror Office.js signatures that take loosely typed arguments, and capture themselves in getters of queued child objects. */
/* The proxy objects of the fake Excel: each mirrors the Office.js class of the same name (see
 * src/host/excel/xl-types.ts) with its load/sync semantics. Methods and setters only queue operations;
 * context.sync() runs them in order; properties can be read only after load() and a sync. */
import { type Rect, MAX_COLUMNS, MAX_ROWS, intersect, parseAddress, rectAddress } from "../excel/a1";
import type {
  XlApplication, XlChart, XlCustomXmlPartCollection, XlChartCollection, XlChartSeries, XlChartSeriesCollection, XlConditionalFormat, XlContext, XlDataValidation,
  XlRange, XlRangeAreas, XlRangeFormat, XlSetting, XlSettingCollection, XlTable, XlTableCollection, XlTableScopedCollection,
  XlWorkbook, XlWorksheet, XlWorksheetCollection,
} from "../excel/xl-types";
import { utf8Length } from "../excel/utf8-length";
import { type ActionInfo, FakeQueue, OP_BYTES } from "./context";
import { type ChartMember, unsupportedChartMember } from "./chart-support";
import { checkRangeRead, checkSettingsSize } from "./limits";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";
import { FakeChartDataLabels, FakePageLayout, fakeChartAxes } from "./page-layout";
import type { ChartState, CondFormatRecord, Prim, SeriesState, SheetState, TableState, WorkbookState } from "./state";
import { columnIds, columnOffsetById, removeColumnId } from "./table-columns";
import { checkClear, fillCalculated, writeCells } from "./table-growth";
import { undocumented } from "./undocumented";

class NullParent extends Error {}

// Request size in UTF-8 bytes, as Excel on the web measures its 5 MB limit.
const jsonBytes = (v: unknown) => (v === undefined ? 0 : utf8Length(JSON.stringify(v)));

function loadNames(names: unknown): string[] | undefined {
  if (names === undefined) return undefined;
  if (typeof names === "string") return names.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(names)) return names.flatMap((n) => loadNames(n) ?? []);
  if (typeof names === "object" && names && "select" in names) return loadNames((names as { select?: string }).select);
  throw new FakeOfficeError("InvalidArgument", "load() takes property names (a string, an array or { select }).");
}

/** Base of every proxy: binding to the workbook object at sync time, loading, and actions. */
export abstract class FakeObject<T> {
  protected target: T | null | undefined;
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: FakeContext,
    resolve: (() => T | null) | null,
    readonly nullable = false,
    action?: ActionInfo,
    bytes = OP_BYTES,
  ) {
    // resolve = null: the caller binds the object itself (items of a loaded collection).
    if (resolve) ctx.queue.push({
      bytes,
      info: action,
      run: () => {
        try {
          this.target = resolve();
        } catch (e) {
          if (!(e instanceof NullParent)) throw e;
          this.target = null;
        }
        if (this.target === null && !nullable) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${this.describe()}).`);
        this.loaded.set("isNullObject", this.target === null);
        return 0;
      },
    });
  }

  protected abstract describe(): string;
  /** Value of a loadable scalar property, or undefined when the name is not one. */
  protected abstract prop(name: string, target: T): unknown;
  protected abstract scalarNames(): string[];

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** The bound workbook object; a child of a null object is null (for *OrNullObject chains) or an error. */
  bound(): T {
    if (this.target === undefined) throw new FakeOfficeError("InvalidObjectPath", `${this.describe()} was used before it was created.`);
    if (this.target === null) throw new NullParent();
    return this.target;
  }

  protected act(kind: string, bytes: number, run: (t: T) => void, where?: (t: T) => { sheet?: string; address?: string }): void {
    const info: { kind: string; sheet?: string; address?: string } = { kind };
    this.ctx.queue.push({
      bytes: OP_BYTES + bytes,
      info,
      run: () => {
        let t: T;
        try {
          t = this.bound();
        } catch (e) {
          if (e instanceof NullParent) throw new FakeOfficeError("ItemNotFound", `${kind} on a null object (${this.describe()}).`);
          throw e;
        }
        Object.assign(info, where?.(t));
        run(t);
        return 0;
      },
    });
  }

  protected need(set: string, version: string, what: string): void {
    if (!this.ctx.runtime.supports(set, version)) throw new FakeOfficeError("ApiNotFound", `${what} needs ${set} ${version}, which this (fake) Excel does not support.`);
  }

  load(names?: unknown): this {
    const list = loadNames(names) ?? this.scalarNames();
    this.ctx.queue.push({
      bytes: OP_BYTES + jsonBytes(list),
      run: (commits) => {
        const t = this.target;
        if (t === undefined) throw new FakeOfficeError("InvalidObjectPath", `${this.describe()} was loaded before it was created.`);
        if (t === null) return 0; // a null object loads nothing; isNullObject says so
        let bytes = 0;
        const got: [string, unknown][] = [];
        for (const name of list) {
          const value = this.loadOne(name, t);
          bytes += name.length + jsonBytes(this.wire(value));
          got.push([name.split("/")[0], value]);
        }
        commits.push(() => got.forEach(([n, v]) => this.loaded.set(n, v)));
        return bytes;
      },
    });
    return this;
  }

  /** What travels in the response for a loaded value (collections: their items' loaded properties). */
  protected wire(value: unknown): unknown {
    return Array.isArray(value) && value[0] instanceof FakeObject ? value.map((x: FakeObject<unknown>) => Object.fromEntries(x.loaded)) : value;
  }

  protected loadOne(name: string, t: T): unknown {
    const value = this.prop(name, t);
    if (value === undefined) throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot load "${name}" on ${this.describe()}.`);
    return value;
  }
}

/** The request context of one fake Excel.run batch. */
export class FakeContext implements XlContext {
  readonly queue: FakeQueue;
  readonly workbook: FakeWorkbook;
  readonly application: XlApplication;
  constructor(readonly runtime: FakeQueue["runtime"]) {
    this.queue = new FakeQueue(runtime);
    this.workbook = new FakeWorkbook(this);
    const ctx = this;
    this.application = {
      suspendApiCalculationUntilNextSync() {
        ctx.queue.push({
          bytes: OP_BYTES,
          run: () => {
            if (!ctx.runtime.supports("ExcelApi", "1.6")) throw new FakeOfficeError("ApiNotFound", "suspendApiCalculationUntilNextSync needs ExcelApi 1.6.");
            ctx.runtime.stats.suspendCalculationCalls++;
            return 0;
          },
        });
      },
    };
  }
  get state(): WorkbookState {
    return this.runtime.state;
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
}

/** Parts of the workbook defined in their own files, which register here (no import cycle): custom-xml-parts.ts. */
export const workbookParts: { customXmlParts?: (ctx: FakeContext) => XlCustomXmlPartCollection } = {};

export class FakeWorkbook implements XlWorkbook {
  private xmlParts?: XlCustomXmlPartCollection;
  private settingList?: FakeSettingCollection;
  private sheets?: FakeWorksheetCollection;
  private tableList?: FakeTableCollection;
  constructor(readonly ctx: FakeContext) {}
  get settings(): FakeSettingCollection {
    return (this.settingList ??= new FakeSettingCollection(this.ctx));
  }
  get worksheets(): FakeWorksheetCollection {
    return (this.sheets ??= new FakeWorksheetCollection(this.ctx));
  }
  get customXmlParts(): XlCustomXmlPartCollection {
    if (!workbookParts.customXmlParts) throw new Error("custom-xml-parts.ts was not loaded (create-fake-excel.ts imports it).");
    return (this.xmlParts ??= workbookParts.customXmlParts(this.ctx));
  }
  get tables(): FakeTableCollection {
    return (this.tableList ??= new FakeTableCollection(this.ctx, undefined));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.state.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      // A selected chart: InvalidSelection "by design" (https://github.com/OfficeDev/office-js/issues/2268);
      // a shape or picture likewise fails (https://github.com/OfficeDev/office-js/issues/8).
      if (sel.object) throw new FakeOfficeError("InvalidSelection", `The current selection is invalid for this operation (a ${sel.object.kind} is selected).`, "Workbook.getSelectedRange");
      // Several areas: "this method will throw an error" (Workbook.getSelectedRange reference); the code is
      // InvalidSelection (https://github.com/OfficeDev/office-js-docs-pr/issues/2477).
      if (sel.areas.length !== 1) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation (it has several areas).", "Workbook.getSelectedRange");
      return { sheet: sel.sheet, rect: sel.areas[0] };
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx);
  }
}

type RangeTarget = { sheet: SheetState; rect: Rect };

class FakeRangeAreas extends FakeObject<RangeTarget[]> implements XlRangeAreas {
  constructor(ctx: FakeContext) {
    super(ctx, () => {
      if (!ctx.runtime.supports("ExcelApi", "1.9")) throw new FakeOfficeError("ApiNotFound", "getSelectedRanges needs ExcelApi 1.9.");
      const sel = ctx.state.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      // office-js#2268 reports getSelectedRanges failing too when a chart is selected, without its code.
      if (sel.object) throw undocumented(`getSelectedRanges while a ${sel.object.kind} is selected (reported to fail, office-js#2268, with no error code given)`);
      return sel.areas.map((rect) => ({ sheet: sel.sheet, rect }));
    });
  }
  protected describe() { return "RangeAreas"; }
  protected scalarNames() { return ["address", "areaCount"]; }
  protected prop(name: string, t: RangeTarget[]) {
    if (name === "address") return t.map((a) => rectAddress(a.rect, a.sheet.name)).join(",");
    if (name === "areaCount") return t.length;
    return undefined;
  }
  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }
}

export class FakeWorksheetCollection extends FakeObject<WorkbookState> implements XlWorksheetCollection {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected describe() { return "WorksheetCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, state: WorkbookState) {
    const m = /^items(?:\/(.+))?$/.exec(name);
    if (!m) return undefined;
    return state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, null);
      ws.preload(m[1] ? [m[1]] : ["name", "id"], s);
      return ws;
    });
  }
  protected override loadOne(name: string, t: WorkbookState): unknown {
    const v = this.prop(name, t);
    if (v === undefined) throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot load "${name}" on WorksheetCollection.`);
    // "items/name, items/id" in one load: each path loads its property into the same items.
    const prop = /^items\/(.+)$/.exec(name)?.[1];
    const pending = (this.pendingItems ??= v as FakeWorksheet[]);
    if (prop) pending.forEach((w, i) => w.copyLoaded((v as FakeWorksheet[])[i]));
    queueMicrotask(() => { this.pendingItems = undefined; });
    return pending;
  }
  private pendingItems?: FakeWorksheet[];
  get items(): FakeWorksheet[] { return this.read("items"); }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheet(key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The worksheet "${key}" doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key) ?? null, true);
  }
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.addSheet(name), false, { kind: "worksheets.add", sheet: name });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.activeSheet ?? null);
  }
}

export class FakeWorksheet extends FakeObject<SheetState> implements XlWorksheet {
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  private tableList?: FakeTableCollection;
  constructor(ctx: FakeContext, resolve: (() => SheetState | null) | null, nullable = false, action?: ActionInfo) {
    super(ctx, resolve, nullable, action, OP_BYTES + jsonBytes(action?.sheet));
    const self = this;
    this.freezePanes = {
      freezeRows(count = 1) { self.act("freezeRows", 8, (s) => { self.need("ExcelApi", "1.7", "Worksheet.freezePanes"); s.frozenRows = count; }); },
      unfreeze() { self.act("unfreeze", 0, (s) => { s.frozenRows = 0; }); },
    };
  }
  get tables(): FakeTableCollection {
    return (this.tableList ??= new FakeTableCollection(this.ctx, this));
  }
  get charts(): FakeChartCollection {
    return (this.chartList ??= new FakeChartCollection(this.ctx, this));
  }
  get pageLayout(): FakePageLayout { return (this.layout ??= new FakePageLayout(this.ctx, () => this.bound())); }
  private layout?: FakePageLayout;
  private chartList?: FakeChartCollection;
  /** Items of a loaded collection are bound at once. */
  preload(names: string[], s: SheetState): void {
    this.target = s;
    this.loaded.set("isNullObject", false);
    for (const n of names) this.loaded.set(n, this.loadOne(n, s));
  }
  copyLoaded(other: FakeWorksheet): void {
    for (const [k, v] of other.loaded) if (!this.loaded.has(k)) this.loaded.set(k, v);
  }
  loadedSnapshot(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
  protected describe() { return `Worksheet ${this.target ? this.target.name : ""}`.trim(); }
  protected scalarNames() { return ["name", "id", "position", "visibility"]; }
  protected prop(name: string, s: SheetState) {
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "position") return this.ctx.state.sheets.indexOf(s);
    if (name === "visibility") return "Visible";
    return undefined;
  }
  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(value: string) {
    this.act("worksheet.name", jsonBytes(value), (s) => this.ctx.state.renameSheet(s, value), () => ({ sheet: value }));
    this.loaded.set("name", value);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.bound();
      if (address === undefined) return { sheet: s, rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheet && this.ctx.state.sheet(parsed.sheet) !== s)) throw new FakeOfficeError("InvalidArgument", `"${address}" is not a valid address on ${s.name}.`);
      return { sheet: s, rect: parsed.rect };
    }, false, jsonBytes(address));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.need("ExcelApi", "1.7", "Worksheet.getRangeByIndexes"); // [Api set: ExcelApi 1.7] in @types/office-js
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      checkRect(rect);
      return { sheet: this.bound(), rect };
    }, false, 32);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.bound();
      return { sheet: s, rect: this.ctx.state.usedRect(s, undefined, !valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }, false, jsonBytes(valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.bound();
      this.need("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
      const used = this.ctx.state.usedRect(s, undefined, !valuesOnly);
      return used ? { sheet: s, rect: used } : null;
    }, true, jsonBytes(valuesOnly));
  }
  activate(): void {
    this.act("worksheet.activate", 0, (s) => { this.ctx.state.activeSheet = s; });
  }
  delete(): void {
    this.act("worksheet.delete", 0, (s) => this.ctx.state.deleteSheet(s), (s) => ({ sheet: s.name }));
  }
}

function checkRect(rect: Rect): void {
  if (rect.row < 0 || rect.column < 0 || rect.rowCount < 1 || rect.columnCount < 1 || rect.row + rect.rowCount > MAX_ROWS || rect.column + rect.columnCount > MAX_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", `The range (row ${rect.row}, column ${rect.column}, ${rect.rowCount}×${rect.columnCount}) is outside the worksheet.`);
  }
}

function shapeOf(values: unknown, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(values) || values.length !== rect.rowCount || values.some((r) => !Array.isArray(r) || r.length !== rect.columnCount)) {
    throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rect.rowCount}×${rect.columnCount} expected).`);
  }
  return values as unknown[][];
}

export class FakeRange extends FakeObject<RangeTarget> implements XlRange {
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: { add(type: "CellValue"): XlConditionalFormat; clearAll(): void };
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null, nullable = false, bytes = 0) {
    super(ctx, resolve, nullable, undefined, OP_BYTES + bytes);
    const self = this;
    const where = (t: RangeTarget) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) });
    const style = (kind: string, patch: { bold?: boolean; fill?: string | null }) =>
      self.act(kind, jsonBytes(patch), (t) => t.sheet.styles.push({ rect: t.rect, ...patch }), where);
    this.format = {
      font: {
        set bold(v: boolean) { style("format.font.bold", { bold: v }); },
        get bold(): boolean { throw propertyNotLoaded("format/font/bold"); },
        set color(_v: string) { /* font colour is not kept by the fake */ },
        get color(): string { throw propertyNotLoaded("format/font/color"); },
      },
      fill: {
        set color(v: string) { style("format.fill.color", { fill: v }); },
        get color(): string { throw propertyNotLoaded("format/fill/color"); },
        clear() { style("format.fill.clear", { fill: null }); },
      },
      set columnWidth(w: number) {
        self.act("format.columnWidth", 8, (t) => { for (let c = 0; c < t.rect.columnCount; c++) t.sheet.columnWidths.set(t.rect.column + c, w); });
      },
      get columnWidth(): number { throw propertyNotLoaded("format/columnWidth"); },
      autofitColumns() {
        self.act("format.autofitColumns", 0, (t) => {
          for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
            let longest = 0;
            const end = Math.min(t.rect.row + t.rect.rowCount, t.sheet.values.length);
            for (let r = t.rect.row; r < end; r++) longest = Math.max(longest, String(t.sheet.values[r]?.[c] ?? "").length);
            t.sheet.columnWidths.set(c, Math.max(8.43, longest + 2) * 7); // ~7 points per character of Calibri 11
          }
        });
      },
    };
    let rule: { list?: { inCellDropDown: boolean; source: unknown } } = {};
    this.dataValidation = {
      get rule() { return rule; },
      set rule(v) {
        rule = v;
        self.act("dataValidation.rule", jsonBytes(v), (t) => {
          self.need("ExcelApi", "1.8", "Range.dataValidation");
          if (!v.list || typeof v.list.source !== "string") throw new FakeOfficeError("InvalidArgument", "The fake Excel supports list validations with a comma-separated source only.");
          t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
          t.sheet.validations.push({ rect: t.rect, list: v.list.source.split(",") });
        }, where);
      },
      clear() {
        self.act("dataValidation.clear", 0, (t) => {
          self.need("ExcelApi", "1.8", "Range.dataValidation");
          t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
        });
      },
    };
    this.conditionalFormats = {
      add(type: "CellValue"): XlConditionalFormat {
        const record: CondFormatRecord = { rect: { row: 0, column: 0, rowCount: 0, columnCount: 0 }, operator: "", formula1: "" };
        self.act("conditionalFormats.add", jsonBytes(type), (t) => {
          self.need("ExcelApi", "1.6", "Range.conditionalFormats");
          if (type !== "CellValue") throw new FakeOfficeError("InvalidArgument", `The fake Excel supports CellValue conditional formats only, not ${type}.`);
          record.rect = t.rect;
          t.sheet.condFormats.push(record);
        }, where);
        const cfRule = { formula1: "", operator: "" as unknown };
        return {
          cellValue: {
            format: {
              fill: {
                set color(v: string) { self.act("conditionalFormat.fill", jsonBytes(v), () => { record.fill = v; }); },
                get color(): string { throw propertyNotLoaded("cellValue/format/fill/color"); },
              },
            },
            get rule() { return cfRule as { formula1: string; operator: unknown }; },
            set rule(v: { formula1: string; formula2?: string; operator: unknown }) {
              self.act("conditionalFormat.rule", jsonBytes(v), () => { record.formula1 = v.formula1; record.operator = String(v.operator); });
            },
          },
        };
      },
      clearAll() {
        self.act("conditionalFormats.clearAll", 0, (t) => {
          self.need("ExcelApi", "1.6", "Range.conditionalFormats");
          t.sheet.condFormats = t.sheet.condFormats.filter((f) => !intersect(f.rect, t.rect));
        });
      },
    };
  }
  protected describe() { return this.target ? `Range ${rectAddress(this.target.rect, this.target.sheet.name)}` : "Range"; }
  protected scalarNames() { return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat", "rowHidden"]; }
  protected prop(name: string, t: RangeTarget) {
    const { sheet, rect } = t;
    const st = this.ctx.state;
    switch (name) {
      case "address": return rectAddress(rect, sheet.name);
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.column;
      case "rowCount": return rect.rowCount;
      case "columnCount": return rect.columnCount;
      case "values": return this.grid(rect, (r, c) => st.get(sheet, r, c) ?? "");
      case "formulas": return this.grid(rect, (r, c) => st.formulaOrValue(sheet, r, c));
      case "numberFormat": return this.grid(rect, (r, c) => st.format(sheet, r, c));
      case "rowHidden": {
        let hidden = 0;
        for (const r of sheet.hiddenRows) if (r >= rect.row && r < rect.row + rect.rowCount) hidden++;
        return hidden === 0 ? false : hidden === rect.rowCount ? true : null;
      }
      default: return undefined;
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
  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowHidden(): boolean { return this.read("rowHidden"); }
  get values(): any[][] { return this.read("values"); }
  set values(v: any[][]) {
    this.act("range.values", jsonBytes(v), (t) => this.writeCells(t, shapeOf(v, t.rect, "values")), (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
  }
  /** Range.formulas (ExcelApi 1.1): writing stores each cell as typed, like values. */
  get formulas(): any[][] { return this.read("formulas"); }
  set formulas(v: any[][]) {
    this.act("range.formulas", jsonBytes(v), (t) => this.writeCells(t, shapeOf(v, t.rect, "formulas")), (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
  }
  /** Stores typed cells, then lets tables next to them grow as Excel's AutoCorrect does (table-growth.ts). */
  private writeCells(t: RangeTarget, rows: unknown[][]): void {
    const st = this.ctx.state;
    writeCells(st, t.sheet, t.rect, () => {
      for (let i = 0; i < rows.length; i++) for (let j = 0; j < rows[i].length; j++) st.setTyped(t.sheet, t.rect.row + i, t.rect.column + j, rows[i][j]);
    });
  }
  get numberFormat(): any[][] { return this.read("numberFormat"); }
  set numberFormat(v: any[][]) {
    this.act("range.numberFormat", jsonBytes(v), (t) => {
      const rows = shapeOf(v, t.rect, "numberFormat");
      for (let i = 0; i < rows.length; i++) for (let j = 0; j < rows[i].length; j++) {
        const f = rows[i][j];
        if (f === null || f === undefined) continue;
        if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "A number format must be a string.");
        this.ctx.state.setFormat(t.sheet, t.rect.row + i, t.rect.column + j, f);
      }
    }, (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.bound().sheet);
  }
  private child(rect: (t: RangeTarget) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.bound();
      const r = rect(t);
      return r ? { sheet: t.sheet, rect: r } : null;
    }, nullable);
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
      if (row < 0 || row >= t.rect.rowCount) throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside the range.`);
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
        if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
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
      if (!(another instanceof FakeRange)) throw new FakeOfficeError("NotImplemented", "The fake Excel takes a Range (not an address) in getBoundingRect.");
      const o = another.bound();
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
      const row = Math.min(t.rect.row, o.rect.row), column = Math.min(t.rect.column, o.rect.column);
      return {
        row, column,
        rowCount: Math.max(t.rect.row + t.rect.rowCount, o.rect.row + o.rect.rowCount) - row,
        columnCount: Math.max(t.rect.column + t.rect.columnCount, o.rect.column + o.rect.columnCount) - column,
      };
    });
  }
  getTables(fullyContained = false): FakeTableScoped {
    return new FakeTableScoped(this.ctx, () => {
      this.need("ExcelApi", "1.9", "Range.getTables");
      const t = this.bound();
      return this.ctx.state.tables.filter((tb) => tb.sheet === t.sheet && (fullyContained
        ? intersect(tb.rect, t.rect)?.rowCount === tb.rect.rowCount && intersect(tb.rect, t.rect)?.columnCount === tb.rect.columnCount
        : intersect(tb.rect, t.rect)));
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" = "All"): void {
    this.act("range.clear", 8, (t) => {
      if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") return;
      checkClear(this.ctx.state, t.sheet, t.rect, applyTo !== "Formats");
      this.ctx.state.clear(t.sheet, t.rect, applyTo);
    }, (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
  }
  select(): void {
    this.act("range.select", 0, (t) => {
      this.ctx.state.selection = { sheet: t.sheet, areas: [t.rect] };
      this.ctx.state.activeSheet = t.sheet;
    });
  }
}

class FakeTableScoped extends FakeObject<TableState[]> implements XlTableScopedCollection {
  protected describe() { return "TableScopedCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, tables: TableState[]) {
    if (!/^items(\/name)?$/.test(name)) return undefined;
    return tables.map((tb) => FakeTable.bound(this.ctx, tb));
  }
  get items(): FakeTable[] {
    return this.read("items");
  }
}

export class FakeTableCollection extends FakeObject<TableState[]> implements XlTableCollection {
  constructor(ctx: FakeContext, private readonly sheet: FakeWorksheet | undefined) {
    super(ctx, () => (sheet ? ctx.state.tables.filter((t) => t.sheet === sheet.bound()) : ctx.state.tables));
  }
  protected describe() { return "TableCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, _t: TableState[]) {
    if (!/^items(\/(name|id))?$/.test(name)) return undefined;
    const all = this.sheet ? this.ctx.state.tables.filter((t) => t.sheet === this.sheet!.bound()) : this.ctx.state.tables;
    return all.map((tb) => FakeTable.bound(this.ctx, tb));
  }
  get items(): FakeTable[] { return this.read("items"); }
  add(address: unknown, hasHeaders: boolean): FakeTable {
    return new FakeTable(this.ctx, () => {
      const st = this.ctx.state;
      let sheet: SheetState, rect: Rect;
      if (address instanceof FakeRange) ({ sheet, rect } = address.bound());
      else if (typeof address === "string" && parseAddress(address)) {
        const p = parseAddress(address)!;
        const s = p.sheet ? st.sheet(p.sheet) : this.sheet ? this.sheet.bound() : st.activeSheet;
        if (!s) throw new FakeOfficeError("ItemNotFound", `No worksheet for the table address "${address}".`);
        sheet = s;
        rect = p.rect;
      } else throw new FakeOfficeError("InvalidArgument", "tables.add takes a Range or an address.");
      if (!hasHeaders) throw new FakeOfficeError("NotImplemented", "The fake Excel creates tables with a header row only (hasHeaders = true).");
      if (st.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      const table: TableState = { id: st.tableId(), name: st.tableName(), sheet, rect };
      uniqueHeaders(st, table);
      st.tables.push(table);
      return table;
    }, { kind: "tables.add", address: typeof address === "string" ? address : undefined }, jsonBytes(address instanceof FakeRange ? "range" : address));
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.state.table(key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `The table "${key}" doesn't exist.`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.ctx, () => this.ctx.state.table(key) ?? null, undefined, 0, true);
  }
}

/**
 * TableColumn.delete: the columns right of it in the table move one left (Excel deletes table columns as
 * cells, shifted left within the table's rows). Whether cells right of the table in those rows move too is
 * not documented: the fake refuses when there are any.
 */
function deleteTableColumn(st: WorkbookState, t: TableState, index: number): void {
  const { row, column, rowCount, columnCount } = t.rect;
  const right = column + columnCount;
  for (let r = row; r < row + rowCount; r++) {
    const cells = t.sheet.values[r];
    if (cells && cells.slice(right).some((v) => v !== undefined)) throw undocumented(`deleting a column of table ${t.name} while cells right of the table, in its rows, are not empty`);
  }
  for (let r = row; r < row + rowCount; r++) {
    for (let c = column + index; c < right - 1; c++) {
      const from = c + 1;
      if (st.isFormula(t.sheet, r, from)) st.setFormula(t.sheet, r, c, String(st.formulaOrValue(t.sheet, r, from)), st.get(t.sheet, r, from) ?? "");
      else {
        st.clear(t.sheet, { row: r, column: c, rowCount: 1, columnCount: 1 }, "Contents");
        st.setRaw(t.sheet, r, c, st.get(t.sheet, r, from));
      }
      st.setFormat(t.sheet, r, c, st.format(t.sheet, r, from));
    }
  }
  st.clear(t.sheet, { row, column: right - 1, rowCount, columnCount: 1 }, "All");
  removeColumnId(t, index);
  t.rect = { ...t.rect, columnCount: columnCount - 1 };
  if (t.calculated) {
    const moved: NonNullable<TableState["calculated"]> = new Map();
    for (const [offset, formula] of t.calculated) if (offset !== index) moved.set(offset > index ? offset - 1 : offset, formula);
    t.calculated = moved;
  }
}

/** A table's columns (TableColumnCollection) loaded with items/id or items/name. */
class FakeTableColumnList extends FakeObject<TableState> {
  protected describe() { return "TableColumnCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, t: TableState) {
    if (!/^items(\/(id|name))?$/.test(name)) return undefined;
    return columnIds(t).map((id) => FakeTableColumn.bound(this.ctx, t, id));
  }
  get items(): FakeTableColumn[] { return this.read("items"); }
}

/** A column of a table (columns.add, getItem, getItemOrNullObject), followed by its id. */
class FakeTableColumn extends FakeObject<{ table: TableState; id: number }> {
  constructor(ctx: FakeContext, resolve: (() => { table: TableState; id: number } | null) | null, nullable = false) {
    super(ctx, resolve, nullable);
  }
  private offset(t: { table: TableState; id: number }): number {
    const offset = columnOffsetById(t.table, t.id);
    if (offset < 0 || !this.ctx.state.tables.includes(t.table)) throw new FakeOfficeError("ItemNotFound", `The column ${t.id} of table ${t.table.name} no longer exists.`);
    return offset;
  }
  /** A column already bound (items of a loaded collection), with its id and name loaded. */
  static bound(ctx: FakeContext, table: TableState, id: number): FakeTableColumn {
    const c = new FakeTableColumn(ctx, null);
    c.target = { table, id };
    c.loaded.set("isNullObject", false);
    c.loaded.set("id", id);
    c.loaded.set("name", c.prop("name", c.target));
    return c;
  }
  protected describe() { return "TableColumn"; }
  protected scalarNames() { return ["id", "name", "index"]; }
  protected prop(name: string, t: { table: TableState; id: number }) {
    if (name === "id") return t.id;
    if (name === "name") return String(this.ctx.state.get(t.table.sheet, t.table.rect.row, t.table.rect.column + this.offset(t)) ?? "");
    if (name === "index") return this.offset(t);
    return undefined;
  }
  get id(): number { return this.read("id"); }
  get name(): string { return this.read("name"); }
  get index(): number { return this.read("index"); }
  /** TableColumn.delete; on a null object (getItemOrNullObject of a missing column) nothing is deleted, as before. */
  delete(): void {
    this.ctx.queue.push({
      bytes: OP_BYTES,
      info: { kind: "table.columns.delete" },
      run: () => {
        if (this.target === null) return 0;
        const t = this.bound();
        deleteTableColumn(this.ctx.state, t.table, this.offset(t));
        return 0;
      },
    });
  }
}

/** Excel makes header texts unique ("Tier", "Tier2") and fills blanks ("Column1"). */
function uniqueHeaders(st: WorkbookState, table: TableState): void {
  const seen = new Set<string>();
  for (let c = 0; c < table.rect.columnCount; c++) {
    const col = table.rect.column + c;
    let text = String(st.get(table.sheet, table.rect.row, col) ?? "");
    if (text === "") text = `Column${c + 1}`;
    let unique = text;
    for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
    seen.add(unique.toLowerCase());
    st.setRaw(table.sheet, table.rect.row, col, unique);
  }
}

export class FakeTable extends FakeObject<TableState> implements XlTable {
  private columnList?: FakeTableColumnList;
  constructor(ctx: FakeContext, resolve: (() => TableState | null) | null, action?: ActionInfo, bytes = 0, nullable = false) {
    super(ctx, resolve, nullable, action, OP_BYTES + bytes);
    Object.defineProperty(this.columns, "items", {
      get: () => {
        if (!this.columnList) throw propertyNotLoaded("columns/items");
        return this.columnList.items;
      },
    });
  }
  /** A table object already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, t: TableState): FakeTable {
    const table = new FakeTable(ctx, null);
    table.target = t;
    table.loaded.set("name", t.name);
    table.loaded.set("id", t.id ?? t.name);
    table.loaded.set("isNullObject", false);
    return table;
  }
  protected describe() { return `Table ${this.target?.name ?? ""}`.trim(); }
  protected scalarNames() { return ["name", "id", "showHeaders"]; }
  protected prop(name: string, t: TableState) {
    if (name === "name") return t.name;
    // Table.id (ExcelApi 1.1): https://learn.microsoft.com/en-us/javascript/api/excel/excel.table
    if (name === "id") return t.id ?? t.name;
    if (name === "showHeaders") return true;
    return undefined;
  }
  get name(): string { return this.read("name"); }
  get id(): string { return this.read("id"); }
  set name(v: string) {
    this.act("table.name", jsonBytes(v), (t) => {
      const other = this.ctx.state.table(v);
      if (other && other !== t) throw new FakeOfficeError("InvalidArgument", `A table named "${v}" already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeOfficeError("InvalidArgument", `"${v}" is not a valid table name.`);
      t.name = v;
    });
    this.loaded.set("name", v);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.bound().sheet);
  }
  private part(pick: (r: Rect) => Rect | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.bound();
      const rect = pick(t.rect);
      if (!rect) throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no data rows.`);
      return { sheet: t.sheet, rect };
    });
  }
  getRange(): FakeRange { return this.part((r) => r); }
  getHeaderRowRange(): FakeRange { return this.part((r) => ({ ...r, rowCount: 1 })); }
  getDataBodyRange(): FakeRange { return this.part((r) => (r.rowCount > 1 ? { ...r, row: r.row + 1, rowCount: r.rowCount - 1 } : null)); }
  readonly columns = {
    /**
     * TableColumnCollection.add: the name goes in the header cell; a name the table already has is made
     * unique, as Excel keeps table column names unique ("Tier" → "Tier2"; Excel-compatible behaviour
     * described in https://developer.mescius.com/kb/duplicate-column-headers-automatically-renamed-in-spreadjs).
     * Returns the new column, whose `name` (after load and sync) is the name Excel gave it.
     */
    add: (index?: number, values?: unknown, name?: string): FakeTableColumn => {
      let added: { table: TableState; id: number } | undefined;
      this.act("table.columns.add", jsonBytes(values) + jsonBytes(name), (t) => {
        const st = this.ctx.state;
        // -1 or null appends (ExcelApi 1.4); the fake inserts nowhere else.
        if (index !== undefined && index !== null && index !== -1 && index !== t.rect.columnCount) throw new FakeOfficeError("NotImplemented", "The fake Excel adds table columns at the end only.");
        const col = t.rect.column + t.rect.columnCount;
        for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
          if (st.get(t.sheet, r, col) !== undefined) throw new FakeOfficeError("InvalidOperation", `Cannot add a table column: ${rectAddress({ row: r, column: col, rowCount: 1, columnCount: 1 }, t.sheet.name)} is not empty.`);
        }
        t.rect = { ...t.rect, columnCount: t.rect.columnCount + 1 };
        if (Array.isArray(values)) {
          const rows = shapeOf(values, { ...t.rect, column: col, columnCount: 1 }, "table column values");
          rows.forEach((row, i) => st.setTyped(t.sheet, t.rect.row + i, col, row[0]));
        }
        if (name !== undefined) st.setRaw(t.sheet, t.rect.row, col, name);
        uniqueHeaders(st, t);
        added = { table: t, id: columnIds(t)[t.rect.columnCount - 1] };
      }, (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
      return new FakeTableColumn(this.ctx, () => added ?? null);
    },
    /** TableColumnCollection.load("items/id"): the columns with their ids, after the next sync. */
    load: (names?: unknown) => {
      this.columnList = new FakeTableColumnList(this.ctx, () => this.bound());
      this.columnList.load(names);
      return this.columns;
    },
    /** The loaded columns (getter defined in the constructor). */
    items: [] as FakeTableColumn[],
    /** The table the collection belongs to (a bound collection, as the other collections of the fake). */
    bound: (): TableState => this.bound(),
    /** By name (as Excel, case-insensitive) or by id (a number: TableColumn.id, not the position). */
    getItem: (key: number | string): FakeTableColumn => this.columnByKey(key, false),
    getItemOrNullObject: (key: number | string): FakeTableColumn => this.columnByKey(key, true),
  };
  private columnByKey(key: number | string, nullable: boolean): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => {
      const t = this.bound();
      let offset = -1;
      if (typeof key === "number") offset = columnOffsetById(t, key);
      else for (let c = 0; c < t.rect.columnCount; c++) if (String(this.ctx.state.get(t.sheet, t.rect.row, t.rect.column + c) ?? "").toLowerCase() === key.toLowerCase()) offset = c;
      if (offset < 0) {
        if (nullable) return null;
        throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no column ${JSON.stringify(key)}.`);
      }
      return { table: t, id: columnIds(t)[offset] };
    }, nullable);
  }
  readonly rows = {
    add: (index?: number, values?: unknown): unknown => {
      this.act("table.rows.add", jsonBytes(values), (t) => {
        const st = this.ctx.state;
        if (index !== undefined && index !== null) throw new FakeOfficeError("NotImplemented", "The fake Excel adds table rows at the end only.");
        const data = shapeOf(values, { ...t.rect, rowCount: Array.isArray(values) ? values.length : 0 }, "table rows");
        const first = t.rect.row + t.rect.rowCount;
        for (let i = 0; i < data.length; i++) for (let c = 0; c < t.rect.columnCount; c++) {
          if (st.get(t.sheet, first + i, t.rect.column + c) !== undefined) throw new FakeOfficeError("InvalidOperation", "Cannot add table rows over non-empty cells.");
        }
        data.forEach((row, i) => row.forEach((v, c) => st.setTyped(t.sheet, first + i, t.rect.column + c, v)));
        t.rect = { ...t.rect, rowCount: t.rect.rowCount + data.length };
        fillCalculated(st, t, t.rect.rowCount - data.length);
      }, (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
      return undefined;
    },
  };
  clearFilters(): void {
    // The fake keeps no filters: only the requirement set is checked.
    this.act("table.clearFilters", 0, () => this.need("ExcelApi", "1.2", "Table.clearFilters"));
  }
  convertToRange(): FakeRange {
    let rect: Rect | undefined;
    let sheet: SheetState | undefined;
    this.act("table.convertToRange", 0, (t) => {
      this.need("ExcelApi", "1.2", "Table.convertToRange");
      ({ rect, sheet } = t);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
    return new FakeRange(this.ctx, () => (sheet && rect ? { sheet, rect } : null));
  }
  resize(newRange: unknown): void {
    this.act("table.resize", jsonBytes(typeof newRange === "string" ? newRange : "range"), (t) => {
      this.need("ExcelApi", "1.13", "Table.resize");
      let rect: Rect;
      if (newRange instanceof FakeRange) {
        const target = newRange.bound();
        if (target.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "Table.resize: the new range is on another sheet.");
        rect = target.rect;
      } else {
        const p = typeof newRange === "string" ? parseAddress(newRange) : undefined;
        if (!p) throw new FakeOfficeError("InvalidArgument", "Table.resize takes a Range or an address.");
        rect = p.rect;
      }
      if (rect.row !== t.rect.row || !intersect(rect, t.rect)) throw new FakeOfficeError("InvalidArgument", "The new table range must overlap the old one, with the header in the same row.");
      if (rect.rowCount < 2) throw new FakeOfficeError("InvalidArgument", "A table needs a header row and at least one data row.");
      if (this.ctx.state.tables.some((x) => x !== t && x.sheet === t.sheet && intersect(x.rect, rect))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      const oldRows = t.rect.rowCount;
      if (rect.column !== t.rect.column && t.calculated) throw undocumented(`Table.resize of ${t.name}, which has calculated columns, to a range with another first column`);
      t.rect = rect;
      uniqueHeaders(this.ctx.state, t);
      // Calculated columns "continue to adjust as you add or delete rows in the table" (table-growth.ts).
      if (rect.rowCount > oldRows) fillCalculated(this.ctx.state, t, oldRows);
    }, (t) => ({ sheet: t.sheet.name, address: rectAddress(t.rect, t.sheet.name) }));
  }
  delete(): void {
    this.act("table.delete", 0, (t) => {
      // Deleting a table deletes its cells' contents too (Table.delete in Office.js).
      this.ctx.state.clear(t.sheet, t.rect, "All");
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
}

const CHART_TYPES_19 = new Set(["Pareto", "Funnel", "Boxwhisker", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Histogram"]);
const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "XYScatter", "Area", "Doughnut", ...CHART_TYPES_19]);

export class FakeChartCollection extends FakeObject<ChartState[]> implements XlChartCollection {
  constructor(ctx: FakeContext, private readonly sheet: FakeWorksheet) {
    super(ctx, () => sheet.bound().charts);
  }
  protected describe() { return "ChartCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, charts: ChartState[]) {
    const m = /^items(?:\/(name|id))?$/.exec(name);
    if (!m) return undefined;
    if (m[1] === "id") this.need("ExcelApi", "1.7", "Chart.id");
    return charts.map((c) => FakeChart.bound(this.ctx, c));
  }
  get items(): FakeChart[] { return this.read("items"); }
  /** ChartCollection.getItem(name): "if there are multiple charts with the same name, the first one will be returned" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection). */
  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      // office.js itself addresses a loaded chart item by its id through the same indexer.
      const c = this.sheet.bound().charts.find((x) => x.name === name) ?? this.sheet.bound().charts.find((x) => x.id === name);
      if (!c) throw new FakeOfficeError("ItemNotFound", `The chart "${name}" doesn't exist.`);
      return c;
    });
  }
  add(type: unknown, sourceData: unknown, seriesBy: unknown = "Auto"): FakeChart {
    return new FakeChart(this.ctx, () => {
      const s = this.sheet.bound();
      const t = String(type);
      if (!CHART_TYPES.has(t)) throw new FakeOfficeError("InvalidArgument", `"${t}" is not a chart type the fake Excel knows.`);
      if (CHART_TYPES_19.has(t) && !this.ctx.runtime.supports("ExcelApi", "1.9")) throw new FakeOfficeError("InvalidArgument", `The chart type ${t} needs ExcelApi 1.9.`);
      if (!(sourceData instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", "charts.add takes a Range as source data.");
      const src = sourceData.bound();
      if (src.sheet !== s) throw new FakeOfficeError("InvalidArgument", "The fake Excel keeps chart data on the chart's sheet.");
      const state: ChartState = { id: this.ctx.state.chartId(), name: this.ctx.state.chartName(), type: t, title: "", source: src.rect, series: seriesFrom(this.ctx.state, s, src.rect, String(seriesBy)) };
      s.charts.push(state);
      return state;
    }, { kind: "charts.add", sheet: undefined });
  }
}

/** Series of a new chart: one per column; a first text row gives the names, a first text column the categories. */
function seriesFrom(st: WorkbookState, sheet: SheetState, rect: Rect, _by: string): SeriesState[] {
  const headerRow = rect.rowCount > 1 && typeof st.get(sheet, rect.row, rect.column + rect.columnCount - 1) === "string";
  const textFirstColumn = rect.columnCount > 1 && typeof st.get(sheet, rect.row + (headerRow ? 1 : 0), rect.column) === "string";
  const body = { row: rect.row + (headerRow ? 1 : 0), rowCount: rect.rowCount - (headerRow ? 1 : 0) };
  const xValues = textFirstColumn ? { ...body, column: rect.column, columnCount: 1 } : undefined;
  const series: SeriesState[] = [];
  for (let c = rect.column + (textFirstColumn ? 1 : 0); c < rect.column + rect.columnCount; c++) {
    series.push({ name: headerRow ? String(st.get(sheet, rect.row, c)) : `Series${series.length + 1}`, values: { ...body, column: c, columnCount: 1 }, xValues });
  }
  return series;
}

export class FakeChart extends FakeObject<ChartState> implements XlChart {
  readonly title: { text: string };
  readonly series: XlChartSeriesCollection;
  get dataLabels(): FakeChartDataLabels { return new FakeChartDataLabels(this.ctx, () => this.bound()); }
  get axes(): ReturnType<typeof fakeChartAxes> { return fakeChartAxes(this.ctx, () => this.bound()); }
  constructor(ctx: FakeContext, resolve: (() => ChartState | null) | null, action?: ActionInfo) {
    super(ctx, resolve, false, action);
    const self = this;
    this.title = {
      set text(v: string) {
        self.act("chart.title", jsonBytes(v), (c) => {
          self.check(c, "title");
          c.title = v;
        });
      },
      get text(): string { throw propertyNotLoaded("title/text"); },
    };
    this.series = {
      getItemAt: (index: number) => new FakeSeries(ctx, () => {
        const c = this.bound();
        this.check(c, "series");
        const s = c.series[index];
        if (!s) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
        return { chart: c, series: s };
      }),
      add: (name?: string) => new FakeSeries(ctx, () => {
        self.need("ExcelApi", "1.7", "ChartSeriesCollection.add");
        const c = this.bound();
        this.check(c, "series");
        const s: SeriesState = { name: name ?? `Series${c.series.length + 1}` };
        c.series.push(s);
        return { chart: c, series: s };
      }, false, { kind: "chart.series.add" }),
    };
  }
  /** A chart already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, c: ChartState): FakeChart {
    const chart = new FakeChart(ctx, null);
    chart.target = c;
    chart.loaded.set("name", c.name);
    if (ctx.runtime.supports("ExcelApi", "1.7")) chart.loaded.set("id", c.id);
    chart.loaded.set("isNullObject", false);
    return chart;
  }
  /** Members the issue tracker reports as unsupported on this chart type (chart-support.ts). */
  check(c: ChartState, member: ChartMember): void {
    if (this.ctx.runtime.chartMemberUnsupported(c.type, member)) throw unsupportedChartMember(c.type, member);
  }
  protected describe() { return `Chart ${this.target?.name ?? ""}`.trim(); }
  protected scalarNames() { return ["name"]; }
  protected prop(name: string, c: ChartState) {
    if (name === "name") return c.name;
    // Chart.id: ExcelApi 1.7 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart).
    if (name === "id") {
      this.need("ExcelApi", "1.7", "Chart.id");
      return c.id;
    }
    return undefined;
  }
  get name(): string { return this.read("name"); }
  get id(): string { return this.read("id"); }
  set name(v: string) { this.act("chart.name", jsonBytes(v), (c) => { c.name = v; }); }
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.act("chart.setPosition", jsonBytes(startCell) + jsonBytes(endCell), (c) => {
      const at = (x: unknown): Rect => {
        if (x instanceof FakeRange) return x.bound().rect;
        const p = typeof x === "string" ? parseAddress(x) : undefined;
        if (!p) throw new FakeOfficeError("InvalidArgument", "setPosition takes a Range or an address.");
        return p.rect;
      };
      c.position = { from: at(startCell), to: endCell === undefined ? undefined : at(endCell) };
    });
  }
  delete(): void {
    this.act("chart.delete", 0, (c) => {
      for (const s of this.ctx.state.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

class FakeSeries extends FakeObject<{ chart: ChartState; series: SeriesState }> implements XlChartSeries {
  protected describe() { return "ChartSeries"; }
  protected scalarNames() { return ["name", "chartType", "axisGroup"]; }
  protected prop(name: string, t: { series: SeriesState }) {
    if (name === "name") return t.series.name;
    if (name === "chartType") return t.series.chartType ?? "";
    if (name === "axisGroup") return t.series.axisGroup ?? "Primary";
    return undefined;
  }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.act("series.name", jsonBytes(v), (t) => { t.series.name = v; }); }
  get chartType(): any { return this.read("chartType"); }
  set chartType(v: any) {
    this.act("series.chartType", jsonBytes(v), (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.chartType");
      t.series.chartType = String(v);
    });
  }
  get axisGroup(): any { return this.read("axisGroup"); }
  set axisGroup(v: any) {
    this.act("series.axisGroup", jsonBytes(v), (t) => {
      this.need("ExcelApi", "1.8", "ChartSeries.axisGroup");
      t.series.axisGroup = String(v);
    });
  }
  setValues(source: unknown): void {
    this.act("series.setValues", 16, (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.setValues");
      t.series.values = rangeRect(source);
    });
  }
  setXAxisValues(source: unknown): void {
    this.act("series.setXAxisValues", 16, (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.setXAxisValues");
      t.series.xValues = rangeRect(source);
    });
  }
}

function rangeRect(source: unknown): Rect {
  if (!(source instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", "Expected a Range.");
  return source.bound().rect;
}

export class FakeSettingCollection extends FakeObject<Map<string, string>> implements XlSettingCollection {
  constructor(ctx: FakeContext) {
    super(ctx, () => {
      if (!ctx.runtime.supports("ExcelApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
      return ctx.state.settings;
    });
  }
  protected describe() { return "SettingCollection"; }
  protected scalarNames() { return ["items"]; }
  protected prop(name: string, settings: Map<string, string>) {
    // items/key lists the keys only; items or items/value loads every value too (and costs its bytes).
    if (name === "items/key") return [...settings.keys()].map((k) => FakeSetting.bound(this.ctx, k, false));
    if (name === "items" || name === "items/value") return [...settings.keys()].map((k) => FakeSetting.bound(this.ctx, k, true));
    return undefined;
  }
  get items(): FakeSetting[] { return this.read("items"); }
  add(key: string, value: unknown): unknown {
    const json = JSON.stringify(value);
    this.ctx.queue.push({
      bytes: OP_BYTES + key.length + (json?.length ?? 0),
      info: { kind: "settings.add", address: key },
      run: () => {
        if (!this.ctx.runtime.supports("ExcelApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
        if (json === undefined) throw new FakeOfficeError("InvalidArgument", `The setting "${key}" is not JSON-serialisable.`);
        checkSettingsSize(this.ctx.state.settings, key, json);
        this.ctx.state.settings.set(key, json);
        return 0;
      },
    });
    return undefined;
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      if (!this.ctx.runtime.supports("ExcelApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
      if (!this.ctx.state.settings.has(key)) throw new FakeOfficeError("ItemNotFound", `The setting "${key}" doesn't exist.`);
      return key;
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      if (!this.ctx.runtime.supports("ExcelApi", "1.4")) throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
      return this.ctx.state.settings.has(key) ? key : null;
    }, true);
  }
}

class FakeSetting extends FakeObject<string> implements XlSetting {
  /** A setting already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, key: string, withValue: boolean): FakeSetting {
    const s = new FakeSetting(ctx, null);
    s.target = key;
    s.loaded.set("key", key);
    s.loaded.set("isNullObject", false);
    if (withValue) s.loaded.set("value", JSON.parse(ctx.state.settings.get(key) ?? "null"));
    return s;
  }
  protected describe() { return "Setting"; }
  protected scalarNames() { return ["key", "value"]; }
  protected prop(name: string, key: string) {
    if (name === "key") return key;
    if (name === "value") return JSON.parse(this.ctx.state.settings.get(key) ?? "null");
    return undefined;
  }
  get key(): string { return this.read("key"); }
  get value(): any { return this.read("value"); }
  delete(): void {
    this.act("setting.delete", 0, (key) => { this.ctx.state.settings.delete(key); });
  }
}
