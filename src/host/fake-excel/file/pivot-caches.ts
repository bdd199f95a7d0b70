import { relativeTarget } from "./sheet-parts-writing";

/**
 * A PivotTable cache the workbook part lists (ECMA-376 Part 1 §18.2.22 pivotCaches, §18.2.21 pivotCache): the
 * cacheId its PivotTables name (§18.10.1.73 pivotTableDefinition cacheId) and its pivotCacheDefinition part
 * (§18.10.1.67), which the sheets' kept parts carry (sheet-parts-reading.ts: a PivotTable relates to its cache).
 */
export interface PivotCacheRef {
  readonly cacheId: string;
  /** The definition part's name in the opened file ("xl/pivotCache/pivotCacheDefinition1.xml"). */
  readonly part: string;
}

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CACHE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition";
/** CT_Workbook's children after pivotCaches (§18.2.27), before the first of which it goes. */
const AFTER = /<(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;

/**
 * The caches of the PivotTables whose parts went into the download, listed in its workbook part: a relationship
 * from the workbook to each copied definition (`copiedName`: its name in the download, undefined when no saved sheet
 * took it along, as when its sheet was deleted) under a fresh id, and a pivotCache with the file's cacheId (which the
 * copied PivotTables name) in pivotCaches at its place in the sequence. Excel finds a PivotTable's cache through this
 * list by cacheId; a PivotTable whose cacheId is not listed is one Excel repairs away.
 */
export async function keepPivotCaches(
  zip: Zip,
  caches: readonly PivotCacheRef[],
  copiedName: (part: string) => string | undefined,
): Promise<void> {
  const copied = caches.flatMap((c) => {
    const name = copiedName(c.part);
    return name === undefined ? [] : [{ cacheId: c.cacheId, name }];
  });
  if (copied.length === 0) return;
  const [book, rels] = await Promise.all([WORKBOOK, WORKBOOK_RELS].map((p) => zip.file(p)?.async("string")));
  if (book === undefined || rels === undefined)
    throw new Error(`The workbook package has no ${WORKBOOK} and its relationships.`);
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  const entries: string[] = [];
  const relationships: string[] = [];
  for (const { cacheId, name } of copied) {
    let id: string;
    do id = `rIdPivotCache${++n}`;
    while (ids.has(id));
    relationships.push(`<Relationship Id="${id}" Type="${CACHE_TYPE}" Target="${relativeTarget(WORKBOOK, name)}"/>`);
    entries.push(`<pivotCache cacheId="${cacheId}" r:id="${id}"/>`);
  }
  const at = AFTER.exec(book);
  if (!at || book.includes("<pivotCaches"))
    throw new Error(`The workbook package's ${WORKBOOK} cannot take pivotCaches.`);
  const list = `<pivotCaches>${entries.join("")}</pivotCaches>`;
  zip.file(WORKBOOK, book.slice(0, at.index) + list + book.slice(at.index));
  zip.file(WORKBOOK_RELS, rels.replace("</Relationships>", `${relationships.join("")}</Relationships>`));
}
