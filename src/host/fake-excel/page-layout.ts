/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors Office.js setters that take loosely typed values. */
/* The fake Excel's page layout (print area, zoom, orientation) and chart labels (data labels, axis titles),
 * the cosmetic steps of src/host/excel/page-layout.ts. Each behaviour follows the Office docs cited there;
 * chart members reported unsupported for a chart type throw UnsupportedOperation (chart-support.ts). */
import { parseAddress, type Rect } from "../../engine/cells";
import type { XlChartAxis, XlPageLayout } from "../excel";
import { type ChartMember, unsupportedChartMember } from "./chart-support";
import { OP_BYTES } from "./context";
import type { FakeContext } from "./fake-context";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";
import type { ChartState, SheetState } from "./state";

/** Queues one operation on the object `target` resolves to at sync time (as FakeObject.act does). */
function act<T>(ctx: FakeContext, op: { kind: string; bytes: number }, target: () => T, run: (t: T) => void): void {
  ctx.queue.push({
    bytes: OP_BYTES + op.bytes,
    info: { kind: op.kind },
    run: () => {
      run(target());
      return 0;
    },
  });
}

/** What a sheet's page layout holds once set. */
export interface FakePrintState {
  area?: Rect;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  orientation?: "Portrait" | "Landscape";
}

/** Worksheet.pageLayout, ExcelApi 1.9 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout). */
export class FakePageLayout implements XlPageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  private act(kind: string, bytes: number, run: (s: SheetState) => void): void {
    act(
      this.ctx,
      { kind, bytes },
      () => {
        if (!this.ctx.runtime.supports("ExcelApi", "1.9"))
          throw new FakeOfficeError(
            "ApiNotFound",
            "Worksheet.pageLayout needs ExcelApi 1.9, which this (fake) Excel does not support.",
          );
        return this.sheet();
      },
      run,
    );
  }
  setPrintArea(printArea: unknown): void {
    this.act("pageLayout.setPrintArea", 32, (s) => {
      let rect: Rect;
      const range = printArea as { bound?: () => { sheet: SheetState; rect: Rect } } | undefined;
      if (range && typeof range === "object" && typeof range.bound === "function") {
        const t = range.bound();
        if (t.sheet !== s)
          throw new FakeOfficeError("InvalidArgument", "The print area must be on the page layout's own sheet.");
        rect = t.rect;
      } else if (typeof printArea === "string" && parseAddress(printArea)) rect = parseAddress(printArea)!.rect;
      else throw new FakeOfficeError("InvalidArgument", "setPrintArea takes a Range or an address.");
      printOf(s).area = rect;
    });
  }
  get zoom(): any {
    throw propertyNotLoaded("zoom");
  }
  /** PageLayoutZoomOptions: pages wide/tall, or a scale of 10–400 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions). */
  set zoom(v: any) {
    this.act("pageLayout.zoom", 48, (s) => {
      const z = v as FakePrintState["zoom"];
      const pages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
      if (
        !z ||
        typeof z !== "object" ||
        !pages(z.horizontalFitToPages) ||
        !pages(z.verticalFitToPages) ||
        (z.scale !== undefined && !(z.scale >= 10 && z.scale <= 400))
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `PageLayout.zoom takes { horizontalFitToPages, verticalFitToPages } or { scale: 10–400 }, got ${JSON.stringify(v)}.`,
        );
      }
      printOf(s).zoom = { ...z };
    });
  }
  get orientation(): any {
    throw propertyNotLoaded("orientation");
  }
  /** Excel.PageOrientation: "Portrait" or "Landscape". */
  set orientation(v: any) {
    this.act("pageLayout.orientation", 16, (s) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw new FakeOfficeError("InvalidArgument", `"${String(v)}" is not a page orientation.`);
      printOf(s).orientation = v;
    });
  }
}

// Kept beside the sheet and chart states without widening them: the views read them through these maps.
const prints = new WeakMap<SheetState, FakePrintState>();
/** What the cosmetic step set on a chart: data labels, axis titles and number formats (ExcelApi 1.8). */
export interface FakeChartLabels {
  dataLabels?: boolean;
  axisTitles?: { category?: string; value?: string };
  valueAxisFormat?: string;
  dataLabelFormat?: string;
}
const labels = new WeakMap<ChartState, FakeChartLabels>();

