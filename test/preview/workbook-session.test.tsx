import { openWorkbookFile } from "../../src/host/fake-excel/file/open-workbook-file";
import { fileSession, sampleSession } from "../../src/preview/workbook-session";
import { fixtureBytes } from "../host/fake-excel/file/fixture-files";

describe("what a session downloads as", () => {
  it("is .xlsm for a file whose VBA project is kept (macros.xlsm, xlsxwriter's)", async () => {
    const opened = await openWorkbookFile("macros.xlsm", fixtureBytes("macros.xlsm"));
    expect(fileSession(opened, "en-US").session.kind).toBe("xlsm");
  });

  it("is .xlsx for a file without one, and for the sample", async () => {
    const opened = await openWorkbookFile("customers-en.xlsx", fixtureBytes("customers-en.xlsx"));
    expect(fileSession(opened, "en-US").session.kind).toBe("xlsx");
    expect(sampleSession("en-US", 20).kind).toBe("xlsx");
  });

  it("follows what the file holds, not its name: a file named .xlsm without a VBA project downloads as .xlsx", async () => {
    const opened = await openWorkbookFile("renamed.xlsm", fixtureBytes("customers-en.xlsx"));
    expect(opened.notKept).toEqual([]);
    expect(fileSession(opened, "en-US").session.kind).toBe("xlsx");
  });
});
