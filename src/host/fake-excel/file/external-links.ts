import { ElementsAsXml } from "./elements-as-xml";
import type { KeptPart, SheetParts } from "./kept-parts";
import type { SheetPartsReader } from "./sheet-parts-reading";
import { type Relationship, readXml, relType } from "./xlsx-package";
import { XmlScanner, attr } from "./xml-scanner";

/**
 * The workbook's links to other workbooks: its externalReferences element (ECMA-376 Part 1 §18.2.9) as the file wrote
 * it, and the External Workbook parts its externalReference r:ids reach (§12.3.9; each with its own relationship to
 * the other workbook, TargetMode External), byte for byte (kept-parts.ts). A formula names a link by its place
 * among the externalReference elements ([1]Sheet1!A1 the first, §18.14), so the element is kept whole, in order.
 */
export interface KeptExternalLinks {
  readonly xml: string;
  readonly parts: SheetParts;
}

/** The workbook's external links, undefined without any; "named" when a link's part is missing. */
export async function keptExternalLinks(
  reader: SheetPartsReader,
  workbookXml: string,
  rels: readonly Relationship[],
): Promise<KeptExternalLinks | undefined | "named"> {
  const found = new ElementsAsXml((name, depth) => name === "externalReferences" && depth === 2);
  const scanner = new XmlScanner(found);
  scanner.write(workbookXml);
  scanner.end();
  const xml = found.elements[0]?.xml;
  if (xml === undefined) return undefined;
  const ids: string[] = [];
  readXml(xml, (name, tag) => {
    if (name === "externalReference") ids.push(attr(tag, "r:id") ?? "");
  });
  const relationships = ids.map((id) => rels.find((r) => r.id === id && relType(r) === "externalLink"));
  const parts: KeptPart[] = [];
  for (const rel of relationships) {
    const reached = rel && (await reader.reached(rel.target));
    if (!reached) return "named";
    for (const part of reached) if (!parts.some((p) => p.name === part.name)) parts.push(part);
  }
  const kept = relationships.filter((r): r is Relationship => r !== undefined);
  return { xml, parts: { relationships: kept.map((r) => ({ ...r, external: false })), parts } };
}
