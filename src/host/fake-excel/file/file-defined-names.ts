import type { KeptName } from "../state";
import { ElementsAsXml } from "./elements-as-xml";
import { withAttributes } from "./start-tag-attributes";
import { XmlScanner, attr } from "./xml-scanner";

/** A defined name as read from a file: scoped to the sheet named `sheet`, or to the workbook when absent. */
export interface FileDefinedName extends KeptName {
  readonly sheet?: string;
}

/**
 * The workbook part's defined names (ECMA-376 Part 1 §18.2.5 definedName, in definedNames §18.2.6), each kept as
 * the file wrote it — the user's named ranges and named formulas or constants, with their hidden, comment … and the
 * built-in _xlnm. names of what the download keeps (print areas and titles, a filter's _xlnm._FilterDatabase) — and
 * its scope: localSheetId is an index into the workbook's sheets as listed (`listed`, chart sheets among them), made
 * a sheet name here, since the download's sheets may be in another order. A name scoped to an index past the last
 * sheet is left out: Excel has no sheet to scope it to (nor has the download one to a chart sheet that is not kept,
 * opened-workbook-state.ts).
 */
export function fileDefinedNames(workbookXml: string, listed: readonly string[]): FileDefinedName[] {
  const names = new ElementsAsXml((name, depth) => name === "definedName" && depth === 3);
  const scanner = new XmlScanner(names);
  scanner.write(workbookXml);
  scanner.end();
  const out: FileDefinedName[] = [];
  for (const { tag, xml } of names.elements) {
    const name = attr(tag, "name") ?? "";
    const local = attr(tag, "localSheetId");
    const sheet = local === undefined ? undefined : listed[Number(local)];
    if (local !== undefined && sheet === undefined) continue;
    const kept = { name, xml: withAttributes(xml, { localSheetId: undefined }) };
    out.push(sheet === undefined ? kept : { ...kept, sheet });
  }
  return out;
}
