import { type XmlPartState, xmlPartsOf } from "../custom-xml-parts";
import { WorkbookState } from "../state";
import { formulaKey } from "./file-workbook";
import type { OpenedWorkbook } from "./opened-workbook";
import { windowsWithSheets } from "./workbook-windows";
import { SETTINGS_PART_NAMESPACE, settingsFromXmlPart } from "./settings-part";

/** The root element's namespace (its default xmlns, or its prefix's), "" without one. */
function rootNamespace(xml: string): string {
  const root = /<(?![?!])([^\s>/]+)([^>]*)>/.exec(xml);
  if (!root) return "";
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : undefined;
  const attr = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(["'])(.*?)\\1`).exec(root[2]);
  return attr?.[2] ?? "";
}

/** A workbook holding what the opened file keeps beside its sheets, as read: the workbook's own parts and settings. */
function workbookKept(opened: OpenedWorkbook): WorkbookState {
  const state = new WorkbookState();
  state.fileStyles = opened.fileStyles;
  state.pivotCaches = opened.pivotCaches ?? [];
  state.workbookProtection = opened.workbookProtection;
  state.workbookChildren = opened.workbookChildren ?? [];
  state.externalLinks = opened.externalLinks;
  state.vba = opened.vba;
  state.slicerCaches = opened.slicerCaches;
  state.documentProperties = opened.documentProperties;
  state.cellMetadata = opened.cellMetadata;
  return state;
}

/**
 * The fake's in-memory workbook holding an opened file: its sheets (cells stored as the file holds them, not
 * re-typed: text that looks like a number stays text), whether each is hidden, and looks (bold, fills, widths,
 * frozen and hidden rows and columns, row heights, merged cells), print settings, filters and defined names as
 * XML, tables, the settings from TierLadder's settings part,
 * and every other custom XML part as it is (the last run's parts among them), so the pane finds its scheme
 * and last run as it would in Excel. `settingsUnreadable` when the file has a settings part that cannot be
 * read (the page says so; the workbook opens without those settings).
 */
export function openedWorkbookState(opened: OpenedWorkbook): { state: WorkbookState; settingsUnreadable: boolean } {
  const state = workbookKept(opened);
  for (const input of opened.sheets) {
    const sheet = state.addSheet(input.name);
    sheet.visibility = input.visibility ?? "Visible";
    sheet.values = input.values;
    sheet.formats = input.formats;
    if (input.rules) {
      sheet.validations = input.rules.validations;
      sheet.condFormats = input.rules.condFormats;
    }
    for (const [r, c, formula] of input.formulas)
      state.setFormula(sheet, r, c, { formula, value: input.values[r]?.[c] ?? "" });
    // After the formulas: setFormula drops an array record (a formula written over an array's anchor is ordinary).
    for (const [r, c, array] of input.arrayFormulas ?? []) sheet.arrayFormulas.set(formulaKey(r, c), array);
    const looks = input.looks;
    if (looks) {
      sheet.styles = looks.styles;
      sheet.hiddenRows = new Set(looks.hiddenRows);
      if (looks.outlineRows)
        sheet.outlineRows = new Map(looks.outlineRows.map(([r, level, collapsed]) => [r, { level, collapsed }]));
      sheet.frozenRows = looks.frozenRows;
      sheet.frozenColumns = looks.frozenColumns;
      sheet.columnWidths = new Map(looks.columnWidths);
      sheet.mergedAreas = looks.mergedAreas;
      sheet.rowHeights = looks.rowHeights;
      sheet.hiddenColumns = new Set(looks.hiddenColumns);
      if (looks.lineStyles) sheet.lineStyles = looks.lineStyles;
    }
    if (input.kept) {
      sheet.keptElements = input.kept.elements;
      sheet.fitToPage = input.kept.fitToPage;
      if (input.kept.parts) sheet.keptParts = input.kept.parts;
      if (input.kept.codeName !== undefined) sheet.codeName = input.kept.codeName;
      if (input.kept.settings) sheet.keptSettings = input.kept.settings;
    }
  }
  // Chart sheets are kept whole beside the worksheets, each after the worksheet it followed (kept-chart-sheets.ts).
  state.chartSheets = (opened.chartSheets ?? []).map(({ after, ...c }) => ({
    ...c,
    after: after === undefined ? undefined : state.sheet(after),
    definedNames: [],
  }));
  // A sheet's names go on the sheet, so they follow it when renamed and go with it when deleted (Excel deletes a
  // sheet's own names with it; one left behind would have no sheet for its localSheetId, §18.2.5).
  for (const { sheet, ...name } of opened.definedNames ?? []) {
    if (sheet === undefined) state.definedNames.push(name);
    else (state.sheet(sheet) ?? state.chartSheet(sheet))?.definedNames.push(name);
  }
  // The file's active sheet (§18.2.30 activeTab) when it is a visible worksheet. A hidden sheet is never the
  // active one (Excel shows a visible sheet), nor a chart sheet, which the fake's worksheets do not hold: then the
  // first visible worksheet. A file whose sheets are all hidden is not one Excel writes ("A workbook must contain
  // at least one visible worksheet"), so the first stays active.
  const active = opened.activeSheet === undefined ? undefined : state.sheet(opened.activeSheet);
  state.activeSheet =
    (active?.visibility === "Visible" ? active : undefined) ??
    state.sheets.find((s) => s.visibility === "Visible") ??
    state.sheets[0];
  // The sheets the file's windows and custom views show, by name as read; a chart sheet not kept is no sheet.
  if (opened.windows)
    state.windows = windowsWithSheets(opened.windows, (name) => state.sheet(name) ?? state.chartSheet(name));
  for (const t of opened.tables)
    state.tables.push({
      id: state.tableId(),
      name: t.name,
      sheet: state.sheet(t.sheet)!,
      rect: t.rect,
      ...(t.style ? { style: t.style } : {}),
    });
  let settingsUnreadable = false;
  const store = xmlPartsOf(state);
  for (const xml of opened.xmlParts) {
    const namespaceUri = rootNamespace(xml);
    if (namespaceUri === SETTINGS_PART_NAMESPACE) {
      const settings = settingsFromXmlPart(xml);
      if (settings) state.settings = settings;
      else settingsUnreadable = true;
      continue;
    }
    // Parts from a file are kept whatever their XML: Office keeps a file's parts (the checks in
    // custom-xml-parts.ts are for CustomXmlPartCollection.add, what an add-in may write).
    const part: XmlPartState = { id: `{fake-xml-part-${store.next++}}`, namespaceUri, xml };
    store.parts.push(part);
  }
  return { state, settingsUnreadable };
}
