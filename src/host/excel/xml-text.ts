/**
 * Text inside a custom XML part, written and read back exactly. XML 1.0 (https://www.w3.org/TR/xml/):
 * - `&` and `<` must be escaped in character data (§2.4); `>` is escaped too, so "]]>" never appears;
 * - only the characters of the Char production (§2.2) may appear at all, even as character references:
 *   no U+0000–U+001F other than tab, LF and CR, no lone surrogates, no U+FFFE/U+FFFF;
 * - a parser turns CR and CR LF into LF (§2.11), so CR is written as `&#13;`.
 * The caller's text is JSON (JSON.stringify escapes control characters and lone surrogates as \uXXXX),
 * and escapeJsonForXml also writes U+FFFE/U+FFFF as \uXXXX, so every character left is legal XML.
 * parseXmlPart reads what Excel hands back from CustomXmlPart.getXml(), which need not be byte-for-byte
 * what was written (a declaration may be added; entities or CDATA may be used): it decodes any of them.
 */

/** JSON text with the two non-characters XML forbids written as JSON escapes (still valid JSON). */
export function escapeJsonForXml(json: string): string {
  return json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Character data for an element's content. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

/** An attribute value in double quotes. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/[\t\n]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface XmlPartContent {
  /** Local name of the root element (prefix dropped). */
  readonly root: string;
  /** The root's attributes by name (xmlns included), decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The root's text content (entities and CDATA decoded); undefined when it has child elements. */
  readonly text: string | undefined;
}

/**
 * Parses a part holding one root element with text only. Returns undefined for anything else (child
 * elements, a malformed tag or entity): such a part is not TierLadder's, or was edited by hand.
 */
export function parseXmlPart(xml: string): XmlPartContent | undefined {
  let at = 0;
  // Prolog: BOM, declaration, comments, processing instructions, whitespace.
  for (;;) {
    if (xml.charCodeAt(at) === 0xfeff) at++;
    while (at < xml.length && /\s/.test(xml[at])) at++;
    if (xml.startsWith("<?", at)) at = after(xml, "?>", at);
    else if (xml.startsWith("<!--", at)) at = after(xml, "-->", at);
    else break;
    if (at < 0) return undefined;
  }
  const start =
    /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(
      xml.slice(at),
    );
  if (!start) return undefined;
  const qname = start[1];
  const attributes: Record<string, string> = {};
  for (const m of start[2].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = decodeEntities(m[2] ?? m[3]);
    if (value === undefined) return undefined;
    attributes[m[1]] = value;
  }
  const root = qname.includes(":") ? qname.slice(qname.indexOf(":") + 1) : qname;
  at += start[0].length;
  if (start[3] === "/") return trailingOk(xml, at) ? { root, attributes, text: "" } : undefined;
  const close = xml.lastIndexOf(`</${qname}`);
  if (close < at || !/^<\/[^>]*?\s*>/.test(xml.slice(close)) || !trailingOk(xml, xml.indexOf(">", close) + 1))
    return undefined;
  const body = xml.slice(at, close);
  let text = "";
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    const chunk = body.slice(i, lt < 0 ? body.length : lt);
    const decoded = decodeEntities(chunk.replace(/\r\n?/g, "\n"));
    if (decoded === undefined) return undefined;
    text += decoded;
    if (lt < 0) break;
    if (body.startsWith("<![CDATA[", lt)) {
      const end = body.indexOf("]]>", lt);
      if (end < 0) return undefined;
      text += body.slice(lt + 9, end).replace(/\r\n?/g, "\n");
      i = end + 3;
    } else if (body.startsWith("<!--", lt)) {
      const end = body.indexOf("-->", lt);
      if (end < 0) return undefined;
      i = end + 3;
    } else return { root, attributes, text: undefined }; // a child element
  }
  return { root, attributes, text };
}

function after(xml: string, token: string, from: number): number {
  const i = xml.indexOf(token, from);
  return i < 0 ? -1 : i + token.length;
}

function trailingOk(xml: string, from: number): boolean {
  const rest = xml.slice(from).replace(/<!--[\s\S]*?-->/g, "");
  return /^\s*$/.test(rest);
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references; undefined for any other `&`. */
function decodeEntities(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (!ref) {
      bad = true;
      return whole;
    }
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) {
        bad = true;
        return whole;
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) bad = true;
    return named ?? whole;
  });
  return bad ? undefined : out;
}
