import type { SheetParts } from "./kept-parts";
import { PERSONS_CONTENT_TYPE, PERSON_RELATIONSHIP } from "./persons-part";
import { relativeTarget } from "./sheet-parts-writing";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/**
 * A relationship from the download's workbook part to the copied persons part (persons-part.ts; `copiedName`: its
 * name in the download, undefined when no saved sheet took it along, as when every sheet with threads was deleted),
 * under a fresh id; none when no saved sheet kept threads. Without it Excel finds no authors for the threads.
 */
export async function relatePersons(
  zip: Zip,
  sheets: readonly { readonly keptParts?: SheetParts }[],
  copiedName: (part: string) => string | undefined,
): Promise<void> {
  const kept = sheets.flatMap((s) => s.keptParts?.parts ?? []).filter((p) => p.contentType === PERSONS_CONTENT_TYPE);
  const names = [...new Set(kept.map((p) => copiedName(p.name)))].filter((n): n is string => n !== undefined);
  if (names.length === 0) return;
  const rels = await zip.file(WORKBOOK_RELS)?.async("string");
  if (rels === undefined) throw new Error(`The workbook package has no ${WORKBOOK_RELS}.`);
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  const added = names.map((name) => {
    let id: string;
    do id = `rIdPersons${++n}`;
    while (ids.has(id));
    return `<Relationship Id="${id}" Type="${PERSON_RELATIONSHIP}" Target="${relativeTarget(WORKBOOK, name)}"/>`;
  });
  zip.file(WORKBOOK_RELS, rels.replace("</Relationships>", `${added.join("")}</Relationships>`));
}
