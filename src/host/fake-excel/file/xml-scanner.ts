/**
 * A small streaming XML scanner for the parts of an .xlsx that can be big (a sheet's cells, the shared
 * strings): text goes in a chunk at a time, tags come out as they complete, so a 100 MB sheet is never one
 * string and never a tree. It reads what ECMA-376 packages hold (XML 1.0, UTF-8): elements, attributes,
 * character data, CDATA, comments, processing instructions. Names are reported without their namespace prefix
 * (`x:c` is `c`): some producers write SpreadsheetML with a prefix. It does not check well-formedness beyond
 * what it needs; the readers throw for what they cannot use.
 */
export interface XmlHandler {
  /** A start tag (or an empty-element tag, `selfClosing`); `tag` is its text between `<` and `>`, for attr(). */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, still escaped: read it with xmlText(). CDATA arrives already as text. */
  text(raw: string, cdata: boolean): void;
}

/** A handler that passes every event to `first`, then to `second`: two readers of one part in one scan. */
export function bothHandlers(first: XmlHandler, second: XmlHandler): XmlHandler {
  return {
    open(name, tag, selfClosing) {
      first.open(name, tag, selfClosing);
      second.open(name, tag, selfClosing);
    },
    close(name) {
      first.close(name);
      second.close(name);
    },
    text(raw, cdata) {
      first.text(raw, cdata);
      second.text(raw, cdata);
    },
  };
}

/** Characters scanned at a time (chunks from the inflater are smaller). */
const BATCH = 1 << 20;

export class XmlScanner {
  private rest = "";
  private pending: string[] = [];
  private pendingLength = 0;
  /** `batch`: characters gathered before a scan (the tests scan at every chunk boundary with 1). */
  constructor(
    private readonly handler: XmlHandler,
    private readonly batch = BATCH,
  ) {}

  /** The next piece of the document; what ends inside a tag waits for the next piece. */
  write(chunk: string): void {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength >= this.batch) this.flush();
  }

  /** Scans what has come: chunks are batched, since each scan re-reads the unfinished tag of the last one. */
  private flush(): void {
    const s = this.rest + this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    this.rest = s.slice(scan(s, this.handler));
  }

  /** The document is over: throws when it ended inside a tag. */
  end(): void {
    this.flush();
    if (this.rest.includes("<")) throw new Error(`the XML ends inside a tag: ${this.rest.slice(0, 40)}`);
  }
}

/** Scans the complete tags of `s`; returns where the first incomplete construct starts (s.length if none). */
function scan(s: string, h: XmlHandler): number {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return i; // text whose end is not known yet
    if (lt > i) h.text(s.slice(i, lt), false);
    const next = s.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) return lt;
        h.text(s.slice(lt + 9, end), true);
        i = end + 3;
      } else if (s.startsWith("<!--", lt)) {
        const end = s.indexOf("-->", lt + 4);
        if (end < 0) return lt;
        i = end + 3;
      } else {
        if (lt + 9 > n) return lt; // not enough to tell a comment or CDATA from a declaration
        const end = s.indexOf(">", lt);
        if (end < 0) return lt;
        i = end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = s.indexOf("?>", lt);
      if (end < 0) return lt;
      i = end + 2;
      continue;
    }
    if (next === 47 /* / */) {
      const gt = s.indexOf(">", lt + 2); // an end tag has no attributes to hide a ">"
      if (gt < 0) return lt;
      h.close(localName(s, lt + 2, gt));
      i = gt + 1;
      continue;
    }
    const gt = tagEnd(s, lt + 1);
    if (gt < 0) return lt;
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const tag = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const name = localName(tag, 0, tag.length);
    h.open(name, tag, selfClosing);
    if (selfClosing) h.close(name);
    i = gt + 1;
  }
  return n;
}

/** The `>` that ends a tag starting at `from` (a `>` inside a quoted attribute value does not), or -1. */
function tagEnd(s: string, from: number): number {
  const n = s.length;
  let q = 0;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) q = c;
  }
  return -1;
}

/** The element name in s[from, to) up to the first space, without a namespace prefix. */
function localName(s: string, from: number, to: number): string {
  let end = from;
  let colon = -1;
  while (end < to) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    if (c === 58) colon = end;
    end++;
  }
  return s.slice(colon < 0 ? from : colon + 1, end);
}

/**
 * An attribute's value in a tag from XmlHandler.open, decoded; undefined when the tag does not have it.
 * `name` is matched as written (with its prefix, `r:id`).
 */
export function attr(tag: string, name: string): string | undefined {
  let at = tag.indexOf(name);
  while (at >= 0) {
    const before = tag.charCodeAt(at - 1);
    let i = at + name.length;
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (tag.charCodeAt(i) === 32) i++;
      if (tag.charCodeAt(i) === 61 /* = */) {
        i++;
        while (tag.charCodeAt(i) === 32) i++;
        const q = tag.charCodeAt(i);
        if (q === 34 || q === 39) {
          const end = tag.indexOf(q === 34 ? '"' : "'", i + 1);
          if (end < 0) return undefined;
          // XML 1.0 §3.3.3: whitespace characters in an attribute value are read as spaces.
          const value = decodeXml(tag.slice(i + 1, end));
          return /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, " ") : value;
        }
      }
    }
    at = tag.indexOf(name, at + 1);
  }
  return undefined;
}

/** Character data from XmlHandler.text, read: entities decoded, line ends as XML 1.0 §2.11 reads them. */
export function xmlText(raw: string, cdata: boolean): string {
  const text = cdata ? raw : decodeXml(raw);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined entities and character references (XML 1.0 §4.1, §4.6); anything else is an error. */
function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    const code = ref?.startsWith("#x") ? parseInt(ref.slice(2), 16) : ref?.startsWith("#") ? Number(ref.slice(1)) : NaN;
    const named = ref && !ref.startsWith("#") ? NAMED[ref] : undefined;
    if (named !== undefined) return named;
    if (code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    throw new Error(`the XML has an entity it cannot read: ${whole}`);
  });
}

/**
 * A SpreadsheetML string as Excel reads it: ECMA-376 Part 1 §22.9.2.19 (ST_Xstring) writes a character XML
 * cannot hold as `_xHHHH_` (a carriage return is `_x000D_`), and a literal `_x` that looks like one as `_x005F_x`.
 */
export function xstring(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
