/**
 * Why a file could not be opened. The reader says what it found (a code and the details); the page turns it
 * into a sentence in the user's language (src/preview/preview-strings.ts), with what to do about it.
 */
export type FileProblem =
  /** The file has no bytes. */
  | "empty"
  /** An OLE compound file with an EncryptionInfo stream: a password-protected Office file (MS-OFFCRYPTO §2.3.4). */
  | "encrypted"
  /** An OLE compound file with a Workbook or Book stream: an Excel 97–2003 (or older) .xls (MS-XLS §2.1.2). */
  | "xls"
  /** Some other compound file (a .doc, a .msg …). */
  | "notWorkbook"
  /** A zip that is damaged or is not a workbook, or XML that cannot be read. `detail` says what the reader saw. */
  | "malformed"
  /** More rows (`detail`: how many) than a sheet holds (1,048,576). */
  | "tooManyRows"
  /** More columns (`detail`: how many) than a sheet holds (16,384). */
  | "tooManyColumns"
  /** Not .xlsx or .csv by its name, and not a zip. */
  | "unsupportedType"
  /** A table without a header row (`detail`: the table's name): the fake's tables, like the pane, need headers. */
  | "tableWithoutHeader";

export class FileOpenError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly fileName: string,
    readonly detail?: string,
  ) {
    super(`${fileName}: ${problem}${detail ? ` (${detail})` : ""}`);
    this.name = "FileOpenError";
  }
}

/** A FileOpenError as plain data (what the worker posts), and back. */
export interface FileOpenErrorData {
  readonly problem: FileProblem;
  readonly fileName: string;
  readonly detail?: string;
}
export const fileOpenErrorData = (e: FileOpenError): FileOpenErrorData => ({
  problem: e.problem,
  fileName: e.fileName,
  detail: e.detail,
});
export const fileOpenErrorFrom = (d: FileOpenErrorData): FileOpenError =>
  new FileOpenError(d.problem, d.fileName, d.detail);
