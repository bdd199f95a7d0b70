/** The opening side of the standalone mode's file support, as src/host/index.ts exports it. */
export { openWorkbookFile } from "./open-workbook-file";
export { fakeExcelFromFile } from "./fake-excel-from-file";
export {
  FileOpenError,
  fileOpenErrorData,
  fileOpenErrorFrom,
  type FileOpenErrorData,
  type FileProblem,
} from "./file-open-error";
export type { OpenProgress, OpenedWorkbook } from "./opened-workbook";
export { packWorkbook, unpackWorkbook, type PackedWorkbook } from "./packed-workbook";
export type { NotKept, NotKeptFeature } from "./not-kept";
