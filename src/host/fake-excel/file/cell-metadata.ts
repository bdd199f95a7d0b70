import { ContentTypes } from "./content-types";
import type { SheetParts } from "./kept-parts";
import { SheetPartsReader } from "./sheet-parts-reading";
import { type Relationship, type XlsxPackage, relType } from "./xlsx-package";

/**
 * The metadata part's content type (ECMA-376 Part 1 §12.3.10, the target of the workbook part's …/sheetMetadata
 * relationship), which a dynamic array's cm indexes (array-formulas.ts).
 */
export const SHEET_METADATA_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";

/** The cellMetadata element's body (its bk records); prefixed or not. */
const CELL_METADATA = /<(?:[\w.-]+:)?cellMetadata\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellMetadata>/;
const RECORD = /<(?:[\w.-]+:)?bk\b/g;

/** How many cell metadata records (bk) a metadata part's cellMetadata holds: a cm from 1 to this names one. */
export function cellMetadataRecords(xml: string): number {
  const body = CELL_METADATA.exec(xml)?.[1];
  return body === undefined ? 0 : (body.match(RECORD)?.length ?? 0);
}

/**
 * Whether a cell's cm names one of `records` cell metadata records: Office reads cm as one-based (MS-OI29500 on
 * §18.3.1.4, where the standard says zero-based; 0, the default, is none), as Excel and xlsxwriter write cm="1".
 */
export function namesRecord(cm: string, records: number): boolean {
  return /^\d+$/.test(cm) && Number(cm) >= 1 && Number(cm) <= records;
}

/** An opened file's metadata part, and how many cell metadata records it holds (for the cells' cm to name). */
export interface KeptCellMetadata {
  /** The workbook part's relationship to the part, and the part with what it reaches, byte for byte (kept-parts.ts). */
  readonly kept: SheetParts;
  readonly records: number;
}

/**
 * The workbook's metadata part (`workbookPath`, `workbookRels`: the workbook part's name and relationships), kept as
 * the VBA project is (vba-project.ts); undefined when there is none, or it is missing or not typed as a metadata part
 * (a cm then names nothing: the cells say so, sheet-cells.ts).
 */
export async function keptCellMetadata(
  pkg: XlsxPackage,
  workbookRels: readonly Relationship[],
): Promise<KeptCellMetadata | undefined> {
  const rel = workbookRels.find((r) => relType(r) === "sheetMetadata");
  if (!rel) return undefined;
  const reader = new SheetPartsReader(pkg, new ContentTypes((await pkg.text("[Content_Types].xml")) ?? ""));
  const parts = await reader.reached(rel.target);
  if (parts?.[0].contentType !== SHEET_METADATA_CONTENT_TYPE) return undefined;
  return {
    kept: { relationships: [{ ...rel, external: false }], parts },
    records: cellMetadataRecords(new TextDecoder().decode(parts[0].bytes)),
  };
}
