import type { KeptDocumentProperties } from "./document-properties";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const ROOT_RELS = "_rels/.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const CORE = "docProps/core.xml";
const APP = "docProps/app.xml";

async function text(zip: Zip, path: string): Promise<string> {
  const part = zip.file(path);
  if (!part) throw new Error(`The workbook package has no ${path}.`);
  return part.async("string");
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The core properties as the file wrote them, with the time of this save as dcterms:modified (Part 2 §11.4
 * "Date on which the resource was changed"), as Excel sets it when it saves; a file without one gets none.
 */
export function withModified(core: string, savedAt: Date): string {
  const stamp = savedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  return core.replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/** ExcelJS's extended properties with the file's user-set ones (APP_KEPT) in place of its empty ones. */
export function withAppKept(app: string, kept: readonly string[]): string {
  let xml = app;
  for (const element of kept) {
    const name = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(element)?.[1] ?? "";
    const written = new RegExp(`<${name}\\s*/>|<${name}\\b[^>]*>[^<]*</${name}>`).exec(xml);
    xml = written
      ? xml.slice(0, written.index) + element + xml.slice(written.index + written[0].length)
      : xml.replace(/<\/(?:[\w.-]+:)?Properties>\s*$/, (end) => element + end);
  }
  return xml;
}

/**
 * An opened file's document properties (document-properties.ts) into the package ExcelJS wrote: its core
 * properties in place of ExcelJS's (which say "Unknown" made it, now), its user-set extended properties in
 * ExcelJS's extended properties part, and its custom properties and sensitivity label parts copied whole, each
 * with a package relationship of its type (Part 2 §9.3) and its content type (§10.1.2.3 Override), under its own
 * name unless the package already has a part of that name.
 */
export async function keepDocumentProperties(
  zip: Zip,
  props: KeptDocumentProperties | undefined,
  savedAt: Date,
): Promise<void> {
  if (!props) return;
  if (props.core !== undefined && zip.file(CORE)) zip.file(CORE, withModified(props.core, savedAt));
  if (props.app.length > 0 && zip.file(APP)) zip.file(APP, withAppKept(await text(zip, APP), props.app));
  if (props.parts.length === 0) return;
  let rels = await text(zip, ROOT_RELS);
  let types = await text(zip, CONTENT_TYPES);
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  for (const part of props.parts) {
    let path = part.path;
    for (let k = 2; zip.file(path); k++) path = part.path.replace(/(\.\w+)$/, `${k}$1`);
    zip.file(path, part.xml);
    let id: string;
    do id = `rIdDocProps${++n}`;
    while (ids.has(id));
    ids.add(id);
    const relationship = `<Relationship Id="${id}" Type="${escapeAttribute(part.type)}" Target="${escapeAttribute(path)}"/>`;
    rels = rels.replace("</Relationships>", `${relationship}</Relationships>`);
    const override = `<Override PartName="/${escapeAttribute(path)}" ContentType="${escapeAttribute(part.contentType)}"/>`;
    types = types.replace("</Types>", `${override}</Types>`);
  }
  zip.file(ROOT_RELS, rels);
  zip.file(CONTENT_TYPES, types);
}
