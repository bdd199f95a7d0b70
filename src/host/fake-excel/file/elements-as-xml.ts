import type { XmlHandler } from "./xml-scanner";

/** An element recorded whole: its local name, its start tag's text (for attr()) and its XML. */
export interface RecordedElement {
  readonly name: string;
  readonly tag: string;
  readonly xml: string;
}

/** `&`, `<` and `>` of CDATA text as character data (XML 1.0 §2.4), so the element needs no CDATA section. */
const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A scanner handler that records chosen elements whole, as XML text, while the part streams by: `wanted(name,
 * depth)` picks an element by its local name and depth (the root is 1). Names keep the prefix the file wrote, and
 * text stays escaped as written. Since the text is put into a part of another producer, whose root may not
 * declare the file's prefixes, an element gets the file root's `xmlns:p` declarations of the prefixes it uses
 * (a declaration again on a child is valid, Namespaces in XML 1.0 §6.1). Costs one comparison per element
 * when not recording, so it can watch a sheet of a million rows.
 */
export class ElementsAsXml implements XmlHandler {
  readonly elements: RecordedElement[] = [];
  private depth = 0;
  private rootDeclarations: [string, string][] = [];
  /** While recording: the element's depth, its pieces, and the qualified names of the open elements inside it. */
  private at = 0;
  private pieces: string[] = [];
  private names: string[] = [];
  private start = { name: "", tag: "" };

  constructor(private readonly wanted: (name: string, depth: number) => boolean) {}

  open(name: string, tag: string, selfClosing: boolean): void {
    this.depth++;
    if (this.depth === 1) this.rootDeclarations = prefixDeclarations(tag);
    if (this.at === 0 && this.wanted(name, this.depth)) {
      this.at = this.depth;
      this.pieces = [];
      this.names = [];
      this.start = { name, tag };
    }
    if (this.at === 0) return;
    this.pieces.push(`<${tag}${selfClosing ? "/>" : ">"}`);
    if (!selfClosing) this.names.push(qualifiedName(tag));
  }

  close(name: string): void {
    if (this.at > 0) {
      // An empty-element tag was written whole by open(); an end tag closes the innermost open element.
      const own = this.names.length > 0 && this.depth === this.at + this.names.length - 1;
      if (own) this.pieces.push(`</${this.names.pop() ?? name}>`);
      if (this.depth === this.at) this.finish();
    }
    this.depth--;
  }

  text(raw: string, cdata: boolean): void {
    if (this.at > 0) this.pieces.push(cdata ? escapeText(raw) : raw);
  }

  private finish(): void {
    let xml = this.pieces.join("");
    const required = requiredPrefixes(xml);
    const missing = this.rootDeclarations.filter(
      ([prefix]) =>
        (new RegExp(`[<\\s/]${prefix}:`).test(xml) || required.has(prefix)) &&
        !new RegExp(`xmlns:${prefix}\\s*=`).test(xml),
    );
    if (missing.length > 0) {
      const first = qualifiedName(this.start.tag);
      const declarations = missing.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join("");
      xml = `<${first}${declarations}${xml.slice(1 + first.length)}`;
    }
    this.elements.push({ name: this.start.name, tag: this.start.tag, xml });
    this.at = 0;
  }
}

/**
 * The prefixes an mc:Choice's Requires attribute names (ECMA-376 Part 3 §10.2 Choice: a whitespace-separated list of
 * namespace prefixes, which must be declared where it is read), e.g. "x14" in Excel's embedded objects and controls.
 */
function requiredPrefixes(xml: string): Set<string> {
  return new Set([...xml.matchAll(/\sRequires\s*=\s*(["'])(.*?)\1/g)].flatMap((m) => m[2].split(/\s+/)));
}

/** A start tag's element name as written, prefix included. */
function qualifiedName(tag: string): string {
  return /^[^\s/>]+/.exec(tag)?.[0] ?? "";
}

/** A start tag's `xmlns:p="uri"` declarations, as written (the uri still escaped). */
function prefixDeclarations(tag: string): [string, string][] {
  return [...tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(["'])(.*?)\2/g)].map((m) => [m[1], m[3]]);
}
