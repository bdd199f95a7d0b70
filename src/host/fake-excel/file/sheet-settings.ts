import { attr } from "./xml-scanner";

/**
 * A worksheet's own settings that the fake does not model, as the file wrote them, for its download: the sheet
 * properties' attributes and their tab colour and outline settings (ECMA-376 Part 1 §18.3.1.82 sheetPr, §18.3.1.93
 * tabColor, §18.3.1.63 outlinePr: where the group buttons go), the first view's attributes (§18.3.1.87 sheetView:
 * gridlines, zoom, right to left, zeros, headings, formulas shown, page layout view, the cell scrolled to …) and
 * the sheet format's (§18.3.1.81 sheetFormatPr: default row height and column width). Each is a
 * list of [name, value] pairs, values decoded. Left out, being kept or written elsewhere: sheetPr's codeName
 * (vba-project.ts) and pageSetUpPr (fitToPage, page-layout), sheetFormatPr's column outline depth (grouped columns
 * are not kept: sheet-cells.ts names them), the view's tabSelected (the active sheet's) and
 * workbookViewId (the first window's), and
 * attributes of other namespaces (Excel 2010's x14ac:dyDescent, a rendering detail Excel writes anew).
 */
export interface KeptSheetSettings {
  readonly sheetPr: readonly (readonly [string, string])[];
  /** sheetPr's tabColor and outlinePr, as XML, in the file's order. */
  readonly sheetPrChildren: readonly string[];
  readonly sheetView: readonly (readonly [string, string])[];
  /**
   * The first view's children (§18.3.1.66 pane, §18.3.1.78 selection: a split window, the active cell and the
   * cells selected) as XML, kept where neither the file nor the page freezes rows or columns.
   */
  readonly sheetViewChildren?: string;
  readonly sheetFormatPr: readonly (readonly [string, string])[];
}

const LEFT_OUT: Readonly<Record<string, readonly string[]>> = {
  sheetPr: ["codeName"],
  sheetView: ["tabSelected", "workbookViewId"],
  // The columns' outline depth goes with their groups, which are not kept (named "grouping"); rows' are kept.
  sheetFormatPr: ["outlineLevelCol"],
};

/** A start tag's attributes but namespace declarations and prefixed ones, each [name, decoded value]. */
export function attributesOf(tag: string, leftOut: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  const body = tag.replace(/^<?[^\s/>]+/, "");
  for (const [, name] of body.matchAll(/\s([\w.:-]+)\s*=\s*(?:"[^"]*"|'[^']*')/g)) {
    if (name.includes(":") || name === "xmlns" || leftOut.includes(name)) continue;
    out.push([name, attr(tag, name) ?? ""]);
  }
  return out;
}

/**
 * Reads the settings from a sheet part's events (the caller's handler passes them on): `open` with each start
 * tag's local name and text, and the element XML of tabColor and outlinePr once recorded. The first sheetView is
 * the first window's (workbookViewId 0, as Excel writes them in order).
 */
export class SheetSettingsReader {
  private sheetPr: [string, string][] = [];
  private sheetView?: [string, string][];
  private sheetFormatPr: [string, string][] = [];
  private readonly children: string[] = [];

  open(name: string, tag: string): void {
    if (name === "sheetPr") this.sheetPr = attributesOf(tag, LEFT_OUT.sheetPr);
    else if (name === "sheetView") this.sheetView ??= attributesOf(tag, LEFT_OUT.sheetView);
    else if (name === "sheetFormatPr") this.sheetFormatPr = attributesOf(tag, LEFT_OUT.sheetFormatPr);
  }

  /** A recorded sheetPr child (tabColor, outlinePr) as XML. */
  child(xml: string): void {
    this.children.push(xml);
  }

  /** The first sheetView recorded whole: its children are kept unless it freezes rows or columns. */
  view(xml: string): void {
    const inner = /^<[^>]*[^/]>([\s\S]*)<\/[^>]+>$/.exec(xml)?.[1];
    if (inner && !/<(?:[\w.-]+:)?pane\b[^>]*\sstate="frozen(?:Split)?"/.test(inner)) this.viewChildren = inner;
  }

  private viewChildren?: string;

  /** The settings, undefined when the sheet has none of them. */
  settings(): KeptSheetSettings | undefined {
    const sheetView = this.sheetView ?? [];
    const none =
      !this.sheetPr.length &&
      !this.children.length &&
      !sheetView.length &&
      !this.sheetFormatPr.length &&
      this.viewChildren === undefined;
    if (none) return undefined;
    const { sheetPr, sheetFormatPr, children: sheetPrChildren, viewChildren } = this;
    return {
      sheetPr,
      sheetPrChildren,
      sheetView,
      sheetFormatPr,
      ...(viewChildren !== undefined ? { sheetViewChildren: viewChildren } : {}),
    };
  }
}
