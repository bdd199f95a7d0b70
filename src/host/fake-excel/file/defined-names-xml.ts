import type { KeptName } from "../state";
import { withAttributes } from "./start-tag-attributes";
import { attr } from "./xml-scanner";

/** A name to write: kept from the opened file, scoped to the download's sheet at index `sheet` or to the workbook. */
export interface NameToWrite extends KeptName {
  readonly sheet?: number;
}

const NAMES = /<definedNames\/>|<definedNames>([\s\S]*?)<\/definedNames>/;
const NAME = /<definedName\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/definedName>/g;

/** Names are one per scope, compared without case (Excel's names are not case-sensitive, §18.2.5). */
const scopeKey = (name: string, sheet: number | undefined) => `${name.toLowerCase()}\u0000${sheet ?? ""}`;

/**
 * The workbook part as ExcelJS wrote it (xl/workbook.xml) with the opened file's defined names in its
 * `<definedNames>` (§18.2.6), which CT_Workbook (§18.2.27) puts right after `<sheets>`: a sheet's name gets the
 * sheet's index in the download as its localSheetId. What ExcelJS wrote comes from what TierLadder set (a print
 * area through Worksheet.pageLayout) and wins over the file's name of the same name and scope.
 */
export function withDefinedNames(workbookXml: string, names: readonly NameToWrite[]): string {
  if (names.length === 0) return workbookXml;
  const existing = NAMES.exec(workbookXml);
  const written = existing?.[1] ?? "";
  const taken = new Set(
    [...written.matchAll(NAME)].map((m) => {
      const local = attr(m[0], "localSheetId");
      return scopeKey(attr(m[0], "name") ?? "", local === undefined ? undefined : Number(local));
    }),
  );
  const added = names
    .filter((n) => !taken.has(scopeKey(n.name, n.sheet)))
    .map((n) => (n.sheet === undefined ? n.xml : withAttributes(n.xml, { localSheetId: n.sheet })));
  if (added.length === 0) return workbookXml;
  const element = `<definedNames>${written}${added.join("")}</definedNames>`;
  if (existing) return workbookXml.replace(NAMES, () => element);
  const sheetsEnd = workbookXml.indexOf("</sheets>");
  if (sheetsEnd < 0) throw new Error("The workbook part has no <sheets>.");
  const at = sheetsEnd + "</sheets>".length;
  return workbookXml.slice(0, at) + element + workbookXml.slice(at);
}
