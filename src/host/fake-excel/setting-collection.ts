import type { XlSettingCollection } from "../excel";
import { OP_BYTES } from "./context";
import type { FakeContext } from "./fake-context";
import { FakeObject } from "./fake-object";
import { checkSettingsSize } from "./limits";
import { FakeOfficeError } from "./office-error";
import type { FakeSetting } from "./setting";

/** Excel.SettingCollection (Workbook.settings, ExcelApi 1.4): values kept as JSON text. */
export class FakeSettingCollection extends FakeObject<Map<string, string>> implements XlSettingCollection {
  static of(ctx: FakeContext): FakeSettingCollection {
    return new FakeSettingCollection(ctx, () => {
      if (!ctx.runtime.supports("ExcelApi", "1.4"))
        throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
      return ctx.state.settings;
    });
  }
  protected describe() {
    return "SettingCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, settings: Map<string, string>) {
    // items/key lists the keys only; items or items/value loads every value too (and costs its bytes).
    if (name === "items/key")
      return [...settings.keys()].map((k) => this.ctx.classes.Setting.bound(this.ctx, k, false));
    if (name === "items" || name === "items/value")
      return [...settings.keys()].map((k) => this.ctx.classes.Setting.bound(this.ctx, k, true));
    return undefined;
  }
  get items(): FakeSetting[] {
    return this.read("items");
  }
  add(key: string, value: unknown): unknown {
    const json = JSON.stringify(value);
    this.ctx.queue.push({
      bytes: OP_BYTES + key.length + (json?.length ?? 0),
      info: { kind: "settings.add", address: key },
      run: () => {
        if (!this.ctx.runtime.supports("ExcelApi", "1.4"))
          throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
        if (json === undefined)
          throw new FakeOfficeError("InvalidArgument", `The setting "${key}" is not JSON-serialisable.`);
        checkSettingsSize(this.ctx.state.settings, key, json);
        this.ctx.state.settings.set(key, json);
        return 0;
      },
    });
    return undefined;
  }
  getItem(key: string): FakeSetting {
    return new this.ctx.classes.Setting(this.ctx, () => {
      if (!this.ctx.runtime.supports("ExcelApi", "1.4"))
        throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
      if (!this.ctx.state.settings.has(key))
        throw new FakeOfficeError("ItemNotFound", `The setting "${key}" doesn't exist.`);
      return key;
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new this.ctx.classes.Setting(
      this.ctx,
      () => {
        if (!this.ctx.runtime.supports("ExcelApi", "1.4"))
          throw new FakeOfficeError("ApiNotFound", "Workbook settings need ExcelApi 1.4.");
        return this.ctx.state.settings.has(key) ? key : null;
      },
      { nullable: true },
    );
  }
}
