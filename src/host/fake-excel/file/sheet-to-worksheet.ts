import type { Worksheet } from "exceljs";
import { rectAddress } from "../../../engine/cells";
import { fileColumnWidth } from "./column-width";
import type { FileSheet } from "./file-workbook";
import { argbOf } from "./style-bands";
import { FileSaveError } from "./file-save-error";

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
    validations.add(rectAddress(v.rect), { type: "list", allowBlank: true, formulae: [`"${v.list.join(",")}"`] });
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

/** Frozen rows, column widths and the print layout set through Worksheet.pageLayout. */
function copyLayout(ws: Worksheet, sheet: FileSheet): void {
  if (sheet.frozenRows > 0)
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}` }];
  for (const [c, points] of sheet.columnWidths) ws.getColumn(c + 1).width = fileColumnWidth(points);
  const { print } = sheet;
  if (!print) return;
  if (print.area) ws.pageSetup.printArea = rectAddress(print.area);
  if (print.orientation) ws.pageSetup.orientation = print.orientation === "Landscape" ? "landscape" : "portrait";
  const zoom = print.zoom;
  if (zoom?.scale !== undefined) ws.pageSetup.scale = zoom.scale;
  if (zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = zoom.horizontalFitToPages ?? 0;
    ws.pageSetup.fitToHeight = zoom.verticalFitToPages ?? 0;
  }
}

/**
 * One sheet's rules and layout copied into an ExcelJS worksheet; its cells, hidden rows and chart notes are
 * written as sheet data (sheet-data-xml.ts), its tables added by the caller.
 */
export function copySheet(ws: Worksheet, sheet: FileSheet): void {
  copyRules(ws, sheet);
  copyLayout(ws, sheet);
}
