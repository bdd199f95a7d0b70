import { queueProtectionCheck } from "../../../src/host/excel/protected-sheets";
import { queueStructureCheck, refuseNewSheetsWhenLocked } from "../../../src/host/excel/protected-workbook";
import type { XlContext, XlWorksheet } from "../../../src/host/excel/xl-types";
import { HostError } from "../../../src/host/host-api";
import { oneVisitTasks, tierColumns } from "./example-plans";

/**
 * The host's checks before a write, on stand-ins for what Office.js gives after the first look's sync
 * (Worksheet.protection.protected, ExcelApi 1.2; Workbook.protection.protected, ExcelApi 1.7). The English
 * messages are the HostError's own text (the pane shows the translated one: protected-*-write.test.ts).
 */
/** A sheet whose protection reads `locked`, counting the loads queued on it. */
function sheet(name: string, locked: boolean) {
  const loads: string[] = [];
  const ws = {
    name,
    protection: {
      load(what: string) {
        loads.push(what);
        return { protected: locked };
      },
    },
  };
  return { ws: ws as unknown as XlWorksheet, loads };
}

/** What a check throws, or undefined. */
function thrown(check: () => unknown): HostError | undefined {
  try {
    check();
    return undefined;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
}

describe("queueProtectionCheck", () => {
  it("queues reading protected on each sheet, and after the sync names the first protected one", () => {
    const sheets = [sheet("Data", false), sheet("Prices", true), sheet("Old", true)];
    const check = queueProtectionCheck(sheets.map((s) => s.ws));
    expect(sheets.map((s) => s.loads)).toEqual([["protected"], ["protected"], ["protected"]]);
    const error = thrown(check);
    expect(error).toMatchObject({ code: "SheetProtected", key: "host.sheetProtected", params: { sheet: "Prices" } });
    expect(error?.message).toBe(
      "The sheet “Prices” is protected, so TierLadder wrote nothing. Unprotect it (Review › Unprotect Sheet), then write again.",
    );
  });

  it("lets the write go on when no sheet is protected", () => {
    expect(thrown(queueProtectionCheck([sheet("Data", false).ws]))).toBeUndefined();
    expect(thrown(queueProtectionCheck([]))).toBeUndefined();
  });
});

describe("queueStructureCheck", () => {
  /** A context whose workbook protection reads `locked`, counting the loads. */
  function context(locked: boolean) {
    const loads: string[] = [];
    const protection = {
      load(what: string) {
        loads.push(what);
        return { protected: locked };
      },
    };
    return { ctx: { workbook: { protection } } as unknown as XlContext, loads };
  }

  it("reads Workbook.protection only when the plan has sheets of its own, and answers whether it is protected", () => {
    const locked = context(true);
    expect(queueStructureCheck(locked.ctx, oneVisitTasks())()).toBe(true);
    expect(locked.loads).toEqual(["protected"]);
    const open = context(false);
    expect(queueStructureCheck(open.ctx, oneVisitTasks())()).toBe(false);
  });

  it("reads nothing for a plan of tier columns alone, and calls it not locked", () => {
    const locked = context(true);
    expect(tierColumns(["A"]).sheets).toEqual([]);
    expect(queueStructureCheck(locked.ctx, tierColumns(["A"]))()).toBe(false);
    expect(locked.loads).toEqual([]);
  });
});

describe("refuseNewSheetsWhenLocked", () => {
  it("stops adding sheets to a locked structure, naming the first", () => {
    const error = thrown(() => refuseNewSheetsWhenLocked(true, ["TierLadder Tasks", "TierLadder Summary"]));
    expect(error).toMatchObject({
      code: "WorkbookProtected",
      key: "host.workbookProtected",
      params: { sheet: "TierLadder Tasks" },
    });
    expect(error?.message).toBe(
      "The workbook's structure is protected, so TierLadder cannot add the sheet “TierLadder Tasks” and wrote nothing. Turn the protection off (Review › Protect Workbook), then write again.",
    );
  });

  it("lets a write go on that adds no sheet, or whose workbook is not locked", () => {
    expect(thrown(() => refuseNewSheetsWhenLocked(true, []))).toBeUndefined();
    expect(thrown(() => refuseNewSheetsWhenLocked(false, ["TierLadder Tasks"]))).toBeUndefined();
  });
});
