/**
 * The host as the rest of the add-in sees it: the WorkbookHost boundary and the shapes that cross it
 * (host-api.ts), the Excel host that implements it on Office.js (excel/), and the fake Excel (fake-excel/,
 * a test double the preview page runs the same host on). Nothing here imports the pane or the preview.
 */
export type {
  ApplyProgress,
  ApplyReport,
  HostFeature,
  HostNotice,
  HostRequirements,
  RangeRef,
  SelectionRead,
  WorkbookHost,
} from "./host-api";
export { HostError } from "./host-api";
export { bindOfficeEnv, createExcelHost } from "./excel";
export { createFakeExcel, type FakeChartView, type FakeExcel, type FakeWorkbookView } from "./fake-excel";
export * from "./fake-excel/file/open-file";
export { FileSaveError, type FileSaveErrorData, type SaveProblem } from "./fake-excel/file/file-save-error";
