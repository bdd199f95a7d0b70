import { attr } from "./xml-scanner";

/**
 * A table's style as its table part names it (ECMA-376 Part 1 §18.5.1.5 tableStyleInfo): which style, and which of
 * its parts it shows — first-column and last-column emphasis, row and column stripes.
 */
export interface TableStyle {
  /** The built-in table style's name; undefined: the table has no style (Format as Table's "None"). */
  readonly name?: string;
  readonly showFirstColumn: boolean;
  readonly showLastColumn: boolean;
  readonly showRowStripes: boolean;
  readonly showColumnStripes: boolean;
}

/**
 * The style a table the pane adds is saved in, and one whose style cannot be kept: TableStyleMedium2 with row
 * stripes, the style a new table gets in Excel's desktop UI and ExcelJS's own default (lib/doc/table.js). Which one
 * Office.js TableCollection.add gives is not documented (Table.style:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-style-member), so this is
 * the UI's choice, said here.
 */
export const DEFAULT_TABLE_STYLE: TableStyle = {
  name: "TableStyleMedium2",
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: true,
  showColumnStripes: false,
};

/** A table without tableStyleInfo: no style, and nothing of one shown. */
export const NO_TABLE_STYLE: TableStyle = {
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
};

/**
 * The table styles every Excel has, TableStyleLight1–21, TableStyleMedium1–28 and TableStyleDark1–11 (ECMA-376
 * Part 1 §18.8.40 lists their definitions as predefined; Office.js names the same sixty in Excel.BuiltInTableStyle,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.builtintablestyle). Any other name is a custom style
 * whose definition lives in styles.xml's tableStyles, which the download does not keep.
 */
const BUILT_IN = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export const isBuiltInTableStyle = (name: string): boolean => BUILT_IN.test(name);

/** xsd:boolean (XML Schema Part 2 §3.2.2): "1" or "true"; an absent flag is off. */
const flag = (tag: string, name: string) => {
  const value = attr(tag, name);
  return value === "1" || value === "true";
};

/** A tableStyleInfo start tag read as the table's style, its name as written (built in or not). */
export function tableStyleOf(tag: string): TableStyle {
  const name = attr(tag, "name");
  return {
    ...(name ? { name } : {}),
    showFirstColumn: flag(tag, "showFirstColumn"),
    showLastColumn: flag(tag, "showLastColumn"),
    showRowStripes: flag(tag, "showRowStripes"),
    showColumnStripes: flag(tag, "showColumnStripes"),
  };
}

/** The style the download can give a table: its own, unless that is a custom one (named: table-settings-not-kept.ts). */
export const keptTableStyle = (style: TableStyle): TableStyle =>
  style.name === undefined || isBuiltInTableStyle(style.name) ? style : DEFAULT_TABLE_STYLE;
