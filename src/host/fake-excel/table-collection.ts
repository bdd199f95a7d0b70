import { type Rect, intersect, parseAddress } from "../../engine/cells";
import type { XlTableCollection } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject, type FakeObjectOptions, type Resolve, jsonBytes } from "./fake-object";
import { refuseMergedCells } from "./merged-areas";
import { FakeOfficeError } from "./office-error";
import { checkUnprotected } from "./protected-writes";
import type { SheetState, TableState } from "./state";
import type { FakeTable } from "./table";
import { uniqueHeaders } from "./table-headers";
import type { FakeWorksheet } from "./worksheet";

/** Excel.TableCollection: the workbook's tables, or one worksheet's (options.sheet). */
export class FakeTableCollection extends FakeObject<TableState[]> implements XlTableCollection {
  private readonly sheet?: FakeWorksheet;
  constructor(
    ctx: FakeContext,
    resolve: Resolve<TableState[]> | null,
    options: FakeObjectOptions & { readonly sheet?: FakeWorksheet } = {},
  ) {
    super(ctx, resolve, options);
    this.sheet = options.sheet;
  }
  /** Workbook.tables, or Worksheet.tables when `sheet` is given. */
  static of(ctx: FakeContext, sheet?: FakeWorksheet): FakeTableCollection {
    return new FakeTableCollection(
      ctx,
      () => (sheet ? ctx.state.tables.filter((t) => t.sheet === sheet.bound()) : ctx.state.tables),
      { sheet },
    );
  }
  protected describe() {
    return "TableCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, _t: TableState[]) {
    if (!/^items(\/(name|id))?$/.test(name)) return undefined;
    const all = this.sheet
      ? this.ctx.state.tables.filter((t) => t.sheet === this.sheet!.bound())
      : this.ctx.state.tables;
    return all.map((tb) => this.ctx.classes.Table.bound(this.ctx, tb));
  }
  get items(): FakeTable[] {
    return this.read("items");
  }
  add(address: unknown, hasHeaders: boolean): FakeTable {
    return new this.ctx.classes.Table(
      this.ctx,
      () => {
        const st = this.ctx.state;
        let sheet: SheetState, rect: Rect;
        if (address instanceof this.ctx.classes.Range) ({ sheet, rect } = address.bound());
        else if (typeof address === "string" && parseAddress(address)) {
          const p = parseAddress(address)!;
          const s = p.sheet ? st.sheet(p.sheet) : this.sheet ? this.sheet.bound() : st.activeSheet;
          if (!s) throw new FakeOfficeError("ItemNotFound", `No worksheet for the table address "${address}".`);
          sheet = s;
          rect = p.rect;
        } else throw new FakeOfficeError("InvalidArgument", "tables.add takes a Range or an address.");
        if (!hasHeaders)
          throw new FakeOfficeError(
            "NotImplemented",
            "The fake Excel creates tables with a header row only (hasHeaders = true).",
          );
        checkUnprotected(sheet, "TableCollection.add");
        if (st.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect)))
          throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        refuseMergedCells(sheet, rect);
        const table: TableState = { id: st.tableId(), name: st.tableName(), sheet, rect };
        uniqueHeaders(st, table);
        st.tables.push(table);
        return table;
      },
      {
        action: { kind: "tables.add", address: typeof address === "string" ? address : undefined },
        bytes: jsonBytes(address instanceof this.ctx.classes.Range ? "range" : address),
      },
    );
  }
  getItem(key: string): FakeTable {
    return new this.ctx.classes.Table(this.ctx, () => {
      const t = this.ctx.state.table(key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `The table "${key}" doesn't exist.`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return new this.ctx.classes.Table(this.ctx, () => this.ctx.state.table(key) ?? null, { nullable: true });
  }
}
