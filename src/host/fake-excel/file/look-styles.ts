import type { CellLook } from "./cell-looks";
import { StyleList } from "./style-list";
import { LOOK_COLUMN } from "./workbook-skeleton";

const STYLES = "xl/styles.xml";

interface ZipLike {
  file(name: string): { async(type: "string"): Promise<string> } | null;
  file(name: string, data: string): unknown;
}

async function text(zip: ZipLike, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`The workbook package has no ${name}.`);
  return f.async("string");
}

/**
 * Each look's cell format index (its `s`, ECMA-376 Part 1 §18.3.1.4) as ExcelJS gave it to the look's cell in
 * the skeleton's first sheet (workbook-skeleton.ts). A look with a quote prefix gets a copy of its format with
 * quotePrefix="1" (§18.8.45, xf) added at the end of cellXfs (§18.8.10) once, since ExcelJS writes no quote prefix.
 */
export async function lookStyles(zip: ZipLike, firstSheet: string, looks: readonly CellLook[]): Promise<number[]> {
  const sheet = await text(zip, firstSheet);
  const given = new Map<number, number>();
  for (const m of sheet.matchAll(new RegExp(`<c r="${LOOK_COLUMN}(\\d+)"(?: s="(\\d+)")?`, "g")))
    given.set(Number(m[1]) - 1, Number(m[2] ?? 0));
  const styles = looks.map((_, i) => {
    const s = given.get(i);
    if (s === undefined) throw new Error(`The workbook writer lost the cell format of look ${i}.`);
    return s;
  });
  if (!looks.some((l) => l.quotePrefix)) return styles;
  const xml = await text(zip, STYLES);
  const xfs = StyleList.of(xml, "cellXfs", "xf");
  looks.forEach((look, i) => {
    if (!look.quotePrefix) return;
    const xf = xfs.at(styles[i]);
    if (xf === undefined) throw new Error(`The workbook package's ${STYLES} has no cell format ${styles[i]}.`);
    styles[i] = xfs.put(xf.replace(/^<xf\b/, '<xf quotePrefix="1"'));
  });
  zip.file(STYLES, xfs.into(xml));
  return styles;
}
