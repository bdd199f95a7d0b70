import { compoundStreamNames } from "../../../../src/host/fake-excel/file/compound-file";
import { FileOpenError, type FileProblem } from "../../../../src/host/fake-excel/file/file-open-error";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { fixtureBytes } from "./fixture-files";

async function problemOf(name: string, bytes: Uint8Array): Promise<{ problem: FileProblem; fileName: string }> {
  try {
    await openWorkbookFile(name, bytes);
  } catch (e) {
    if (e instanceof FileOpenError) return { problem: e.problem, fileName: e.fileName };
    throw e;
  }
  throw new Error(`${name} opened`);
}

describe("files that cannot be opened say why", () => {
  it.each<[string, string, FileProblem]>([
    ["an empty file", "empty.xlsx", "empty"],
    ["a truncated zip (first 1,500 bytes of an .xlsx)", "truncated.xlsx", "malformed"],
    ["a password-protected workbook (compound file with EncryptionInfo)", "encrypted.xlsx", "encrypted"],
    ["an Excel 97–2003 workbook (compound file with a Workbook stream)", "legacy.xls", "xls"],
  ])("%s", async (_what, file, problem) => {
    expect(await problemOf(file, fixtureBytes(file))).toEqual({ problem, fileName: file });
  });

  it("refuses a table without a header row, naming the table and its sheet", async () => {
    const error = await openWorkbookFile("t.xlsx", fixtureBytes("table-without-header.xlsx")).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "tableWithoutHeader", detail: "NoHeader (Data)" });
  });

  it("knows a file by its bytes, not its name: an .xls renamed .xlsx is still an .xls", async () => {
    expect((await problemOf("renamed.xlsx", fixtureBytes("legacy.xls"))).problem).toBe("xls");
  });

  it("refuses a file that is neither a zip, a compound file nor named .csv", async () => {
    expect((await problemOf("notes.pdf", new TextEncoder().encode("%PDF-1.7"))).problem).toBe("unsupportedType");
    expect((await problemOf("book.xlsx", new TextEncoder().encode("a,b\n1,2"))).problem).toBe("malformed");
  });

  it("refuses a compound file that is neither encrypted nor a workbook", async () => {
    const bytes = fixtureBytes("legacy.xls").slice();
    // Rename the stream "Workbook" to "Wordbook" in the directory (sector 1, entry 1: UTF-16LE name at offset 0).
    const entry = 512 * 2 + 128;
    expect(String.fromCharCode(bytes[entry + 6])).toBe("k");
    bytes[entry + 6] = "d".charCodeAt(0);
    expect(compoundStreamNames(bytes)).toEqual(["Wordbook"]);
    expect((await problemOf("memo.xlsx", bytes)).problem).toBe("notWorkbook");
  });

  it("reads the stream names of the committed compound files (checked with olefile when they were made)", () => {
    expect(compoundStreamNames(fixtureBytes("encrypted.xlsx"))?.sort()).toEqual(["EncryptedPackage", "EncryptionInfo"]);
    expect(compoundStreamNames(fixtureBytes("legacy.xls"))).toEqual(["Workbook"]);
  });

  it("calls a compound file whose directory chain leaves the file damaged", async () => {
    const bytes = fixtureBytes("legacy.xls").slice(0, 1024); // header and FAT, no directory sector
    expect(compoundStreamNames(bytes)).toBeUndefined();
    expect((await problemOf("cut.xls", bytes)).problem).toBe("malformed");
  });
});
