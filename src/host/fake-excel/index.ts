/** The fake Excel: a test double of the Excel JavaScript API subset the host uses (see create-fake-excel.ts). */
export { createFakeExcel } from "./create-fake-excel";
export type { FakeExcel, FakeExcelOptions, FakeSheetInput } from "./create-fake-excel";
export type { FakeCellView, FakeChartView, FakeWorkbookView } from "./fake-workbook-view";
export type { FakeExcelTesting } from "./fake-testing";
export type { ActionInfo, FakeStats } from "./context";
export { FakeOfficeError } from "./office-error";
export { REPORTED_UNSUPPORTED_CHART_MEMBERS } from "./chart-support";
export type { ChartMember, UnsupportedChartMembers } from "./chart-support";
export { RANGE_READ_CELL_LIMIT, SETTING_ONE_BYTES, SETTINGS_TOTAL_BYTES } from "./limits";
export { UNDOCUMENTED } from "./undocumented";
export type { WorkbookSnapshot, CellSnapshot } from "./workbook-snapshot";
