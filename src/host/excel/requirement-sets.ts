import type { HostFeature, HostRequirements } from "../host-api";

/**
 * The Excel JavaScript API versions TierLadder needs, told truthfully. Each entry's requirement set is
 * the "[Api set: ExcelApi x.y]" of that member in @types/office-js and on its reference page
 * (https://learn.microsoft.com/javascript/api/excel/); test/host/excel/requirement-sets.test.ts checks
 * every entry against @types/office-js, and that manifest.xml declares MIN_EXCEL_API.
 *
 * REQUIRED: members the host calls with no fallback. The highest of them is the minimum; manifest.xml
 * declares it (<Set Name="ExcelApi" MinVersion="1.7"/>), so Office does not offer the add-in where it
 * is missing (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 * If the pane runs below it anyway, it says so at start instead of failing on the first write.
 */
export const REQUIRED: readonly { readonly member: string; readonly version: string }[] = [
  { member: "Worksheet.getRangeByIndexes", version: "1.7" },
  { member: "Worksheet.freezePanes", version: "1.7" },
  { member: "Worksheet.getUsedRangeOrNullObject", version: "1.4" },
  { member: "Range.getIntersectionOrNullObject", version: "1.4" },
  { member: "SettingCollection.getItemOrNullObject", version: "1.4" },
  { member: "Range.rowHidden", version: "1.2" },
  { member: "RangeFormat.autofitColumns", version: "1.2" },
  { member: "Table.convertToRange", version: "1.2" },
];

/** The minimum: the highest version in REQUIRED. */
export const MIN_EXCEL_API = "1.7";

/**
 * OPTIONAL: features above the minimum, each with the member it needs and the fallback the host takes
 * without it (apply-plan.ts, read.ts, snapshot-store.ts). Below the minimum (1.5, 1.6) they are listed
 * too, so a test at those versions shows the host still degrades rather than fails.
 */
export const OPTIONAL: readonly { readonly feature: HostFeature; readonly member: string; readonly version: string }[] =
  [
    { feature: "movement", member: "Workbook.customXmlParts", version: "1.5" },
    { feature: "tierColours", member: "Range.conditionalFormats", version: "1.6" },
    { feature: "statusLists", member: "Range.dataValidation", version: "1.8" },
    { feature: "paretoFunnelCharts", member: "ChartType.pareto", version: "1.9" },
    { feature: "printLayout", member: "Worksheet.pageLayout", version: "1.9" },
    { feature: "tablesInSelection", member: "Range.getTables", version: "1.9" },
    { feature: "tableResize", member: "Table.resize", version: "1.13" },
  ];

/** What this Excel lacks, for the pane's start message (WorkbookHost.requirements). */
export function hostRequirements(isSetSupported: (name: string, version: string) => boolean): HostRequirements {
  return {
    minimum: MIN_EXCEL_API,
    meetsMinimum: isSetSupported("ExcelApi", MIN_EXCEL_API),
    unavailable: OPTIONAL.filter((o) => !isSetSupported("ExcelApi", o.version)).map((o) => o.feature),
  };
}
