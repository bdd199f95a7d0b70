import type { KeptElement } from "../state";

/**
 * The children of a worksheet after sheetData, in the order CT_Worksheet (ECMA-376 Part 1 §18.3.1.99) requires
 * them; Excel refuses a part whose children are out of this order.
 */
const AFTER_SHEET_DATA = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const PLACE = new Map(AFTER_SHEET_DATA.map((name, i) => [name, i]));

/** A tag: `<`, an optional `/`, the name, attributes (a `>` inside quotes does not end it), `>`. */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;

const localName = (qualified: string) => qualified.slice(qualified.indexOf(":") + 1);

/**
 * The sibling elements at the start of `xml`, each whole with its local name, up to the first end tag that closes
 * their parent (`end`, its index; -1 when there is none). Used on a worksheet's rest after sheetData and on the
 * inside of the rule elements merged there (kept-rules-merge.ts).
 */
export function siblingElements(xml: string): { elements: KeptElement[]; end: number } {
  const elements: KeptElement[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(TAG)) {
    const closing = m[1] === "/";
    const selfClosing = m[0].endsWith("/>");
    const at = m.index;
    if (closing && depth === 0) return { elements, end: at };
    if (!closing && depth === 0) start = at;
    if (!closing && !selfClosing) depth++;
    if (closing) depth--;
    if (depth === 0) elements.push({ element: localName(m[2]), xml: xml.slice(start, at + m[0].length) });
  }
  return { elements, end: -1 };
}

/**
 * A worksheet part's rest after `</sheetData>` as the skeleton's writer made it (its children, then the end of
 * the worksheet), with `kept` put in: an element of the same name the writer wrote gives way to the kept one, and
 * every child goes to its place in the §18.3.1.99 sequence (children of one name keep their order). Kept
 * elements with no XML are left out. Both the file's elements (sheet-elements-kept.ts) and our own (merge cells)
 * go in here, so the order is decided in one place.
 */
export function withElementsInPlace(after: string, kept: readonly KeptElement[]): string {
  const { elements: written, end } = siblingElements(after);
  if (end < 0) throw new Error("The worksheet part has no end after its sheet data.");
  const replaced = new Set(kept.map((k) => k.element));
  const children = [...written.filter((w) => !replaced.has(w.element)), ...kept.filter((k) => k.xml !== "")];
  const place = (e: KeptElement) => {
    const i = PLACE.get(e.element);
    if (i === undefined) throw new Error(`A worksheet child “${e.element}” has no place after sheetData (§18.3.1.99).`);
    return i;
  };
  children.sort((a, b) => place(a) - place(b));
  return children.map((c) => c.xml).join("") + after.slice(end);
}
