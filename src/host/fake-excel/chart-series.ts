/* eslint-disable @typescript-eslint/no-explicit-any -- chartType and axisGroup mirror Office.js's loosely typed enums. */
import type { Rect } from "../../engine/cells";
import type { XlChartSeries } from "../excel";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import type { ChartState, SeriesState } from "./state";

/** Excel.ChartSeries. */
export class FakeChartSeries extends FakeObject<{ chart: ChartState; series: SeriesState }> implements XlChartSeries {
  protected describe() {
    return "ChartSeries";
  }
  protected scalarNames() {
    return ["name", "chartType", "axisGroup"];
  }
  protected prop(name: string, t: { series: SeriesState }) {
    if (name === "name") return t.series.name;
    if (name === "chartType") return t.series.chartType ?? "";
    if (name === "axisGroup") return t.series.axisGroup ?? "Primary";
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.act("series.name", jsonBytes(v), (t) => {
      t.series.name = v;
    });
  }
  get chartType(): any {
    return this.read("chartType");
  }
  set chartType(v: any) {
    this.act("series.chartType", jsonBytes(v), (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.chartType");
      t.series.chartType = String(v);
    });
  }
  get axisGroup(): any {
    return this.read("axisGroup");
  }
  set axisGroup(v: any) {
    this.act("series.axisGroup", jsonBytes(v), (t) => {
      this.need("ExcelApi", "1.8", "ChartSeries.axisGroup");
      t.series.axisGroup = String(v);
    });
  }
  setValues(source: unknown): void {
    this.act("series.setValues", 16, (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.setValues");
      t.series.values = this.rangeRect(source);
    });
  }
  setXAxisValues(source: unknown): void {
    this.act("series.setXAxisValues", 16, (t) => {
      this.need("ExcelApi", "1.7", "ChartSeries.setXAxisValues");
      t.series.xValues = this.rangeRect(source);
    });
  }
  private rangeRect(source: unknown): Rect {
    if (!(source instanceof this.ctx.classes.Range)) throw new FakeOfficeError("InvalidArgument", "Expected a Range.");
    return source.bound().rect;
  }
}
