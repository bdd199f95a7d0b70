import type { KeptName, SheetState, SheetVisibility } from "../state";
import type { KeptPart } from "./kept-parts";

/**
 * A chart sheet (ECMA-376 Part 1 §18.2.19 sheet related as …/chartsheet to a chartsheet part, §12.3.2, whose
 * drawing holds the chart) or a dialog sheet (…/dialogsheet, §12.3.7) of an opened file, kept whole for the
 * download: it holds no cells, and TierLadder never edits it, so it is copied part by part as the file wrote it
 * (chart-sheets-reading.ts, chart-sheets-writing.ts). Office.js's workbook.worksheets holds worksheets only (the
 * active sheet being a chart sheet makes getActiveWorksheet fail: https://github.com/OfficeDev/office-js/issues/2444),
 * so the fake shows none of them; their names are taken (sheet names are unique in a workbook, §18.2.19 name).
 */
export interface KeptChartSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** The workbook part's relationship type to it (…/relationships/chartsheet or …/dialogsheet). */
  readonly relationshipType: string;
  /** Its part first (the chartsheet or dialogsheet part), then every part it reaches, each once. */
  readonly parts: readonly KeptPart[];
}

/** As read (plain data for the worker's post): the worksheet it follows in the file by name, none when it is first. */
export interface OpenedChartSheet extends KeptChartSheet {
  readonly after?: string;
}

/**
 * In the fake: the worksheet it follows (undefined: before every worksheet). A kept chart sheet stays after the
 * worksheet it followed in the file (a worksheet added at the end comes after it); when that worksheet is deleted
 * it follows the one before (state.ts deleteSheet). Its names (§18.2.5 localSheetId) go with it.
 */
export interface ChartSheetState extends KeptChartSheet {
  after?: SheetState;
  readonly definedNames: KeptName[];
}

/** In the file to write: the index in FileWorkbook.sheets of the worksheet it follows, undefined when first. */
export interface FileChartSheet extends KeptChartSheet {
  readonly after?: number;
  readonly definedNames: readonly KeptName[];
}

/** A place in the download's tab order: a worksheet or a kept chart sheet, by its index in its own list. */
export type TabEntry = { readonly worksheet: number } | { readonly chartSheet: number };

/**
 * Every sheet of the download in tab order: the chart sheets that come first, then each worksheet followed by
 * the chart sheets that follow it, each group in the order the file listed them. Everything in the workbook part
 * that indexes sheets counts them all in this order (§18.2.5 definedName localSheetId, §18.2.30 workbookView
 * activeTab: "the index to the active sheet").
 */
export class TabOrder {
  readonly entries: TabEntry[] = [];
  private readonly worksheets: number[] = [];
  private readonly chartSheets: number[] = [];

  constructor(worksheets: number, chartSheets: readonly Pick<FileChartSheet, "after">[]) {
    const put = (entry: TabEntry) => {
      if ("worksheet" in entry) this.worksheets[entry.worksheet] = this.entries.length;
      else this.chartSheets[entry.chartSheet] = this.entries.length;
      this.entries.push(entry);
    };
    const following = (sheet: number | undefined) =>
      chartSheets.forEach((c, chartSheet) => c.after === sheet && put({ chartSheet }));
    following(undefined);
    for (let worksheet = 0; worksheet < worksheets; worksheet++) {
      put({ worksheet });
      following(worksheet);
    }
    // One that follows a worksheet not written (none should): at the end rather than lost.
    chartSheets.forEach((_, chartSheet) => this.chartSheets[chartSheet] === undefined && put({ chartSheet }));
  }

  /** The download's index of the worksheet at `index` in FileWorkbook.sheets. */
  worksheet(index: number): number {
    return this.worksheets[index] ?? index;
  }

  /** The download's index of the chart sheet at `index` in FileWorkbook.chartSheets. */
  chartSheet(index: number): number {
    return this.chartSheets[index];
  }

  /** The download's index of a worksheet or chart sheet. */
  of(entry: TabEntry): number {
    return "worksheet" in entry ? this.worksheet(entry.worksheet) : this.chartSheet(entry.chartSheet);
  }
}
