import { FakeOfficeError } from "./office-error";

/** Chart members the office-js tracker reports as unsupported on some chart types. */
export type ChartMember = "title" | "series" | "dataLabels" | "axes";
export type UnsupportedChartMembers = Readonly<Record<string, readonly ChartMember[]>>;

/**
 * What is reported, and nothing more:
 * - Waterfall: Chart.title throws UnsupportedOperation ("This operation is not supported", errorLocation
 *   "Chart.title") on Excel 2016 desktop, https://github.com/OfficeDev/office-js/issues/2041.
 * - Waterfall, Sunburst and Doughnut: Chart.series throws UnsupportedOperation ("This operation is not
 *   implemented"), https://github.com/OfficeDev/office-js-docs/issues/910 (2017).
 * Nothing is reported for Funnel or Pareto titles, data labels or axes (Chart.dataLabels and Chart.axes are
 * ExcelApi 1.1 with no chart-type caveat, https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart); a test that wants a host where they fail passes
 * `unsupportedChartMembers` to createFakeExcel (the issue tracker reports such failures "in some hosts").
 */
export const REPORTED_UNSUPPORTED_CHART_MEMBERS: UnsupportedChartMembers = {
  Waterfall: ["title", "series"],
  Sunburst: ["series"],
  Doughnut: ["series"],
};

export function unsupportedChartMember(type: string, member: ChartMember): FakeOfficeError {
  const location = `Chart.${member}`;
  return new FakeOfficeError(
    "UnsupportedOperation",
    `This operation is not supported (${location} on a ${type} chart; office-js#2041, office-js-docs#910).`,
    location,
  );
}
