import type { KeptElement } from "../state";
import type { ContentTypes } from "./content-types";
import { ELEMENT_RELATIONSHIPS, type KeptPart, type KeptRelationship, type SheetParts } from "./kept-parts";
import type { NotKeptFeature } from "./not-kept";
import { type XlsxPackage, readXml, resolvePath } from "./xlsx-package";
import { attr } from "./xml-scanner";

/** The relationship type's last segment ("…/relationships/drawing" → "drawing"). */
const kind = (type: string) => type.slice(type.lastIndexOf("/") + 1);

/**
 * Whether a relationship's target is a part of the package: not TargetMode="External" (Part 2 §9.3.2.2), and not
 * a hyperlink, whose target may be a place in the workbook ("#Sheet1!A1", written without TargetMode by Excel).
 */
export const targetsPart = (r: KeptRelationship) => !r.external && kind(r.type) !== "hyperlink";

/** A part's relationships (Part 2 §9.3.5: the rels of a/b.xml are a/_rels/b.xml.rels), a part's target resolved. */
async function partRelationships(pkg: XlsxPackage, source: string): Promise<KeptRelationship[]> {
  const slash = source.lastIndexOf("/");
  const folder = source.slice(0, slash + 1);
  const xml = await pkg.text(`${folder}_rels/${source.slice(slash + 1)}.rels`);
  const out: KeptRelationship[] = [];
  if (xml === undefined) return out;
  readXml(xml, (name, tag) => {
    if (name !== "Relationship") return;
    const written = { id: attr(tag, "Id") ?? "", type: attr(tag, "Type") ?? "", target: attr(tag, "Target") ?? "" };
    const rel = { ...written, external: attr(tag, "TargetMode") === "External" };
    out.push(targetsPart(rel) ? { ...rel, target: resolvePath(folder, rel.target) } : rel);
  });
  return out;
}

/**
 * Every part reachable from `root` through the parts' relationships (a drawing's charts and images, a chart's
 * style, colours and embedded workbook …), each once; undefined when one is missing or has no content type (the
 * copy would point at nothing, which Excel repairs away). Parts met before (`met`, by name) are the same objects,
 * so a picture on two sheets is held once.
 */
async function partsReached(
  { pkg, types, met }: { pkg: XlsxPackage; types: ContentTypes; met: Map<string, KeptPart> },
  root: string,
): Promise<KeptPart[] | undefined> {
  const reached: KeptPart[] = [];
  const queue = [root];
  const queued = new Set(queue);
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    let part = met.get(name);
    if (!part) {
      const read = await pkg.bytes(name);
      const contentType = types.of(name);
      if (read === undefined || contentType === undefined) return undefined;
      // Its own buffer: JSZip may hand a stored entry out as a view of the whole file, and the worker moves
      // these buffers to the page (packed-workbook.ts).
      const bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? read : read.slice();
      part = { name, contentType, bytes, relationships: await partRelationships(pkg, name) };
      met.set(name, part);
    }
    reached.push(part);
    for (const r of part.relationships.filter(targetsPart))
      if (!queued.has(r.target)) {
        queued.add(r.target);
        queue.push(r.target);
      }
  }
  return reached;
}

/** What a sheet's copy is named as when it cannot be made, by its element or (for a relationship alone) its kind. */
const FEATURE: Record<string, NotKeptFeature> = {
  drawing: "drawings",
  legacyDrawing: "comments",
  legacyDrawingHF: "drawings",
  picture: "drawings",
  comments: "comments",
  pivotTable: "pivotTables",
};

/**
 * Parts a sheet reaches by a relationship alone, no element of its XML naming it: its notes' text (§18.7) and its
 * PivotTables (§18.10.1.73 pivotTableDefinition, which relates to its cache definition and that to its records).
 */
const RELATIONSHIP_ROOTS = new Set(["comments", "pivotTable"]);