function printOf(s: SheetState): FakePrintState {
  let p = prints.get(s);
  if (!p) prints.set(s, (p = {}));
  return p;
}

/** The page layout set on a sheet (for the workbook view). */
export function printStateOf(s: SheetState): FakePrintState | undefined {
  return prints.get(s);
}

/** The data labels and axis titles set on a chart (for the workbook view). */
export function chartLabelsOf(c: ChartState): FakeChartLabels | undefined {
  return labels.get(c);
}

// Chart members the issue tracker reports unsupported on a chart type (or a test declares so) throw
// UnsupportedOperation, as Chart.title and Chart.series do (chart-support.ts).
function labelsOf(ctx: FakeContext, c: ChartState, member: ChartMember) {
  if (ctx.runtime.chartMemberUnsupported(c.type, member)) throw unsupportedChartMember(c.type, member);
  let l = labels.get(c);
  if (!l) labels.set(c, (l = {}));
  return l;
}

/** Chart.dataLabels (ExcelApi 1.1): only showValue. */
export class FakeChartDataLabels {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => ChartState,
  ) {}
  get showValue(): boolean {
    throw propertyNotLoaded("showValue");
  }
  set showValue(v: boolean) {
    act(this.ctx, { kind: "chart.dataLabels.showValue", bytes: 8 }, this.chart, (c) => {
      labelsOf(this.ctx, c, "dataLabels").dataLabels = v === true;
    });
  }
  get numberFormat(): string {
    throw propertyNotLoaded("numberFormat");
  }
  /** ChartDataLabels.numberFormat, ExcelApi 1.8 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabels). */
  set numberFormat(v: string) {
    act(this.ctx, { kind: "chart.dataLabels.numberFormat", bytes: 16 + String(v).length * 3 }, this.chart, (c) => {
      needChartFormats(this.ctx, "ChartDataLabels.numberFormat", v);
      labelsOf(this.ctx, c, "dataLabels").dataLabelFormat = v;
    });
  }
}

/** Chart number formats are ExcelApi 1.8 and take a format code (a string). */
function needChartFormats(ctx: FakeContext, what: string, v: unknown): void {
  if (!ctx.runtime.supports("ExcelApi", "1.8"))
    throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi 1.8, which this (fake) Excel does not support.`);
  if (typeof v !== "string")
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what} takes a number format code (a string), got ${JSON.stringify(v)}.`,
    );
}

/** Chart.axes (ExcelApi 1.1): the category and value axes' titles. */
export function fakeChartAxes(
  ctx: FakeContext,
  chart: () => ChartState,
): { readonly categoryAxis: XlChartAxis; readonly valueAxis: XlChartAxis } {
  return {
    categoryAxis: new FakeAxisTitleOwner(ctx, chart, "category"),
    valueAxis: new FakeAxisTitleOwner(ctx, chart, "value"),
  };
}

class FakeAxisTitleOwner implements XlChartAxis {
  readonly title: { text: string; visible: boolean };
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => ChartState,
    private readonly axis: "category" | "value",
  ) {
    this.title = {
      get text(): string {
        throw propertyNotLoaded("title/text");
      },
      set text(v: string) {
        act(ctx, { kind: "chart.axis.title", bytes: 16 + v.length * 3 }, chart, (c) => {
          const l = labelsOf(ctx, c, "axes");
          l.axisTitles = { ...l.axisTitles, [axis]: v };
        });
      },
      get visible(): boolean {
        throw propertyNotLoaded("title/visible");
      },
      set visible(_v: boolean) {
        act(ctx, { kind: "chart.axis.title.visible", bytes: 8 }, chart, (c) => {
          labelsOf(ctx, c, "axes");
        });
      },
    };
  }
  get numberFormat(): string {
    throw propertyNotLoaded("numberFormat");
  }
  /** ChartAxis.numberFormat, ExcelApi 1.8 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis). Only the value axis is modelled. */
  set numberFormat(v: string) {
    const axis = this.axis;
    act(this.ctx, { kind: "chart.axis.numberFormat", bytes: 16 + String(v).length * 3 }, this.chart, (c) => {
      needChartFormats(this.ctx, "ChartAxis.numberFormat", v);
      if (axis !== "value")
        throw new FakeOfficeError("InvalidArgument", "The fake Excel models the value axis' number format only.");
      labelsOf(this.ctx, c, "axes").valueAxisFormat = v;
    });
  }
}
