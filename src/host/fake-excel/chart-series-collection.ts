import type { XlChartSeriesCollection } from "../excel";
import type { FakeChart } from "./chart";
import type { FakeChartSeries } from "./chart-series";
import { FakeOfficeError } from "./office-error";
import type { SeriesState } from "./state";

/** Chart.series (ChartSeriesCollection): a series by position, or a new one. */
export class FakeChartSeriesCollection implements XlChartSeriesCollection {
  constructor(private readonly chart: FakeChart) {}
  getItemAt(index: number): FakeChartSeries {
    const chart = this.chart;
    return new chart.ctx.classes.ChartSeries(chart.ctx, () => {
      const c = chart.bound();
      chart.check(c, "series");
      const s = c.series[index];
      if (!s) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
      return { chart: c, series: s };
    });
  }
  add(name?: string): FakeChartSeries {
    const chart = this.chart;
    return new chart.ctx.classes.ChartSeries(
      chart.ctx,
      () => {
        chart.need("ExcelApi", "1.7", "ChartSeriesCollection.add");
        const c = chart.bound();
        chart.check(c, "series");
        const s: SeriesState = { name: name ?? `Series${c.series.length + 1}` };
        c.series.push(s);
        return { chart: c, series: s };
      },
      { action: { kind: "chart.series.add" } },
    );
  }
}
