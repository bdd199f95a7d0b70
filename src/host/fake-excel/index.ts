/** The fake Excel: a test double of the Excel JavaScript API subset the host uses (see create-fake-excel.ts). */
export { createFakeExcel } from "./create-fake-excel";
export type { FakeCellView, FakeChartView, FakeExcel, FakeExcelOptions, FakeExcelTesting, FakeSheetInput, FakeWorkbookView } from "./create-fake-excel";
export type { ActionInfo, FakeStats } from "./context";
export { FakeOfficeError } from "./office-error";
export type { WorkbookSnapshot, CellSnapshot } from "./workbook-snapshot";
