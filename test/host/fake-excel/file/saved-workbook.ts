import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Reading a saved .xlsx back for the tests, with libraries rather than the code under test: ExcelJS for the
 * sheets, JSZip and regular expressions for the custom XML parts (ExcelJS does not read them). The parts are
 * found as Excel finds them: the workbook part's relationships of type …/customXml (ECMA-376 Part 1 §15.2.4).
 */
export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export interface SavedPart {
  readonly path: string;
  readonly xml: string;
  /** The itemProps part its item's relationship names, and that part's content type. */
  readonly propsPath: string;
  readonly propsContentType: string | undefined;
  readonly itemId: string;
}

export async function customXmlPartsOf(bytes: Uint8Array): Promise<SavedPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`no ${path} in the package`);
    return f.async("string");
  };
  const rels = await read("xl/_rels/workbook.xml.rels");
  const types = await read("[Content_Types].xml");
  const targets = [...rels.matchAll(/<Relationship [^>]*\/>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"'))
    .map((r) => /Target="([^"]+)"/.exec(r)![1].replace(/^\.\.\//, ""));
  return Promise.all(
    targets.map(async (path) => {
      const itemRels = await read(path.replace(/([^/]+)$/, "_rels/$1.rels"));
      const propsTarget =
        /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXmlProps" Target="([^"]+)"/.exec(
          itemRels,
        )![1];
      const propsPath = path.replace(/[^/]+$/, propsTarget);
      const props = await read(propsPath);
      const override = new RegExp(`PartName="/${propsPath.replace(/[.]/g, "\\.")}" ContentType="([^"]+)"`).exec(types);
      return {
        path,
        xml: await read(path),
        propsPath,
        propsContentType: override?.[1],
        itemId: /itemID="([^"]+)"/.exec(props)![1],
      };
    }),
  );
}

/** A cell as the fake shows it, from what ExcelJS read: dates back to serials, formulas to their last value, errors to their text. */
export function cellValueOf(cell: ExcelJS.Cell): string | number | boolean | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  // ExcelJS reads a date-formatted number as a Date at UTC midnight of the 1900 date system: serial 25569 is 1970-01-01.
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (typeof v === "object" && "formula" in v) {
    const result = v.result as string | number | boolean | { error: string } | undefined;
    return typeof result === "object" ? result.error : result;
  }
  // An error cell (t="e"): the fake keeps errors as their text ("#N/A"), as Range.values gives them.
  if (typeof v === "object" && "error" in v) return v.error;
  if (typeof v === "object") throw new Error(`unexpected cell value ${JSON.stringify(v)} at ${cell.address}`);
  return v;
}

/** One saved cell (0-based row and column) as the fake's cell view shows a cell; a cell the file lacks is blank. */
export function savedCell(ws: ExcelJS.Worksheet, row: number, column: number) {
  const found = ws.findCell(row + 1, column + 1);
  const fill = found?.fill;
  return {
    value: found ? cellValueOf(found) : undefined,
    numberFormat: found?.numFmt ?? "General",
    bold: found?.font?.bold === true,
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? `#${fill.fgColor?.argb?.slice(2)}` : undefined,
    isFormula: typeof found?.value === "object" && found.value !== null && "formula" in found.value,
  };
}
