import type { Worksheet } from "exceljs";
import { columnLetters, rectAddress } from "../../../engine/cells";
import { fileColumnWidth } from "./column-width";
import type { FileSheet } from "./file-workbook";
import { argbOf } from "./style-bands";
import { FileSaveError } from "./file-save-error";
import { fileStateOf } from "./sheet-visibility";

/**
 * Office.js's cell-value operators (Excel.ConditionalCellValueOperator,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcellvalueoperator) as the file
 * writes them (ECMA-376 Part 1 §18.18.15, ST_ConditionalFormattingOperator).
 */
const CF_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

/** Data validation lists, conditional formats (cell-value rules with a fill), in the order they were added. */
function copyRules(ws: Worksheet, sheet: FileSheet): void {
  // Worksheet.dataValidations.add(address, validation) is ExcelJS's own (lib/doc/data-validations.js), not in its typings.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: object): void } }).dataValidations;
  for (const v of sheet.validations) {
    // A list source of literal items is one quoted, comma-separated string (ECMA-376 Part 1 §18.3.1.32, formula1).
    // Its error alert is on: Office.js's DataValidationErrorAlert.showAlert "The default is `true`"
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationerroralert#excel-excel-datavalidationerroralert-showalert-member).
    validations.add(rectAddress(v.rect), {
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${v.list.join(",")}"`],
    });
  }
  sheet.condFormats.forEach((f, i) => {
    const operator = CF_OPERATORS[f.operator];
    if (!operator)
      throw new FileSaveError(
        { problem: "conditionalFormat", sheet: sheet.name, address: rectAddress(f.rect), detail: f.operator },
        `Sheet “${sheet.name}”, ${rectAddress(f.rect)}: a conditional format with operator “${f.operator}” cannot be saved.`,
      );
    ws.addConditionalFormatting({
      ref: rectAddress(f.rect),
      rules: [
        {
          type: "cellIs",
          operator: operator as "equal",
          formulae: [f.formula1.replace(/^=/, "")],
          priority: i + 1,
          // A differential format's solid fill colour is its bgColor (ECMA-376 Part 1 §18.8.32, patternFill).
          ...(f.fill
            ? {
                style: {
                  fill: {
                    type: "pattern",
                    pattern: "solid",
                    bgColor: { argb: argbOf(f.fill, sheet.name, rectAddress(f.rect)) },
                  },
                },
              }
            : {}),
        },
      ],
    });
  });
}

/**
 * Whether the sheet is hidden (§18.2.19 sheet state, ExcelJS's Worksheet.state), frozen rows and columns (a frozen
 * pane, §18.3.1.66: ySplit rows above it, xSplit columns left of it, its top-left cell the first not frozen),
 * column widths, hidden columns (§18.3.1.13 col hidden), an opened file's fit to pages and the print layout set
 * through Worksheet.pageLayout.
 */
function copyLayout(ws: Worksheet, sheet: FileSheet): void {
  if (sheet.visibility !== "Visible") ws.state = fileStateOf(sheet.visibility);
  const { frozenRows: ySplit, frozenColumns: xSplit } = sheet;
  if (ySplit > 0 || xSplit > 0)
    ws.views = [{ state: "frozen", xSplit, ySplit, topLeftCell: `${columnLetters(xSplit)}${ySplit + 1}` }];
  for (const [c, points] of sheet.columnWidths) ws.getColumn(c + 1).width = fileColumnWidth(points);
  for (const c of sheet.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  // An opened file's fit to pages (sheetPr pageSetUpPr, §18.3.1.65); its pageSetup itself is put in as the file
  // wrote it (sheet-elements-kept.ts), under what the page layout below sets (page-setup-xml.ts).
  if (sheet.fitToPage) ws.pageSetup.fitToPage = true;
  const { print } = sheet;
  if (!print) return;
  if (print.area) ws.pageSetup.printArea = rectAddress(print.area);
  if (print.orientation) ws.pageSetup.orientation = print.orientation === "Landscape" ? "landscape" : "portrait";
  const zoom = print.zoom;
  if (zoom?.scale !== undefined) {
    ws.pageSetup.scale = zoom.scale;
    ws.pageSetup.fitToPage = false; // a scale is Excel's "Adjust to", not "Fit to"
  }
  if (zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = zoom.horizontalFitToPages ?? 0;
    ws.pageSetup.fitToHeight = zoom.verticalFitToPages ?? 0;
  }
}

/**
 * One sheet's rules and layout copied into an ExcelJS worksheet; its cells, hidden rows, row heights and chart
 * notes are written as sheet data (sheet-data-xml.ts), its merged cells after them (merge-cells-xml.ts), its
 * tables added by the caller.
 */
export function copySheet(ws: Worksheet, sheet: FileSheet): void {
  copyRules(ws, sheet);
  copyLayout(ws, sheet);
}