/**
 * A sheet's drawings and comments, kept whole (kept-parts.ts): the parts its kept drawing, legacyDrawing,
 * legacyDrawingHF and picture elements (their r:id: §18.3.1.36, §18.3.1.51, and the header/footer and background
 * pictures, children of CT_Worksheet §18.3.1.99) and its
 * comments and pivotTable relationships (§18.7, §18.10: reached from the sheet by a relationship only) reach.
 * Returns the elements less those whose parts cannot be kept, each such one named with `note`. Threaded comments
 * (a threadedComment relationship; MS-XLSX §2.6.205 CT_ThreadedComment,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/42f9b03d-9662-4204-9783-dbeb324a691c; their
 * authors are in a workbook-level persons part) are not copied but named: Excel writes each thread as a note in
 * the comments part too, for versions without threaded comments, and that note is kept.
 */
export class SheetPartsReader {
  /** The parts read so far, by name: a part two sheets reach is read and held once. */
  readonly met = new Map<string, KeptPart>();

  constructor(
    readonly pkg: XlsxPackage,
    readonly types: ContentTypes,
  ) {}

  async sheet(
    sheetPath: string,
    elements: readonly KeptElement[],
    note: (feature: NotKeptFeature) => void,
  ): Promise<{ elements: KeptElement[]; parts?: SheetParts }> {
    return sheetParts(this, sheetPath, elements, note);
  }
}

async function sheetParts(
  context: { pkg: XlsxPackage; types: ContentTypes; met: Map<string, KeptPart> },
  sheetPath: string,
  elements: readonly KeptElement[],
  note: (feature: NotKeptFeature) => void,
): Promise<{ elements: KeptElement[]; parts?: SheetParts }> {
  const { pkg } = context;
  const referring = elements.filter((e) => ELEMENT_RELATIONSHIPS.has(e.element));
  const rels = await partRelationships(pkg, sheetPath);
  if (rels.some((r) => kind(r.type) === "threadedComment")) note("threadedComments");
  if (referring.length === 0 && !rels.some((r) => RELATIONSHIP_ROOTS.has(kind(r.type))))
    return { elements: [...elements] };
  const byId = new Map(rels.map((r) => [r.id, r]));
  const roots: { rel: KeptRelationship; element?: KeptElement }[] = referring.map((element) => ({
    element,
    rel: byId.get(/\sr:id\s*=\s*"([^"]*)"/.exec(element.xml)?.[1] ?? "") ?? {
      id: "",
      type: "",
      target: "",
      external: true,
    },
  }));
  for (const rel of rels) if (RELATIONSHIP_ROOTS.has(kind(rel.type))) roots.push({ rel });
  const reached: (KeptPart[] | undefined)[] = [];
  for (const { rel, element } of roots) {
    // One after another: two roots reaching one part (an image) must find it in `met`, not read it twice.
    const wanted = element ? ELEMENT_RELATIONSHIPS.get(element.element) : kind(rel.type);
    reached.push(targetsPart(rel) && kind(rel.type) === wanted ? await partsReached(context, rel.target) : undefined);
  }
  // The notes' text (comments) and their boxes (the legacyDrawing's VML) go together or not at all: one without
  // the other is not a note Excel shows.
  const notes = ({ rel, element }: (typeof roots)[number]) =>
    element ? element.element === "legacyDrawing" : kind(rel.type) === "comments";
  const notesBroken = roots.some((root, i) => notes(root) && !reached[i]);
  const kept: KeptRelationship[] = [];
  const parts: KeptPart[] = [];
  const dropped = new Set<KeptElement>();
  roots.forEach((root, i) => {
    const { rel, element } = root;
    const found = notesBroken && notes(root) ? undefined : reached[i];
    if (!found) {
      note(FEATURE[element?.element ?? kind(rel.type)] ?? "drawings");
      if (element) dropped.add(element);
      return;
    }
    if (!kept.includes(rel)) kept.push(rel);
    for (const p of found) if (!parts.includes(p)) parts.push(p);
  });
  return {
    elements: elements.filter((e) => !dropped.has(e)),
    ...(kept.length > 0 ? { parts: { relationships: kept, parts } } : {}),
  };
}
