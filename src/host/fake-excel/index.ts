/** The fake Excel: a test double of the Excel JavaScript API subset the host uses (see create-fake-excel.ts). */
export { createFakeExcel } from "./create-fake-excel";
export type { FakeCellView, FakeChartView, FakeExcel, FakeExcelOptions, FakeExcelTesting, FakeSheetInput, FakeWorkbookView } from "./create-fake-excel";
export type { ActionInfo, FakeStats } from "./context";
export { FakeOfficeError } from "./office-error";
export { REPORTED_UNSUPPORTED_CHART_MEMBERS } from "./chart-support";
export type { ChartMember, UnsupportedChartMembers } from "./chart-support";
export { RANGE_READ_CELL_LIMIT, SETTING_ONE_BYTES, SETTINGS_TOTAL_BYTES } from "./limits";
export { UNDOCUMENTED } from "./undocumented";
export type { WorkbookSnapshot, CellSnapshot } from "./workbook-snapshot";
