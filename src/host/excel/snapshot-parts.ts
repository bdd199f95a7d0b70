import { jsonStringBytes, fnv1a } from "./settings";
import { escapeJsonForXml, escapeXmlAttribute, escapeXmlText, parseXmlPart } from "./xml-text";

/**
 * How a large JSON value is laid out in custom XML parts: its text is cut into parts of at most
 * XML_PART_BYTES, each `<lastRun xmlns="<namespace>" index="i" of="n">…</lastRun>`, and a small head
 * (kept in settings) names the generation, the part count, the text's length and its FNV-1a hash.
 *
 * Why 768 KiB: Office on the web refuses custom XML parts over 1 MB ("precisely 1MB", closed by design:
 * https://github.com/OfficeDev/office-js/issues/2408; also https://github.com/OfficeDev/office-js/issues/394),
 * and each part travels in one request and one response, as a JSON string, under the 4 MB budget
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * 768 KiB measured as that JSON string (UTF-8 bytes, escapes included) stays under 1 MB however the limit
 * is counted, and five parts fit one request. No compression: CompressionStream is not available in every
 * webview Office uses (Internet Explorer and EdgeHTML have none), and the parts need no more than chunking.
 */
export const XML_PART_BYTES = 768 * 1024;
/** Namespaces of TierLadder's snapshot parts start with this; the generation number follows. */
export const SNAPSHOT_NAMESPACE = "urn:tierladder:last-run:1:g";
const ROOT = "lastRun";

/** What settings hold for a value stored in XML parts. */
export interface XmlPartsHead {
  readonly format: "tierladder-xml-parts";
  readonly generation: number;
  readonly parts: number;
  /** Length of the whole text in UTF-16 code units, and its FNV-1a hash (settings.ts fnv1a). */
  readonly chars: number;
  readonly hash: string;
}

export function isXmlPartsHead(value: unknown): value is XmlPartsHead {
  const h = value as Partial<XmlPartsHead> | null | undefined;
  return (
    !!h &&
    typeof h === "object" &&
    h.format === "tierladder-xml-parts" &&
    Number.isInteger(h.generation) &&
    Number.isInteger(h.parts) &&
    typeof h.chars === "number" &&
    typeof h.hash === "string"
  );
}

export function namespaceOfGeneration(generation: number): string {
  return `${SNAPSHOT_NAMESPACE}${generation}`;
}

/** The generation number of one of our namespaces, or undefined for anyone else's. */
export function generationOf(namespaceUri: string): number | undefined {
  if (!namespaceUri.startsWith(SNAPSHOT_NAMESPACE)) return undefined;
  const n = Number(namespaceUri.slice(SNAPSHOT_NAMESPACE.length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** One part as written: its XML and the request bytes it costs (the XML as a JSON string). */
export interface XmlPart {
  readonly xml: string;
  readonly bytes: number;
}

/** Lays `value` out in parts of generation `generation` (see above). */
export function toXmlParts(
  value: unknown,
  generation: number,
  maxBytes = XML_PART_BYTES,
): { head: XmlPartsHead; parts: XmlPart[] } {
  const text = escapeJsonForXml(JSON.stringify(value ?? null));
  const ns = namespaceOfGeneration(generation);
  // Envelope bytes with the largest index and count the value can need (9 digits each).
  const envelope = jsonStringBytes(envelopeOf(ns, 999_999_999, 999_999_999, "")) - 2;
  const budget = maxBytes - envelope - 2;
  const texts = cutText(text, budget);
  const parts = texts.map((t, i) => {
    const xml = envelopeOf(ns, i + 1, texts.length, escapeXmlText(t));
    return { xml, bytes: jsonStringBytes(xml) };
  });
  return {
    head: { format: "tierladder-xml-parts", generation, parts: parts.length, chars: text.length, hash: fnv1a(text) },
    parts,
  };
}

function envelopeOf(ns: string, index: number, of: number, body: string): string {
  return `<${ROOT} xmlns="${escapeXmlAttribute(ns)}" index="${index}" of="${of}">${body}</${ROOT}>`;
}

/** Joins parts read back (in any order) into the value; undefined when they do not match the head. */
export function fromXmlParts(head: XmlPartsHead, xmls: readonly string[]): unknown {
  const texts: string[] = new Array(head.parts);
  for (const xml of xmls) {
    const p = parseXmlPart(xml);
    if (!p || p.root !== ROOT || p.text === undefined || p.attributes.xmlns !== namespaceOfGeneration(head.generation))
      return undefined;
    const index = Number(p.attributes.index),
      of = Number(p.attributes.of);
    if (of !== head.parts || !Number.isInteger(index) || index < 1 || index > of || texts[index - 1] !== undefined)
      return undefined;
    texts[index - 1] = p.text;
  }
  if (xmls.length !== head.parts) return undefined;
  const text = texts.join("");
  if (text.length !== head.chars || fnv1a(text) !== head.hash) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Cuts text into pieces whose escaped XML, as a JSON string, is at most `maxBytes` UTF-8 bytes; never
 * inside a surrogate pair (a lone surrogate is not XML).
 */
export function cutText(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0,
    bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const b = pair ? 4 : wireBytes(code);
    if (i > start && bytes + b > maxBytes) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += b;
    if (pair) i++;
  }
  if (text.length > start || out.length === 0) out.push(text.slice(start));
  return out;
}

/** UTF-8 bytes of one code unit once escaped for XML (escapeXmlText) and then written as a JSON string. */
function wireBytes(code: number): number {
  if (code === 0x26) return 5; // &amp;
  if (code === 0x3c || code === 0x3e) return 4; // &lt; &gt;
  if (code === 0x0d) return 5; // &#13;
  if (code === 0x22 || code === 0x5c || code === 0x09 || code === 0x0a) return 2; // \" \\ \t \n
  if (code < 0x20) return 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 6;
  return 3;
}
