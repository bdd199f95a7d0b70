import type { NameToWrite } from "./defined-names-xml";
import type { FileWorkbook } from "./file-workbook";
import { type FileChartSheet, TabOrder } from "./kept-chart-sheets";
import { type SheetPartsCopier, relativeTarget } from "./sheet-parts-writing";
import { fileStateOf } from "./sheet-visibility";
import { withAttributes } from "./start-tag-attributes";
import { attr } from "./xml-scanner";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: Uint8Array | string): unknown;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const APP = "docProps/app.xml";
const CHARTSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";

/** An attribute value or text as XML writes it (XML 1.0 §2.4, §3.1). */
const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The download's tab order: its worksheets with the kept chart sheets among them (kept-chart-sheets.ts). */
export const tabOrderOf = (file: FileWorkbook) => new TabOrder(file.sheets.length, file.chartSheets ?? []);

/** Each worksheet's and each kept chart sheet's own names, with the sheet's index in the tab order (§18.2.5 localSheetId). */
export function namesInTabOrder(file: FileWorkbook, order: TabOrder): NameToWrite[] {
  return [
    ...file.sheets.flatMap((s, i) => s.definedNames.map((n) => ({ ...n, sheet: order.worksheet(i) }))),
    ...(file.chartSheets ?? []).flatMap((c, i) => c.definedNames.map((n) => ({ ...n, sheet: order.chartSheet(i) }))),
  ];
}

/**
 * The workbook part as ExcelJS wrote it, which indexes the worksheets alone, with every index counted in the tab
 * order: the localSheetId of the names it wrote (a print area set through Office.js, §18.2.5) and each
 * workbookView's activeTab (§18.2.30). firstSheet, the first tab shown, stays: ExcelJS writes 0.
 */
export function indexedInTabOrder(workbookXml: string, order: TabOrder): string {
  const renumber = (xml: string, name: string) => {
    const index = attr(xml, name);
    return index === undefined ? xml : withAttributes(xml, { [name]: order.worksheet(Number(index)) });
  };
  return workbookXml
    .replace(/<definedName\b(?:"[^"]*"|'[^']*'|[^'">])*>/g, (tag) => renumber(tag, "localSheetId"))
    .replace(/<workbookView\b(?:"[^"]*"|'[^']*'|[^'">])*>/g, (tag) => renumber(tag, "activeTab"));
}

/** A `<sheet>` of the workbook part (§18.2.19) for a kept chart sheet; sheetId unique in the workbook. */
const sheetXml = (c: FileChartSheet, sheetId: number, id: string) => {
  const state = fileStateOf(c.visibility);
  const hidden = state === "visible" ? "" : ` state="${state}"`;
  return `<sheet name="${escapeXml(c.name)}" sheetId="${sheetId}"${hidden} r:id="${escapeXml(id)}"/>`;
};

async function text(zip: Zip, path: string): Promise<string> {
  const part = zip.file(path);
  if (!part) throw new Error(`The workbook package has no ${path}.`);
  return part.async("string");
}

/**
 * An opened file's chart and dialog sheets into the package ExcelJS wrote: each one's parts copied byte for byte
 * under names no other part has (sheet-parts-writing.ts; their content types go in with the sheets' copies when
 * the copier finishes), a workbook relationship to its part (§12.3.2), and its `<sheet>` at its place in the tab
 * order among the worksheets'. The workbook part's indexes are counted in that order by indexedInTabOrder.
 */
export async function keepChartSheets(zip: Zip, file: FileWorkbook, copier: SheetPartsCopier): Promise<void> {
  const chartSheets = file.chartSheets ?? [];
  if (chartSheets.length === 0) return;
  let rels = await text(zip, WORKBOOK_RELS);
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  const relationships = chartSheets.map((c) => {
    let id: string;
    do id = `rIdChartSheet${++n}`;
    while (ids.has(id));
    const target = relativeTarget(WORKBOOK, copier.keepTree(c.parts));
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${escapeXml(c.relationshipType)}" Target="${escapeXml(target)}"/></Relationships>`,
    );
    return id;
  });
  zip.file(WORKBOOK_RELS, rels);

  const book = await text(zip, WORKBOOK);
  const sheets = /<sheets>([\s\S]*?)<\/sheets>/.exec(book);
  if (!sheets) throw new Error("The workbook part has no <sheets>.");
  const worksheets = sheets[1].match(/<sheet\b(?:"[^"]*"|'[^']*'|[^'">])*\/>/g) ?? [];
  if (worksheets.length !== file.sheets.length) throw new Error("The workbook part lists other sheets than saved.");
  const lastId = Math.max(0, ...worksheets.map((s) => Number(attr(s, "sheetId") ?? 0)));
  const listed = tabOrderOf(file).entries.map((e) =>
    "worksheet" in e
      ? worksheets[e.worksheet]
      : sheetXml(chartSheets[e.chartSheet], lastId + 1 + e.chartSheet, relationships[e.chartSheet]),
  );
  zip.file(
    WORKBOOK,
    book.replace(sheets[0], () => `<sheets>${listed.join("")}</sheets>`),
  );
  await listChartsInAppProperties(zip, chartSheets);
}

/**
 * The chart sheets' names into the extended properties ExcelJS wrote (ECMA-376 Part 1 §22.2.2.12 HeadingPairs,
 * §22.2.2.26 TitlesOfParts), after the worksheets' under a "Charts" heading as Excel and xlsxwriter list them.
 * Dialog sheets are not listed: nothing here says under which heading Excel lists them, and these properties only
 * describe the parts (Excel rewrites them on saving).
 */
async function listChartsInAppProperties(zip: Zip, chartSheets: readonly FileChartSheet[]): Promise<void> {
  const charts = chartSheets.filter((c) => c.relationshipType === CHARTSHEET);
  const part = zip.file(APP);
  if (charts.length === 0 || !part) return;
  const xml = await part.async("string");
  const grown = (vector: string, by: number, items: string) =>
    vector
      .replace(/size="(\d+)"/, (_, size: string) => `size="${Number(size) + by}"`)
      .replace("</vt:vector>", `${items}</vt:vector>`);
  const heading = `<vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>${charts.length}</vt:i4></vt:variant>`;
  const titles = charts.map((c) => `<vt:lpstr>${escapeXml(c.name)}</vt:lpstr>`).join("");
  zip.file(
    APP,
    xml
      .replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>/, (pairs) => grown(pairs, 2, heading))
      .replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/, (list) => grown(list, charts.length, titles)),
  );
}
