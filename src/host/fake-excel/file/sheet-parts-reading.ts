import type { KeptElement } from "../state";
import type { ContentTypes } from "./content-types";
import {
  ELEMENT_RELATIONSHIPS,
  type KeptPart,
  type KeptRelationship,
  type SheetParts,
  relationshipIds,
} from "./kept-parts";
import { groupsKept } from "./kept-parts-together";
import type { NotKeptFeature } from "./not-kept";
import { PERSONS_CONTENT_TYPE } from "./persons-part";
import { elementParts } from "./element-parts";
import { withAttributes } from "./start-tag-attributes";
import { siblingElements } from "./worksheet-sequence";
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
  pageSetup: "printerSettings",
  oleObjects: "embeddedObjects",
  controls: "embeddedObjects",
  customProperties: "otherSheetParts",
  drawingHF: "otherSheetParts",
  extLst: "slicers",
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

/** What an r:id the sheet's relationships do not have points at: nothing (never a part, so never followed). */
const NOWHERE: KeptRelationship = { id: "", type: "", target: "", external: true };

/**
 * The parts one element reaches through its r:ids (all of them), or one relationship alone, as one group: kept
 * whole or not at all.
 */
interface RootGroup {
  /** The element's name, or the relationship's kind for a relationship alone. */
  readonly name: string;
  readonly element?: KeptElement;
  readonly rels: readonly KeptRelationship[];
}

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
 * A sheet's drawings, comments, printer settings, embedded objects and controls, kept whole (kept-parts.ts): the
 * parts its kept drawing, legacyDrawing, legacyDrawingHF, picture, pageSetup, oleObjects and controls elements
 * (every r:id in each: §18.3.1.36, CT_LegacyDrawing, the header/footer and background pictures, §18.3.1.63,
 * §18.3.1.60, §18.3.1.21, children of CT_Worksheet §18.3.1.99) and its comments, pivotTable and threadedComment
 * relationships (§18.7, §18.10, MS-XLSX: reached from the sheet by a relationship only) reach. Returns the
 * elements less those whose parts cannot be kept, each such one named with `note`; a pageSetup whose printer
 * settings part is missing stays, without its r:id (the settings are named). Threaded comments (MS-XLSX §2.6.205
 * CT_ThreadedComment,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/42f9b03d-9662-4204-9783-dbeb324a691c) take
 * the workbook's persons part along (their authors: persons-part.ts). Which groups go only together:
 * kept-parts-together.ts.
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

  /**
   * A part and every part it reaches, each once, the part first (a chart sheet's: chart-sheets-reading.ts);
   * undefined when one is missing or has no content type.
   */
  async partTree(root: string): Promise<KeptPart[] | undefined> {
    return partsReached(this, root);
  }
}

/** The sheet's groups: one per element with kept parts, one per relationship-only root. */
function rootGroups(elements: readonly KeptElement[], rels: readonly KeptRelationship[]): RootGroup[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const groups: RootGroup[] = [];
  for (const element of elements.filter((e) => ELEMENT_RELATIONSHIPS.has(e.element))) {
    const ids = relationshipIds(element.xml);
    // pageSetup's r:id is optional (§18.3.1.63), and an extLst has r:ids only in its kept slicers' extension; the
    // others need their part, and without an r:id point at nothing.
    if (ids.length === 0 && (element.element === "pageSetup" || element.element === "extLst")) continue;
    const targets = ids.length > 0 ? ids.map((id) => byId.get(id) ?? NOWHERE) : [NOWHERE];
    groups.push({ name: element.element, element, rels: targets });
  }
  for (const rel of rels)
    if (RELATIONSHIP_ROOTS.has(kind(rel.type))) groups.push({ name: kind(rel.type), rels: [rel] });
  return groups;
}

/** Every part a group reaches, each once; undefined when one of its relationships is not of a wanted type or not whole. */
async function groupParts(context: ReadingContext, group: RootGroup): Promise<KeptPart[] | undefined> {
  const wanted = group.element ? (ELEMENT_RELATIONSHIPS.get(group.element.element) ?? []) : [group.name];
  const out: KeptPart[] = [];
  for (const rel of group.rels) {
    // One after another: two roots reaching one part (an image) must find it in `met`, not read it twice.
    const found =
      targetsPart(rel) && wanted.includes(kind(rel.type)) ? await partsReached(context, rel.target) : undefined;
    if (!found) return undefined;
    for (const p of found) if (!out.includes(p)) out.push(p);
  }
  return !group.element && group.name === "threadedComment" ? withPersons(context, out) : out;
}

async function sheetParts(
  context: ReadingContext,
  sheetPath: string,
  elements: readonly KeptElement[],
  note: (feature: NotKeptFeature) => void,
): Promise<{ elements: KeptElement[]; parts?: SheetParts }> {
  const groups = rootGroups(elements, await partRelationships(context.pkg, sheetPath));
  if (groups.length === 0) return { elements: [...elements] };
  const reached: (KeptPart[] | undefined)[] = [];
  for (const group of groups) reached.push(await groupParts(context, group));
  const keep = groupsKept(
    groups,
    reached.map((r) => r !== undefined),
  );
  const kept: KeptRelationship[] = [];
  const parts: KeptPart[] = [];
  /** Elements not kept as they are: undefined for one left out, else what goes in its place. */
  const changed = new Map<KeptElement, KeptElement | undefined>();
  groups.forEach((group, i) => {
    const found = keep[i] ? reached[i] : undefined;
    if (!found) {
      note(FEATURE[group.name] ?? "drawings");
      if (group.element) changed.set(group.element, withoutParts(group.element));
      return;
    }
    for (const rel of group.rels) if (!kept.includes(rel)) kept.push(rel);
    for (const p of found) if (!parts.includes(p)) parts.push(p);
  });
  return {
    elements: elements.flatMap((e) => (changed.has(e) ? [changed.get(e)].filter((c) => c !== undefined) : [e])),
    ...(kept.length > 0 ? { parts: { relationships: kept, parts } } : {}),
  };
}

/**
 * An element whose parts cannot be kept: left out (it would point at nothing, which Excel repairs away), except
 * pageSetup, whose print settings stand without the printer driver's part (its r:id is optional, §18.3.1.63).
 */
function withoutParts(element: KeptElement): KeptElement | undefined {
  if (element.element === "extLst") return extLstWithoutParts(element);
  if (element.element !== "pageSetup") return undefined;
  return { element: element.element, xml: withAttributes(element.xml, { "r:id": undefined }) };
}

/** An extLst without its extensions that name parts (the slicers'), its others kept; undefined when none is left. */
function extLstWithoutParts(element: KeptElement): KeptElement | undefined {
  const { start, inner, end } = elementParts(element.xml);
  const left = siblingElements(inner).elements.filter((e) => relationshipIds(e.xml).length === 0);
  return left.length === 0 ? undefined : { element: "extLst", xml: start + left.map((e) => e.xml).join("") + end };
}
