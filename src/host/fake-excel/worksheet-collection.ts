import type { XlWorksheetCollection } from "../excel";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import type { WorkbookState } from "./state";
import { checkStructureUnlocked } from "./workbook-protection-state";
import type { FakeWorksheet } from "./worksheet";

/** Excel.WorksheetCollection (Workbook.worksheets), bound to the workbook. */
export class FakeWorksheetCollection extends FakeObject<WorkbookState> implements XlWorksheetCollection {
  private pendingItems?: FakeWorksheet[];
  protected describe() {
    return "WorksheetCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, state: WorkbookState) {
    const m = /^items(?:\/(.+))?$/.exec(name);
    if (!m) return undefined;
    return state.sheets.map((s) => {
      const ws = new this.ctx.classes.Worksheet(this.ctx, null);
      ws.preload(m[1] ? [m[1]] : ["name", "id"], s);
      return ws;
    });
  }
  protected override loadOne(name: string, t: WorkbookState): unknown {
    const v = this.prop(name, t);
    if (v === undefined)
      throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot load "${name}" on WorksheetCollection.`);
    // "items/name, items/id" in one load: each path loads its property into the same items.
    const prop = /^items\/(.+)$/.exec(name)?.[1];
    const pending = (this.pendingItems ??= v);
    if (prop) pending.forEach((w, i) => w.copyLoaded(v[i]));
    queueMicrotask(() => {
      this.pendingItems = undefined;
    });
    return pending;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  getItem(key: string): FakeWorksheet {
    return new this.ctx.classes.Worksheet(this.ctx, () => {
      const s = this.ctx.state.sheet(key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The worksheet "${key}" doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new this.ctx.classes.Worksheet(this.ctx, () => this.ctx.state.sheet(key) ?? null, { nullable: true });
  }
  add(name?: string): FakeWorksheet {
    const added = () => {
      checkStructureUnlocked(this.ctx.state, "WorksheetCollection.add");
      return this.ctx.state.addSheet(name);
    };
    return new this.ctx.classes.Worksheet(this.ctx, added, {
      action: { kind: "worksheets.add", sheet: name },
      bytes: jsonBytes(name),
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new this.ctx.classes.Worksheet(this.ctx, () => this.ctx.state.activeSheet ?? null);
  }
}
