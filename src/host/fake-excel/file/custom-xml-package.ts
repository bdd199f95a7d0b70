import { escapeXmlAttribute } from "../../excel/xml-text";

/**
 * Custom XML parts added to an .xlsx package (ExcelJS writes none). ECMA-376 Part 1:
 * - §15.2.4 Custom XML Data Storage part: `customXml/itemN.xml`, target of a relationship of type
 *   …/relationships/customXml from the workbook part;
 * - §15.2.5 Custom XML Data Storage Properties part: `customXml/itemPropsN.xml`, content type
 *   application/vnd.openxmlformats-officedocument.customXmlProperties+xml, target of a …/customXmlProps
 *   relationship from its item; root `datastoreItem` with a unique itemID GUID (§22.5.2.1);
 * - Part 2 (OPC) §10.1.2: every part's content type is in [Content_Types].xml, by extension (Default) or by name (Override).
 * The namespace is the one Excel writes in itemProps parts.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

interface ZipLike {
  file(name: string): { async(type: "string"): Promise<string> } | null;
  file(name: string, data: string): unknown;
}

/**
 * A random (version 4) GUID. crypto.getRandomValues rather than crypto.randomUUID: the latter exists only in
 * secure contexts (https://developer.mozilla.org/en-US/docs/Web/API/Crypto/randomUUID), and the preview may be
 * served over plain http from another machine.
 */
export function randomGuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function text(zip: ZipLike, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`The workbook package has no ${name}.`);
  return f.async("string");
}

/** Adds one custom XML part per entry of `parts` (each one XML document), in that order, to an opened package. */
export async function addCustomXmlParts(
  zip: ZipLike,
  parts: readonly string[],
  guid: () => string = randomGuid,
): Promise<void> {
  let rels = await text(zip, WORKBOOK_RELS);
  let types = await text(zip, CONTENT_TYPES);
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  let nextId = Math.max(0, ...ids) + 1;
  const addRels: string[] = [];
  const addTypes: string[] = [];
  // An item's own content type: application/xml by name, whatever Default the package has for .xml.
  parts.forEach((xml, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
        `<ds:datastoreItem ds:itemID="{${escapeXmlAttribute(guid().toUpperCase())}}" xmlns:ds="${DS}"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    addRels.push(`<Relationship Id="rId${nextId++}" Type="${REL}/customXml" Target="../customXml/item${n}.xml"/>`);
    addTypes.push(`<Override PartName="/customXml/item${n}.xml" ContentType="application/xml"/>`);
    addTypes.push(`<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/>`);
  });
  rels = rels.replace("</Relationships>", `${addRels.join("")}</Relationships>`);
  types = types.replace("</Types>", `${addTypes.join("")}</Types>`);
  zip.file(WORKBOOK_RELS, rels);
  zip.file(CONTENT_TYPES, types);
}
