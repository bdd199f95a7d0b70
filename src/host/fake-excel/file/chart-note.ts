import { type Rect, MAX_ROWS, intersect, rectAddress } from "../../../engine/cells";
import type { Lang } from "../../../i18n/language";
import type { ChartState, SheetState, WorkbookState } from "../state";
import { FileSaveError } from "./file-save-error";

/** The language a saved workbook's own text is written in (the workbook's display language, as the pane picks it). */
export type FileLang = Lang;

/**
 * Chart types as Excel's Insert › Charts gallery names them, by Excel.ChartType
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype), for the types the host draws.
 * Another type is named by its ChartType value rather than guessed.
 */
const TYPE_NAMES: Record<FileLang, Record<string, string>> = {
  "en-US": {
    Pareto: "Pareto",
    Funnel: "Funnel",
    BarClustered: "Clustered Bar",
    ColumnClustered: "Clustered Column",
    Line: "Line",
    combo: "Combo (Clustered Column – Line on Secondary Axis)",
  },
  "zh-CN": {
    Pareto: "排列图",
    Funnel: "漏斗图",
    BarClustered: "簇状条形图",
    ColumnClustered: "簇状柱形图",
    Line: "折线图",
    combo: "组合图（簇状柱形图 - 次坐标轴上的折线图）",
  },
};

interface NoteFacts {
  readonly name: string;
  readonly type: string;
  readonly title: string;
  readonly source: string;
}

const TEXT: Record<FileLang, (f: NoteFacts) => string> = {
  "en-US": (f) =>
    `Chart “${f.name}” (${f.type}, title “${f.title}”) could not be saved as a chart: the library that writes ` +
    `this file cannot write charts. Its data is kept in ${f.source}. To recreate it in Excel, select ` +
    `${f.source} and choose Insert › Recommended Charts › All Charts › ${f.type}.`,
  "zh-CN": (f) =>
    `图表“${f.name}”（${f.type}，标题“${f.title}”）无法保存为图表：写入此文件的程序库不能写入图表。` +
    `其数据保留在 ${f.source}。如需在 Excel 中重新创建，请选中 ${f.source}，` +
    `然后选择“插入 › 推荐的图表 › 所有图表 › ${f.type}”。`,
};

/** A clustered column chart with a line series on the secondary axis is Excel's combo chart (src/host/excel/decorate.ts draws one so). */
function typeKey(chart: ChartState): string {
  const line = chart.series.some((s) => s.chartType === "Line" && s.axisGroup === "Secondary");
  return line && chart.type === "ColumnClustered" ? "combo" : chart.type;
}

/** The chart's source range, then every series range outside it (a line series added after the chart was made). */
function dataRanges(chart: ChartState, sheet: SheetState): string {
  const rects = [chart.source];
  for (const s of chart.series)
    for (const r of [s.values, s.xValues]) if (r && !rects.some((x) => contains(x, r))) rects.push(r);
  return rects.map((r) => rectAddress(r, sheet.name)).join(", ");
}

function contains(outer: Rect, inner: Rect): boolean {
  const i = intersect(outer, inner);
  return i !== undefined && i.rowCount === inner.rowCount && i.columnCount === inner.columnCount;
}

/** The note's text: which chart could not be saved as a chart (name, type, title, data) and how to recreate it. */
export function chartNoteText(chart: ChartState, sheet: SheetState, lang: FileLang): string {
  const key = typeKey(chart);
  return TEXT[lang]({
    name: chart.name,
    type: TYPE_NAMES[lang][key] ?? chart.type,
    title: chart.title,
    source: dataRanges(chart, sheet),
  });
}

export interface ChartNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/**
 * One note per chart of the sheet, each in a cell of its own that holds nothing: where the chart's top-left
 * corner was when that cell is empty (the chart covered it, so it is the place a reader looks), else in
 * column A below everything on the sheet. The caller writes the notes into the file only, not into the workbook.
 */
export function chartNotes(state: WorkbookState, sheet: SheetState, lang: FileLang): ChartNote[] {
  const used = state.usedRect(sheet, undefined, true);
  let below = used ? used.row + used.rowCount + 1 : 0;
  const taken = new Set<string>();
  return sheet.charts.map((chart) => {
    const at: Rect | undefined = chart.position?.from;
    const free =
      at !== undefined && state.get(sheet, at.row, at.column) === undefined && !taken.has(`${at.row},${at.column}`);
    const cell = free ? { row: at.row, column: at.column } : { row: below++, column: 0 };
    if (cell.row >= MAX_ROWS)
      throw new FileSaveError(
        { problem: "noNoteRow", sheet: sheet.name, detail: chart.name },
        `Sheet “${sheet.name}” has no empty row left for the note about chart “${chart.name}”, which cannot be saved as a chart.`,
      );
    taken.add(`${cell.row},${cell.column}`);
    return { ...cell, text: chartNoteText(chart, sheet, lang) };
  });
}
