import type { KeptElement } from "../state";
import { ContentTypes } from "./content-types";
import {
  ELEMENT_RELATIONSHIPS,
  type KeptPart,
  type KeptRelationship,
  type SheetParts,
  withRelationshipIds,
} from "./kept-parts";
import { targetsPart } from "./sheet-parts-reading";

interface Zip {
  readonly files: Record<string, unknown>;
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: Uint8Array | string): unknown;
}

const CONTENT_TYPES = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;

/** An attribute value in double quotes (XML 1.0 §3.1). */
const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The rels part of a part (ECMA-376 Part 2 §9.3.5: the rels of a/b.xml are a/_rels/b.xml.rels). */
const relsOf = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");

/** `to` relative to the folder of the part `from` ("xl/worksheets/sheet1.xml" → "../drawings/drawing1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let same = 0;
  while (same < base.length && same < target.length - 1 && base[same] === target[same]) same++;
  return [...base.slice(same).map(() => ".."), ...target.slice(same)].join("/");
}

/** A Relationship element (Part 2 §9.3.2.2); an internal target written relative to the source part. */
function relationshipXml(id: string, r: KeptRelationship, target: string): string {
  const mode = r.external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${escapeAttribute(id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(target)}"${mode}/>`;
}

/**
 * Puts the kept drawings, comments, printer settings, embedded objects and controls of an opened file's sheets
 * (kept-parts.ts) into the package ExcelJS wrote,
 * one per download. A part goes in once, however many sheets reach it, byte for byte under the name the file gave
 * it, or under a fresh one with a number when the package has a part of that name (part names compare without
 * regard to ASCII case, Part 2 §9.1.1.1.2); its relationships keep their ids (its XML names them) and point at the
 * copies' names. The sheet part gets relationships to them under fresh ids, and every r:id of its kept elements says so.
 * A sheet that is not saved (deleted in the fake) takes its parts with it: only the sheets given here are copied.
 */
export class SheetPartsCopier {
  private readonly taken: Set<string>;
  /** Each copied part's name in the download, by its name in the opened file. */
  private readonly names = new Map<string, string>();
  private readonly copied: KeptPart[] = [];
  private readonly related = new Set<KeptPart>();

  constructor(private readonly zip: Zip) {
    this.taken = new Set(Object.keys(zip.files).map((p) => p.toLowerCase()));
  }

  /** The sheet's kept elements with their r:id to the copies, the parts and the sheet's relationships added. */
  async sheet(
    sheetPath: string,
    kept: SheetParts | undefined,
    elements: readonly KeptElement[],
  ): Promise<KeptElement[]> {
    if (!kept) return [...elements];
    for (const part of kept.parts) if (!this.names.has(part.name)) this.copy(part);
    for (const part of kept.parts) this.putRelationships(part);
    const path = relsOf(sheetPath);
    const rels = (await this.zip.file(path)?.async("string")) ?? EMPTY_RELS;
    const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
    let n = 0;
    const fresh = new Map<string, string>();
    const added = kept.relationships.map((r) => {
      let id: string;
      do id = `rIdKept${++n}`;
      while (ids.has(id));
      fresh.set(r.id, id);
      return relationshipXml(id, r, relativeTarget(sheetPath, this.nameOf(r.target)));
    });
    this.zip.file(path, rels.replace("</Relationships>", `${added.join("")}</Relationships>`));
    return elements.map((e) => {
      if (!ELEMENT_RELATIONSHIPS.has(e.element)) return e;
      const xml = withRelationshipIds(e.xml, (id) => {
        const to = fresh.get(id);
        if (to === undefined) throw new Error(`The sheet's ${e.element} names relationship ${id}, which was not kept.`);
        return to;
      });
      return { element: e.element, xml };
    });
  }

  /**
   * The copies' content types into [Content_Types].xml (Part 2 §10.1.2): none where the package's Default for the
   * extension already gives it, a Default for an extension the package has none for (as Excel lists png and vml),
   * else an Override by part name.
   */
  async finish(): Promise<void> {
    if (this.copied.length === 0) return;
    const part = this.zip.file(CONTENT_TYPES);
    if (!part) throw new Error(`The workbook package has no ${CONTENT_TYPES}.`);
    let xml = await part.async("string");
    for (const p of this.copied) {
      const name = this.nameOf(p.name);
      const types = new ContentTypes(xml);
      if (types.of(name) === p.contentType) continue;
      const extension = /\.([^./]+)$/.exec(name)?.[1];
      const entry =
        extension !== undefined && types.defaultOf(extension) === undefined
          ? `<Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(p.contentType)}"/>`
          : `<Override PartName="/${escapeAttribute(name)}" ContentType="${escapeAttribute(p.contentType)}"/>`;
      xml = xml.replace("</Types>", `${entry}</Types>`);
    }
    this.zip.file(CONTENT_TYPES, xml);
  }

  /**
   * Parts kept apart from any worksheet, a part and what it reaches (a chart sheet's: chart-sheets-writing.ts),
   * copied as a sheet's are; the first one's name in the download.
   */
  keepTree(parts: readonly KeptPart[]): string {
    for (const part of parts) if (!this.names.has(part.name)) this.copy(part);
    for (const part of parts) this.putRelationships(part);
    return this.nameOf(parts[0].name);
  }

  /** A kept part's name in the download; undefined when no sheet saved here took it along. */
  copiedName(original: string): string | undefined {
    return this.names.get(original);
  }

  private nameOf(original: string): string {
    const name = this.names.get(original);
    if (name === undefined) throw new Error(`The kept part ${original} was not copied.`);
    return name;
  }

  /** The part under its own name, or the first free one with a number in place of its own ("drawing2.xml"). */
  private copy(part: KeptPart): void {
    let name = part.name;
    const [, stem, extension] = /^(.*?)\d*(\.[^./]*)?$/.exec(part.name) ?? [part.name, part.name, ""];
    for (let n = 1; this.taken.has(name.toLowerCase()); n++) name = `${stem}${n}${extension ?? ""}`;
    this.taken.add(name.toLowerCase());
    this.names.set(part.name, name);
    this.copied.push(part);
    this.zip.file(name, part.bytes);
  }

  /** The copy's rels part (written once), its internal targets the copies' names relative to it. */
  private putRelationships(part: KeptPart): void {
    if (part.relationships.length === 0 || this.related.has(part)) return;
    this.related.add(part);
    const name = this.nameOf(part.name);
    const rels = part.relationships.map((r) =>
      relationshipXml(r.id, r, targetsPart(r) ? relativeTarget(name, this.nameOf(r.target)) : r.target),
    );
    this.zip.file(relsOf(name), EMPTY_RELS.replace("</Relationships>", `${rels.join("")}</Relationships>`));
  }
}
