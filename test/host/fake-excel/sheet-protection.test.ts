import {
  firstLockedCell,
  isProtected,
  protectSheet,
  protectionOf,
  unprotectSheet,
} from "../../../src/host/fake-excel/sheet-protection";
import { type SheetState, WorkbookState } from "../../../src/host/fake-excel/state";

/**
 * A sheet's protection held as its sheetProtection element (ECMA-376 Part 1 §18.3.1.85) and read as Office.js shows
 * it (Excel.WorksheetProtectionOptions, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions).
 * §18.3.1.85: each attribute says the action is locked when the sheet is protected ("1"/"true"); objects, scenarios,
 * selectLockedCells and selectUnlockedCells default to false, the other eleven to true; sheet defaults to false.
 */
const ALL_LOCKED = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: true,
  allowEditScenarios: true,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

function sheetWith(xml?: string): SheetState {
  const sheet = new WorkbookState().addSheet("Data");
  if (xml !== undefined) sheet.keptElements.push({ element: "sheetProtection", xml });
  return sheet;
}

describe("protectionOf: what a sheetProtection element says", () => {
  it("gives an unprotected sheet the schema's defaults (objects and scenarios not locked, the rest locked)", () => {
    expect(protectionOf(sheetWith())).toEqual({ protected: false, options: ALL_LOCKED });
    expect(isProtected(sheetWith())).toBe(false);
  });

  it('is protected only with sheet="1" or "true"', () => {
    expect(protectionOf(sheetWith('<sheetProtection sheet="1"/>')).protected).toBe(true);
    expect(protectionOf(sheetWith('<sheetProtection sheet="true"/>')).protected).toBe(true);
    expect(protectionOf(sheetWith('<sheetProtection sheet="0"/>')).protected).toBe(false);
    expect(protectionOf(sheetWith('<sheetProtection objects="1"/>')).protected).toBe(false);
    expect(isProtected(sheetWith('<sheetProtection sheet="1"/>'))).toBe(true);
    expect(isProtected(sheetWith('<sheetProtection sheet="0"/>'))).toBe(false);
  });

  it("reads each option from its attribute: 0 or false allows, 1 or true locks", () => {
    const xml =
      '<sheetProtection sheet="1" autoFilter="0" deleteColumns="false" deleteRows="0" objects="1" scenarios="true" ' +
      'formatCells="0" formatColumns="0" formatRows="0" insertColumns="0" insertHyperlinks="0" insertRows="0" ' +
      'pivotTables="0" sort="0"/>';
    expect(protectionOf(sheetWith(xml)).options).toEqual({
      allowAutoFilter: true,
      allowDeleteColumns: true,
      allowDeleteRows: true,
      allowEditObjects: false,
      allowEditScenarios: false,
      allowFormatCells: true,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertColumns: true,
      allowInsertHyperlinks: true,
      allowInsertRows: true,
      allowPivotTables: true,
      allowSort: true,
      selectionMode: "Normal",
    });
  });

  it("reads the selection mode: locked cells not selectable is Unlocked, no cells selectable is None", () => {
    const mode = (attributes: string) =>
      protectionOf(sheetWith(`<sheetProtection sheet="1" ${attributes}/>`)).options.selectionMode;
    expect(mode('selectLockedCells="1"')).toBe("Unlocked");
    expect(mode('selectLockedCells="1" selectUnlockedCells="1"')).toBe("None");
    expect(mode('selectUnlockedCells="1"')).toBe("None");
    expect(mode('selectLockedCells="0"')).toBe("Normal");
  });

  it("reads the password as its legacy hash, or a strong hash's algorithm, or none", () => {
    expect(protectionOf(sheetWith('<sheetProtection password="83AF" sheet="1"/>')).password).toEqual({
      legacy: "83AF",
    });
    const strong =
      '<sheetProtection algorithmName="SHA-512" hashValue="x" saltValue="y" spinCount="100000" sheet="1"/>';
    expect(protectionOf(sheetWith(strong)).password).toEqual({ algorithm: "SHA-512" });
    expect(protectionOf(sheetWith('<sheetProtection sheet="1"/>'))).not.toHaveProperty("password");
  });

  it("reads only the start tag, not what an element with children holds", () => {
    const xml = '<sheetProtection sheet="1"><extLst sort="0"/></sheetProtection>';
    expect(protectionOf(sheetWith(xml)).options.allowSort).toBe(false);
  });
});

