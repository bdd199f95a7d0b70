/* eslint-disable @typescript-eslint/no-explicit-any -- Setting.value is any in Office.js. */
import type { XlSetting } from "../excel";
import type { FakeContext } from "./fake-context";
import { FakeObject } from "./fake-object";

/** Excel.Setting: one key and its JSON value. */
export class FakeSetting extends FakeObject<string> implements XlSetting {
  /** A setting already bound (items of a loaded collection). */
  static bound(ctx: FakeContext, key: string, withValue: boolean): FakeSetting {
    const s = new FakeSetting(ctx, null);
    s.target = key;
    s.loaded.set("key", key);
    s.loaded.set("isNullObject", false);
    if (withValue) s.loaded.set("value", JSON.parse(ctx.state.settings.get(key) ?? "null"));
    return s;
  }
  protected describe() {
    return "Setting";
  }
  protected scalarNames() {
    return ["key", "value"];
  }
  protected prop(name: string, key: string) {
    if (name === "key") return key;
    if (name === "value") return JSON.parse(this.ctx.state.settings.get(key) ?? "null");
    return undefined;
  }
  get key(): string {
    return this.read("key");
  }
  get value(): any {
    return this.read("value");
  }
  delete(): void {
    this.act("setting.delete", 0, (key) => {
      this.ctx.state.settings.delete(key);
    });
  }
}
