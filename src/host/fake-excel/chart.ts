import { type Rect, parseAddress } from "../../engine/cells";
import type { XlChart } from "../excel";
import { type ChartMember, unsupportedChartMember } from "./chart-support";
import { FakeChartSeriesCollection } from "./chart-series-collection";
import { FakeChartTitle } from "./chart-title";
import type { FakeContext } from "./fake-context";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import { FakeChartDataLabels, fakeChartAxes } from "./page-layout";
import type { ChartState } from "./state";

/** Excel.Chart. */
export class FakeChart extends FakeObject<ChartState> implements XlChart {
  readonly title = new FakeChartTitle(this);
  readonly series = new FakeChartSeriesCollection(this);
  get dataLabels(): FakeChartDataLabels {
    return new FakeChartDataLabels(this.ctx, () => this.bound());
  }
  get axes(): ReturnType<typeof fakeChartAxes> {
    return fakeChartAxes(this.ctx, () => this.bound());
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
  protected describe() {
    return `Chart ${this.target?.name ?? ""}`.trim();
  }
  protected scalarNames() {
    return ["name"];
  }
  protected prop(name: string, c: ChartState) {
    if (name === "name") return c.name;
    // Chart.id: ExcelApi 1.7 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart).
    if (name === "id") {
      this.need("ExcelApi", "1.7", "Chart.id");
      return c.id;
    }
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  set name(v: string) {
    this.act("chart.name", jsonBytes(v), (c) => {
      c.name = v;
    });
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.act("chart.setPosition", jsonBytes(startCell) + jsonBytes(endCell), (c) => {
      const at = (x: unknown): Rect => {
        if (x instanceof this.ctx.classes.Range) return x.bound().rect;
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