describe("protectSheet and unprotectSheet", () => {
  it("writes every option out, an option not given as locked, with the password's legacy hash first", () => {
    const sheet = sheetWith('<sheetProtection sheet="0"/>');
    protectSheet(sheet, { allowSort: true, allowAutoFilter: false }, "password");
    // "password" hashes to 83AF (legacy-password-hash.test.ts).
    expect(sheet.keptElements).toEqual([
      {
        element: "sheetProtection",
        xml:
          '<sheetProtection password="83AF" sheet="1" autoFilter="1" deleteColumns="1" deleteRows="1" objects="1" ' +
          'scenarios="1" formatCells="1" formatColumns="1" formatRows="1" insertColumns="1" insertHyperlinks="1" ' +
          'insertRows="1" pivotTables="1" sort="0"/>',
      },
    ]);
  });

  it("writes no password without one, and the selection mode as selectLockedCells and selectUnlockedCells", () => {
    const xml = (mode?: "Normal" | "Unlocked" | "None") => {
      const sheet = sheetWith();
      protectSheet(sheet, { selectionMode: mode }, "");
      return sheet.keptElements[0].xml;
    };
    expect(xml()).not.toContain("password");
    expect(xml("Normal")).not.toContain("select");
    expect(xml("Unlocked")).toMatch(/ selectLockedCells="1"\/>$/);
    expect(xml("None")).toMatch(/ selectLockedCells="1" selectUnlockedCells="1"\/>$/);
    const sheet = sheetWith();
    protectSheet(sheet, { selectionMode: "None" });
    expect(protectionOf(sheet).options.selectionMode).toBe("None");
  });

  it("unprotect takes the element away and leaves the sheet's other kept elements", () => {
    const sheet = sheetWith('<sheetProtection sheet="1"/>');
    sheet.keptElements.push({ element: "protectedRanges", xml: "<protectedRanges/>" });
    unprotectSheet(sheet);
    expect(sheet.keptElements).toEqual([{ element: "protectedRanges", xml: "<protectedRanges/>" }]);
    expect(isProtected(sheet)).toBe(false);
  });
});

describe("firstLockedCell (§18.8.33: a cell is locked unless its format says locked=0)", () => {
  /** Data with xf 1 unlocked (locked="0"), xf 2 unlocked ('false'), xf 3 locked explicitly, xf 0 without protection. */
  function workbook() {
    const state = new WorkbookState();
    const children = [
      "",
      '<protection locked="0"/>',
      "<protection hidden='1' locked='false'/>",
      '<protection locked="1"/>',
    ];
    state.fileStyles = {
      defaultFont: { name: "Calibri", size: 11 },
      fonts: [],
      fills: [],
      borders: [],
      xfs: children.map((c) => ({ fontId: 0, fillId: 0, borderId: 0, children: c })),
    } as unknown as WorkbookState["fileStyles"];
    const sheet = state.addSheet("Data");
    return { state, sheet };
  }
  const rect = (row: number, column: number, rowCount = 1, columnCount = 1) => ({ row, column, rowCount, columnCount });

  it("finds a cell without a file style locked", () => {
    const { state, sheet } = workbook();
    expect(firstLockedCell(state, sheet, rect(0, 0))).toEqual([0, 0]);
  });

  it("passes over unlocked cells, row by row, to the first locked one", () => {
    const { state, sheet } = workbook();
    sheet.styles.push({ rect: rect(0, 0, 2, 2), fileStyle: 1 });
    sheet.styles.push({ rect: rect(1, 0, 1, 1), fileStyle: 2 });
    // B2 (1,1) is xf 1 like A1:B1, A2 is xf 2: all four unlocked; C1 is outside the styled block.
    expect(firstLockedCell(state, sheet, rect(0, 0, 2, 2))).toBeUndefined();
    expect(firstLockedCell(state, sheet, rect(0, 0, 2, 3))).toEqual([0, 2]);
    expect(firstLockedCell(state, sheet, rect(1, 0, 2, 2))).toEqual([2, 0]);
  });

  it("takes the last style record over a cell: a later locked or cleared format locks it again", () => {
    const { state, sheet } = workbook();
    sheet.styles.push({ rect: rect(0, 0, 3, 1), fileStyle: 1 });
    sheet.styles.push({ rect: rect(1, 0, 1, 1), fileStyle: 3 });
    sheet.styles.push({ rect: rect(2, 0, 1, 1), fileStyle: null });
    expect(firstLockedCell(state, sheet, rect(0, 0))).toBeUndefined();
    expect(firstLockedCell(state, sheet, rect(0, 0, 3, 1))).toEqual([1, 0]);
    expect(firstLockedCell(state, sheet, rect(2, 0))).toEqual([2, 0]);
  });

  it("looks past records without a file style (a bold or fill the fake set) to the file's format beneath", () => {
    const { state, sheet } = workbook();
    sheet.styles.push({ rect: rect(0, 0), fileStyle: 1 });
    sheet.styles.push({ rect: rect(0, 0), bold: true });
    expect(firstLockedCell(state, sheet, rect(0, 0))).toBeUndefined();
  });

  it("finds every cell locked in a workbook without file styles", () => {
    const state = new WorkbookState();
    const sheet = state.addSheet("Data");
    sheet.styles.push({ rect: rect(0, 0), fileStyle: 1 });
    expect(firstLockedCell(state, sheet, rect(0, 0))).toEqual([0, 0]);
  });
});
