import { ContentTypes } from "./content-types";
import type { KeptPart, SheetParts } from "./kept-parts";
import type { NotKeptList } from "./not-kept";
import { SheetPartsReader } from "./sheet-parts-reading";
import { type XlsxPackage, readXml, relationships } from "./xlsx-package";
import { attr } from "./xml-scanner";

/**
 * The VBA project part (MS-XLSB §2.1.7.56, "specified in [MS-OVBA]": at most one, the target of an implicit
 * relationship from the workbook part,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/0b351d0c-0f5a-498d-bd44-e88dbd298b6c).
 */
export const VBA_PROJECT_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
export const VBA_PROJECT_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";

/**
 * What VBA binds to in an opened workbook, kept for its download only: Office.js sees none of it (no API reads a
 * VBA project or a code name), and the fake never changes it.
 */
export interface KeptVba {
  /**
   * The name VBA knows the workbook by (§18.2.28 workbookPr codeName, "ThisWorkbook" in English Excel). Without it
   * Excel gives the project a second workbook module ("ThisWorkbook1") and the first's Workbook_Open no longer runs
   * (https://github.com/jmcnamara/XlsxWriter/issues/438, https://github.com/SheetJS/sheetjs/issues/615); so with
   * each sheet's (SheetState.codeName, §18.3.1.82).
   */
  readonly codeName?: string;
  /**
   * The workbook part's relationship to the VBA project and every part that reaches, byte for byte (kept-parts.ts,
   * as a sheet's drawings are): the project, and its signatures (MS-XLSB §2.1.7.58 VBA Project Signature and its
   * Agile and V3 kin, each "the target of an implicit relationship from the VBA project part", [MS-OSHARED] §2.3.2,
   * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/8fbb98c8-bf03-429e-b6e8-ae024539b5b9).
   * Absent when the file has no project, or one that cannot be copied (named "macros").
   */
  readonly project?: SheetParts;
}

/**
 * The project's part and those it reaches (sheet-parts-reading.ts), when all are there and the project is typed as
 * MS-XLSB types it. A reader of its own: no sheet reaches these parts (§2.1.7.56: the project relates to its
 * signatures only).
 */
async function projectParts(pkg: XlsxPackage, project: string): Promise<KeptPart[] | undefined> {
  const reader = new SheetPartsReader(pkg, new ContentTypes((await pkg.text("[Content_Types].xml")) ?? ""));
  const parts = await reader.reached(project);
  return parts?.[0].contentType === VBA_PROJECT_CONTENT_TYPE ? parts : undefined;
}

/**
 * The workbook part's VBA code name and project (`workbookPath`: the workbook part's name, `workbookXml` its
 * text). A project whose part is missing, is not typed as MS-XLSB types it, or reaches a missing part (a
 * signature) is named "macros", and so is a vbaProject.bin no relationship names (where Excel writes it, beside a
 * workbook part that lost its relationship). Undefined when there is nothing to keep.
 */
export async function keptVba(
  pkg: XlsxPackage,
  workbookPath: string,
  workbookXml: string,
  notKept: NotKeptList,
): Promise<KeptVba | undefined> {
  let codeName: string | undefined;
  readXml(workbookXml, (name, tag) => {
    if (name === "workbookPr") codeName = attr(tag, "codeName");
  });
  const rel = (await relationships(pkg, workbookPath)).find((r) => r.type === VBA_PROJECT_RELATIONSHIP);
  const kept = rel === undefined ? undefined : await projectParts(pkg, rel.target);
  if ((rel !== undefined && kept === undefined) || (rel === undefined && pkg.has("xl/vbaProject.bin")))
    notKept.add("macros");
  const project: SheetParts | undefined =
    rel && kept ? { relationships: [{ ...rel, external: false }], parts: kept } : undefined;
  if (codeName === undefined && project === undefined) return undefined;
  return { ...(codeName !== undefined ? { codeName } : {}), ...(project ? { project } : {}) };
}
