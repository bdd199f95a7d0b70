import type { Rect } from "../../engine/cells";
import type { XlChartCollection } from "../excel";
import type { FakeChart } from "./chart";
import type { FakeContext } from "./fake-context";
import { FakeObject, type FakeObjectOptions, type Resolve } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import type { ChartState, SeriesState, SheetState, WorkbookState } from "./state";
import type { FakeWorksheet } from "./worksheet";

const CHART_TYPES_19 = new Set([
  "Pareto",
  "Funnel",
  "Boxwhisker",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Histogram",
]);
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "XYScatter",
  "Area",
  "Doughnut",
  ...CHART_TYPES_19,
]);

/** Excel.ChartCollection (Worksheet.charts). */
export class FakeChartCollection extends FakeObject<ChartState[]> implements XlChartCollection {
  private readonly sheet: FakeWorksheet;
  constructor(
    ctx: FakeContext,
    resolve: Resolve<ChartState[]> | null,
    options: FakeObjectOptions & { readonly sheet: FakeWorksheet },
  ) {
    super(ctx, resolve, options);
    this.sheet = options.sheet;
  }
  static of(ctx: FakeContext, sheet: FakeWorksheet): FakeChartCollection {
    return new FakeChartCollection(ctx, () => sheet.bound().charts, { sheet });
  }
  protected describe() {
    return "ChartCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop(name: string, charts: ChartState[]) {
    const m = /^items(?:\/(name|id))?$/.exec(name);
    if (!m) return undefined;
    if (m[1] === "id") this.need("ExcelApi", "1.7", "Chart.id");
    return charts.map((c) => this.ctx.classes.Chart.bound(this.ctx, c));
  }
  get items(): FakeChart[] {
    return this.read("items");
  }
  /** ChartCollection.getItem(name): "if there are multiple charts with the same name, the first one will be returned" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection). */
  getItem(name: string): FakeChart {
    return new this.ctx.classes.Chart(this.ctx, () => {
      // office.js itself addresses a loaded chart item by its id through the same indexer.
      const c =
        this.sheet.bound().charts.find((x) => x.name === name) ?? this.sheet.bound().charts.find((x) => x.id === name);
      if (!c) throw new FakeOfficeError("ItemNotFound", `The chart "${name}" doesn't exist.`);
      return c;
    });
  }
  add(type: unknown, sourceData: unknown, seriesBy: unknown = "Auto"): FakeChart {
    return new this.ctx.classes.Chart(
      this.ctx,
      () => {
        const s = this.sheet.bound();
        const t = String(type);
        if (!CHART_TYPES.has(t))
          throw new FakeOfficeError("InvalidArgument", `"${t}" is not a chart type the fake Excel knows.`);
        if (CHART_TYPES_19.has(t) && !this.ctx.runtime.supports("ExcelApi", "1.9"))
          throw new FakeOfficeError("InvalidArgument", `The chart type ${t} needs ExcelApi 1.9.`);
        if (!(sourceData instanceof this.ctx.classes.Range))
          throw new FakeOfficeError("InvalidArgument", "charts.add takes a Range as source data.");
        const src = sourceData.bound();
        if (src.sheet !== s)
          throw new FakeOfficeError("InvalidArgument", "The fake Excel keeps chart data on the chart's sheet.");
        const state: ChartState = {
          id: this.ctx.state.chartId(),
          name: this.ctx.state.chartName(),
          type: t,
          title: "",
          source: src.rect,
          series: seriesFrom(this.ctx.state, s, src.rect, String(seriesBy)),
        };
        s.charts.push(state);
        return state;
      },
      { action: { kind: "charts.add", sheet: undefined } },
    );
  }
}

/** Series of a new chart: one per column; a first text row gives the names, a first text column the categories. */
function seriesFrom(st: WorkbookState, sheet: SheetState, rect: Rect, _by: string): SeriesState[] {
  const headerRow =
    rect.rowCount > 1 && typeof st.get(sheet, rect.row, rect.column + rect.columnCount - 1) === "string";
  const textFirstColumn =
    rect.columnCount > 1 && typeof st.get(sheet, rect.row + (headerRow ? 1 : 0), rect.column) === "string";
  const body = { row: rect.row + (headerRow ? 1 : 0), rowCount: rect.rowCount - (headerRow ? 1 : 0) };
  const xValues = textFirstColumn ? { ...body, column: rect.column, columnCount: 1 } : undefined;
  const series: SeriesState[] = [];
  for (let c = rect.column + (textFirstColumn ? 1 : 0); c < rect.column + rect.columnCount; c++) {
    series.push({
      name: headerRow ? String(st.get(sheet, rect.row, c)) : `Series${series.length + 1}`,
      values: { ...body, column: c, columnCount: 1 },
      xValues,
    });
  }
  return series;
}
