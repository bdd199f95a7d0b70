/**
 * Excel 2013's PivotTable timelines (MS-XLSX), kept as PivotTable slicers are (slicer-caches.ts): a worksheet's
 * extension {7E03D99C-…} holds x15:timelineRefs (CT_TimelineRefs,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/a86d3fc3-5188-4ddd-9a30-c4906a6f84d3), each
 * x15:timelineRef's r:id a Timeline part; the workbook's extension {D0CA8CA8-…} holds x15:timelineCacheRefs
 * (CT_TimelineCacheRefs, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2f821c30-252d-4507-b392-96ab558788c8),
 * each x15:timelineCacheRef's r:id a Timeline Cache part, whose pivotTables name their PivotTables by tabId and name
 * as a slicer cache's do. The workbook uri as in MS-XLSX §2.2.4.11's table,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/e29966e2-5baa-4fcf-84c9-082025e1be13; the
 * worksheet's as in §2.2.4.12's (its last row),
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/07d607af-5618-4ca2-b683-6a78dc0d9627.
 */
export const TIMELINES_URI = "{7E03D99C-DC04-49d9-9315-930204A7B6E9}";
export const TIMELINE_CACHE_REFS_URI = "{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}";

/**
 * The Timeline part's content type, as Excel writes it (MS-XLSB's Timelines part,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/a256b911-a91b-497f-9f9c-402e4e7bab47,
 * spells it with a capital T; content types compare without case, ECMA-376 Part 2 §10.1.2.2).
 */
export const TIMELINE_CONTENT_TYPE = "application/vnd.ms-excel.timeline+xml";
