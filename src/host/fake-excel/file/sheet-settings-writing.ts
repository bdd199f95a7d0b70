import type { KeptSheetSettings } from "./sheet-settings";
import { withAttributes } from "./start-tag-attributes";

/** The first start tag of `name` (unprefixed, as ExcelJS writes), with where it starts. */
const startTag = (xml: string, name: string) =>
  new RegExp(`<${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>`).exec(xml) ?? undefined;

/** `xml` with the first `name` start tag's attributes set to `pairs` (ExcelJS's own stay where the file has none). */
function withPairs(xml: string, name: string, pairs: readonly (readonly [string, string])[]): string {
  const tag = startTag(xml, name);
  if (!tag || pairs.length === 0) return xml;
  const merged = withAttributes(tag[0], Object.fromEntries(pairs));
  return xml.slice(0, tag.index) + merged + xml.slice(tag.index + tag[0].length);
}

/**
 * The sheet's properties with the file's attributes and its tabColor and outlinePr first, in CT_SheetPr's order
 * (§18.3.1.82: tabColor, outlinePr, pageSetUpPr); a sheetPr where ExcelJS wrote none goes first in the worksheet
 * (CT_Worksheet's sequence, §18.3.1.99).
 */
function withSheetPr(xml: string, settings: KeptSheetSettings): string {
  const { sheetPr, sheetPrChildren } = settings;
  if (sheetPr.length === 0 && sheetPrChildren.length === 0) return xml;
  const children = sheetPrChildren.join("");
  const tag = startTag(xml, "sheetPr");
  if (!tag) {
    const root = startTag(xml, "worksheet");
    if (!root) throw new Error("A worksheet part without its root cannot take the sheet's properties.");
    const end = root.index + root[0].length;
    xml = `${xml.slice(0, end)}<sheetPr>${children}</sheetPr>${xml.slice(end)}`;
    return withPairs(xml, "sheetPr", sheetPr);
  }
  // ExcelJS's own tabColor or outlinePr (written only when set, which the fake never does) give way to the file's.
  if (children) {
    const open = tag[0].endsWith("/>") ? `${tag[0].slice(0, -2)}>` : tag[0];
    const close = tag[0].endsWith("/>") ? "</sheetPr>" : "";
    const rest = xml.slice(tag.index + tag[0].length).replace(/^(?:<tabColor\b[^>]*\/>|<outlinePr\b[^>]*\/>)+/, "");
    xml = xml.slice(0, tag.index) + open + children + close + rest;
  }
  return withPairs(xml, "sheetPr", sheetPr);
}

/**
 * A view for the first window where ExcelJS wrote none (it writes one only for frozen panes), after the dimension
 * in CT_Worksheet's sequence (§18.3.1.99: sheetPr, dimension, sheetViews, sheetFormatPr).
 */
function withFirstView(xml: string): string {
  // worksheet-part.ts's worksheetAround always writes the dimension.
  const dimension = startTag(xml, "dimension");
  if (!dimension) throw new Error("A worksheet part without its dimension cannot take a sheet view.");
  const end = dimension.index + dimension[0].length;
  return `${xml.slice(0, end)}<sheetViews><sheetView workbookViewId="0"/></sheetViews>${xml.slice(end)}`;
}

/**
 * The file's pane and selection (a split window, the active cell) in the first view, when the view ExcelJS wrote
 * is empty: it writes a pane and selection only for rows or columns the page froze, which then win.
 */
function withViewChildren(xml: string, children: string | undefined): string {
  const tag = startTag(xml, "sheetView");
  if (children === undefined || !tag || !tag[0].endsWith("/>")) return xml;
  const open = `${tag[0].slice(0, -2)}>`;
  return xml.slice(0, tag.index) + open + children + "</sheetView>" + xml.slice(tag.index + tag[0].length);
}

/**
 * A worksheet part's start as ExcelJS wrote it (up to its cells) with an opened file's own settings
 * (sheet-settings.ts): the sheet properties' attributes, tab colour and outline settings; the first view's
 * attributes on ExcelJS's first view, whose tabSelected, pane and selection stay ExcelJS's (the active sheet and
 * frozen rows and columns are the fake's), or on a view of their own where ExcelJS wrote none; the sheet format's attributes on ExcelJS's. Where both write an
 * attribute, the file's wins: it is the user's setting, ExcelJS's a default.
 */
export function withSheetSettings(before: string, settings: KeptSheetSettings | undefined): string {
  if (!settings) return before;
  let xml = withSheetPr(before, settings);
  const wantsView = settings.sheetView.length > 0 || settings.sheetViewChildren !== undefined;
  if (wantsView && !startTag(xml, "sheetView")) xml = withFirstView(xml);
  xml = withPairs(xml, "sheetView", settings.sheetView);
  xml = withViewChildren(xml, settings.sheetViewChildren);
  return withPairs(xml, "sheetFormatPr", settings.sheetFormatPr);
}
