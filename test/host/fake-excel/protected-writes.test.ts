import {
  accessDenied,
  checkAllowed,
  checkCellsEditable,
  checkUnprotected,
} from "../../../src/host/fake-excel/protected-writes";
import { WorkbookState } from "../../../src/host/fake-excel/state";
import { UNDOCUMENTED } from "../../../src/host/fake-excel/undocumented";

/**
 * What the fake answers a change a sheet's protection forbids: AccessDenied ("You cannot perform the requested
 * operation.", Excel.ErrorCodes.accessDenied, https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes)
 * with where it happened, and FakeUndocumentedBehaviour where Office.js does not document Excel's answer.
 */
const rect = (row: number, column: number, rowCount = 1, columnCount = 1) => ({ row, column, rowCount, columnCount });

/** Sheet "Data", protected by `xml` (none when undefined), B1:B3 unlocked by the file's xf 1 (§18.8.33 locked="0"). */
function sheetProtectedBy(xml?: string) {
  const state = new WorkbookState();
  state.fileStyles = {
    xfs: [
      { fontId: 0, fillId: 0, borderId: 0, children: "" },
      { fontId: 0, fillId: 0, borderId: 0, children: '<protection locked="0"/>' },
    ],
  } as unknown as WorkbookState["fileStyles"];
  const sheet = state.addSheet("Data");
  if (xml !== undefined) sheet.keptElements.push({ element: "sheetProtection", xml });
  sheet.styles.push({ rect: rect(0, 1, 3, 1), fileStyle: 1 });
  return { state, sheet };
}

/** The error `change` throws, or undefined. */
function thrown(change: () => void): { code: string; message: string; debugInfo?: unknown } | undefined {
  try {
    change();
    return undefined;
  } catch (e) {
    return e as { code: string; message: string };
  }
}

describe("accessDenied", () => {
  it("is AccessDenied with Excel's message, the detail after it, and where it happened", () => {
    const error = accessDenied("Range.values", "why");
    expect(error).toMatchObject({ code: "AccessDenied", message: "You cannot perform the requested operation. (why)" });
    expect(error.debugInfo).toMatchObject({ code: "AccessDenied", errorLocation: "Range.values" });
  });
});

describe("checkCellsEditable", () => {
  it("refuses a write over a locked cell of a protected sheet, naming the first locked cell", () => {
    const { state, sheet } = sheetProtectedBy('<sheetProtection sheet="1"/>');
    const error = thrown(() => checkCellsEditable(state, sheet, rect(0, 1, 4, 1), "Range.values"));
    // B1:B3 are unlocked, so B4 is the first locked cell.
    expect(error).toMatchObject({
      code: "AccessDenied",
      message: 'You cannot perform the requested operation. (Data!B4 is a locked cell of the protected sheet "Data")',
    });
  });

  it("takes a write over unlocked cells only, and any write on an unprotected sheet", () => {
    const { state, sheet } = sheetProtectedBy('<sheetProtection sheet="1"/>');
    expect(thrown(() => checkCellsEditable(state, sheet, rect(0, 1, 3, 1), "Range.values"))).toBeUndefined();
    const open = sheetProtectedBy('<sheetProtection sheet="0" sort="0"/>');
    expect(thrown(() => checkCellsEditable(open.state, open.sheet, rect(0, 0), "Range.values"))).toBeUndefined();
    const none = sheetProtectedBy();
    expect(thrown(() => checkCellsEditable(none.state, none.sheet, rect(0, 0), "Range.values"))).toBeUndefined();
  });
});

describe("checkAllowed", () => {
  it("refuses a change the protected sheet does not allow with AccessDenied, naming the option", () => {
    const { state, sheet } = sheetProtectedBy('<sheetProtection sheet="1"/>');
    const error = thrown(() =>
      checkAllowed(state, sheet, { option: "allowFormatColumns", where: "RangeFormat.columnWidth" }),
    );
    expect(error).toMatchObject({
      code: "AccessDenied",
      message:
        'You cannot perform the requested operation. (the protected sheet "Data" does not allow allowFormatColumns)',
    });
  });

  it("refuses it over cells of which one is locked, and calls it undocumented over unlocked cells only", () => {
    const { state, sheet } = sheetProtectedBy('<sheetProtection sheet="1"/>');
    const change = (cells: ReturnType<typeof rect>) => () =>
      checkAllowed(state, sheet, { option: "allowFormatCells", where: "RangeFormat.fill", cells });
    expect(thrown(change(rect(0, 0, 1, 2)))?.code).toBe("AccessDenied");
    const unlocked = thrown(change(rect(0, 1, 3, 1)));
    expect(unlocked?.code).toBe(UNDOCUMENTED);
    expect(unlocked?.message).toContain(
      "RangeFormat.fill on unlocked cells of a protected sheet that does not allow allowFormatCells",
    );
  });

  it("takes a change the protection allows, and any change on an unprotected sheet", () => {
    const { state, sheet } = sheetProtectedBy('<sheetProtection sheet="1" formatColumns="0"/>');
    expect(thrown(() => checkAllowed(state, sheet, { option: "allowFormatColumns", where: "w" }))).toBeUndefined();
    const open = sheetProtectedBy();
    expect(thrown(() => checkAllowed(open.state, open.sheet, { option: "allowSort", where: "w" }))).toBeUndefined();
  });
});

describe("checkUnprotected", () => {
  it("calls a change no option names undocumented on a protected sheet, naming it and the sheet", () => {
    const { sheet } = sheetProtectedBy('<sheetProtection sheet="1"/>');
    const error = thrown(() => checkUnprotected(sheet, "TableCollection.add"));
    expect(error?.code).toBe(UNDOCUMENTED);
    expect(error?.message).toContain('TableCollection.add on the protected sheet "Data"');
    expect(thrown(() => checkUnprotected(sheetProtectedBy().sheet, "TableCollection.add"))).toBeUndefined();
  });
});
