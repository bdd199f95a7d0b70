import type { NotKeptFeature } from "./not-kept";
import { type Relationship, relType } from "./xlsx-package";

/**
 * The package's own relationships (ECMA-376 Part 2 §9.3, from `_rels/.rels`) a reader keeps or that point at the
 * saving application's record, by type's last segment: the workbook (officeDocument), the document properties
 * (core-, extended-, custom-properties, document-properties.ts), the sensitivity label (classificationlabels) and
 * the thumbnail (Part 2 §11.6: a picture of the first sheet as last saved, which Excel writes anew).
 */
const ROOT_HANDLED: ReadonlySet<string> = new Set([
  "officeDocument",
  "core-properties",
  "extended-properties",
  "custom-properties",
  "classificationlabels",
  "thumbnail",
]);

/**
 * The workbook part's relationships a reader keeps, by type's last segment: its sheets (worksheet, and chart and
 * dialog sheets kept whole), shared strings, styles, theme, links to other workbooks, PivotTable caches, the VBA
 * project, slicer and timeline caches, custom XML parts, the threaded comments' persons, the cell metadata of dynamic
 * arrays (cell-metadata.ts, which names what it cannot keep as arrayFormulas); and two the saving
 * application writes anew from the cells: the calculation chain (Part 1 §18.6, "the order in which the cells …
 * were last calculated") and the volatile dependencies (§18.17).
 */
const WORKBOOK_HANDLED: ReadonlySet<string> = new Set([
  "worksheet",
  "chartsheet",
  "dialogsheet",
  "sharedStrings",
  "styles",
  "theme",
  "externalLink",
  "pivotCacheDefinition",
  "vbaProject",
  "slicerCache",
  "timelineCache",
  "customXml",
  "person",
  "sheetMetadata",
  "calcChain",
  "volatileDependencies",
]);

/**
 * The workbook's data connections (Part 1 §12.3.4 Connections part: Data › Queries & Connections, a query's link
 * to its source) and its data model (the Power Pivot part, MS-XLSX §2.1.2), which no reader keeps.
 */
const DATA_CONNECTIONS: ReadonlySet<string> = new Set(["connections", "powerPivotData"]);

/**
 * What the package relates to from its root or its workbook part that nothing keeps, so the page names it:
 * data connections and the data model as "dataConnections"; anything else (a ribbon customisation, other add-ins'
 * task panes, a digital signature, Excel 4.0 macro sheets, cell metadata, rich values …) as "otherWorkbookParts".
 */
export function packagePartsNotKept(
  rootRels: readonly Relationship[],
  workbookRels: readonly Relationship[],
): NotKeptFeature[] {
  const found = new Set<NotKeptFeature>();
  for (const rel of rootRels) if (!ROOT_HANDLED.has(relType(rel))) found.add("otherWorkbookParts");
  for (const rel of workbookRels) {
    const type = relType(rel);
    if (DATA_CONNECTIONS.has(type)) found.add("dataConnections");
    else if (!WORKBOOK_HANDLED.has(type)) found.add("otherWorkbookParts");
  }
  return [...found];
}
