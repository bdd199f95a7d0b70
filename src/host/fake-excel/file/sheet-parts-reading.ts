import type { KeptElement } from "../state";
import type { ContentTypes } from "./content-types";
import { ELEMENT_RELATIONSHIPS, type KeptPart, type KeptRelationship, type SheetParts } from "./kept-parts";
import type { NotKeptFeature } from "./not-kept";
import { PERSONS_CONTENT_TYPE } from "./persons-part";
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
async function partsReached({ pkg, types, met }: ReadingContext, root: string): Promise<KeptPart[] | undefined> {
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
  threadedComment: "threadedComments",
};

/**
 * Parts a sheet reaches by a relationship alone, no element of its XML naming it: its notes' text (§18.7), its
 * PivotTables (§18.10.1.73 pivotTableDefinition, which relates to its cache definition and that to its records) and
 * its threaded comments (MS-XLSX: a threadedComment relationship from the worksheet to the threadedComments part,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/e0fb917a-1107-409a-852f-13b47aea70dc).
 */
const RELATIONSHIP_ROOTS = new Set(["comments", "pivotTable", "threadedComment"]);

/** Whether a root is the sheet's threaded comments (a relationship-only root). */
const threads = ({ rel, element }: { rel: KeptRelationship; element?: KeptElement }) =>
  !element && kind(rel.type) === "threadedComment";

interface ReadingContext {
  readonly pkg: XlsxPackage;
  readonly types: ContentTypes;
  readonly met: Map<string, KeptPart>;
  /** The persons part the workbook part relates to, if any (persons-part.ts). */
  readonly persons?: string;
}

/**
 * A thread's parts with the workbook's persons part, which its comments name their authors from (MS-XLSX §2.6.205
 * CT_ThreadedComment personId); undefined when the workbook has none, or not as MS-XLSX types it: threads whose
 * authors are lost are named, not copied.
 */
async function withPersons(context: ReadingContext, thread: KeptPart[]): Promise<KeptPart[] | undefined> {
  if (context.persons === undefined) return undefined;
  const persons = await partsReached(context, context.persons);
  return persons?.[0].contentType === PERSONS_CONTENT_TYPE ? [...thread, ...persons] : undefined;
}

/**
 * A sheet's drawings and comments, kept whole (kept-parts.ts): the parts its kept drawing, legacyDrawing,
 * legacyDrawingHF and picture elements (their r:id: §18.3.1.36, §18.3.1.51, and the header/footer and background
 * pictures, children of CT_Worksheet §18.3.1.99) and its
 * comments, pivotTable and threadedComment relationships (§18.7, §18.10, MS-XLSX: reached from the sheet by a
 * relationship only) reach. Returns the elements less those whose parts cannot be kept, each such one named with
 * `note`. Threaded comments (MS-XLSX §2.6.205 CT_ThreadedComment,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/42f9b03d-9662-4204-9783-dbeb324a691c) take
 * the workbook's persons part along (their authors: persons-part.ts); Excel writes each thread as a note in the
 * comments part too, for versions without threaded comments, so threads go only with their notes.
 */
export class SheetPartsReader {
  /** The parts read so far, by name: a part two sheets reach is read and held once. */
  readonly met = new Map<string, KeptPart>();

  constructor(
    readonly pkg: XlsxPackage,
    readonly types: ContentTypes,
    readonly persons?: string,
  ) {}

  /**
   * The parts `root` reaches through the parts' relationships, `root` first, each read once (partsReached);
   * undefined when one is missing or has no content type. For a root no sheet reaches, e.g. the VBA project.
   */
  async reached(root: string): Promise<KeptPart[] | undefined> {
    return partsReached(this, root);
  }

  async sheet(
    sheetPath: string,
    elements: readonly KeptElement[],
    note: (feature: NotKeptFeature) => void,
  ): Promise<{ elements: KeptElement[]; parts?: SheetParts }> {
    return sheetParts(this, sheetPath, elements, note);
  }
}

async function sheetParts(
  context: ReadingContext,
  sheetPath: string,
  elements: readonly KeptElement[],
  note: (feature: NotKeptFeature) => void,
): Promise<{ elements: KeptElement[]; parts?: SheetParts }> {
  const { pkg } = context;
  const referring = elements.filter((e) => ELEMENT_RELATIONSHIPS.has(e.element));
  const rels = await partRelationships(pkg, sheetPath);
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
    const found = targetsPart(rel) && kind(rel.type) === wanted ? await partsReached(context, rel.target) : undefined;
    reached.push(found && threads({ rel, element }) ? await withPersons(context, found) : found);
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
    // A thread without the note Excel writes beside it is not what Excel wrote: threads go with their notes.
    const found = notesBroken && (notes(root) || threads(root)) ? undefined : reached[i];
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
