import type { KeptElement } from "../state";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** An attribute value in double quotes (XML 1.0 §3.1). */
const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The rels part of a part (ECMA-376 Part 2 §9.3.5: the rels of a/b.xml are a/_rels/b.xml.rels). */
const relsOf = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");

/**
 * A sheet's kept elements for the download's worksheet part at `sheetPath`: each external target an element links
 * to (a hyperlink's address, hyperlink-targets.ts) becomes a relationship of the part with TargetMode="External"
 * (Part 1 §18.3.1.47, Part 2 §9.3.2.2) under a fresh id, added to the rels ExcelJS wrote (its tables'), and the
 * element's r:id says the new id.
 */
export async function withLinksInPart(
  zip: Zip,
  sheetPath: string,
  elements: readonly KeptElement[],
): Promise<KeptElement[]> {
  if (!elements.some((e) => e.links && e.links.length > 0)) return [...elements];
  const path = relsOf(sheetPath);
  const rels = (await zip.file(path)?.async("string")) ?? EMPTY_RELS;
  const taken = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  const added: string[] = [];
  const fresh = (target: string) => {
    let id: string;
    do id = `rIdLink${++n}`;
    while (taken.has(id));
    added.push(
      `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${escapeAttribute(target)}" TargetMode="External"/>`,
    );
    return id;
  };
  const out = elements.map((e) => {
    if (!e.links || e.links.length === 0) return e;
    const ids = new Map(e.links.map(([old, target]) => [old, fresh(target)]));
    const xml = e.xml.replace(/(\sr:id\s*=\s*")([^"]*)"/g, (_, before: string, id: string) => {
      return `${before}${ids.get(id) ?? id}"`;
    });
    return { element: e.element, xml };
  });
  zip.file(path, rels.replace("</Relationships>", `${added.join("")}</Relationships>`));
  return out;
}
