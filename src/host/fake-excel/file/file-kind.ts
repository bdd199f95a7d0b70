import { compoundStreamNames, isCompoundFile } from "./compound-file";
import { FileOpenError } from "./file-open-error";

export type FileKind = "xlsx" | "csv";

/** A zip's local file header signature, "PK\3\4" (APPNOTE.TXT §4.3.7): every .xlsx is a zip (ECMA-376 Part 2). */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * What a file is, from its first bytes before its name (a renamed file is still what it is): a zip is read
 * as .xlsx, an .xlsm too (whether a VBA project is kept follows what it holds, not its name: vba-project.ts); a
 * compound file is a password-protected workbook, an .xls, or something else, each refused with its own reason;
 * other bytes are CSV only when the name says .csv.
 */
export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new FileOpenError("empty", fileName);
  if (isZip(bytes)) return "xlsx";
  if (isCompoundFile(bytes)) {
    const streams = compoundStreamNames(bytes);
    if (!streams) throw new FileOpenError("malformed", fileName, "a damaged OLE compound file");
    if (streams.includes("EncryptionInfo")) throw new FileOpenError("encrypted", fileName);
    if (streams.includes("Workbook") || streams.includes("Book")) throw new FileOpenError("xls", fileName);
    throw new FileOpenError("notWorkbook", fileName);
  }
  if (/\.(csv|txt)$/i.test(fileName)) return "csv";
  if (/\.xls[xm]$/i.test(fileName)) throw new FileOpenError("malformed", fileName, "not a zip archive");
  throw new FileOpenError("unsupportedType", fileName);
}
