import { columnIndex } from "../../../engine/cells";

/**
 * An opened file's array formula, kept on its anchor cell (the top-left of its range) for the download: a legacy
 * array formula (Ctrl+Shift+Enter) or an Excel 365 dynamic array, both `<f t="array" ref="…">` (ECMA-376 Part 1
 * §18.3.1.40 f, t="array"). The other cells of the range hold the results as plain values, as
 * Excel writes them. Without this record the download would hold an ordinary formula, which Excel evaluates with
 * implicit intersection: a different result, or "@" before the formula.
 */
export interface ArrayFormula {
  /** The range its results fill (§18.3.1.40 ref), as the file wrote it ("C1:C3"). */
  readonly ref: string;
  /**
   * The anchor's cell metadata index (§18.3.1.4 c cm) on a dynamic array, whose cell metadata names the XLDAPR type
   * with xda:dynamicArrayProperties fDynamic="1" (MS-XLSX's dynamicarray schema,
   * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/878c8ac4-8548-4bfb-9ad4-b1378e0efed1).
   * One-based into the metadata part's cellMetadata (§12.3.10) as Office reads it, where the standard says
   * zero-based (MS-OI29500,
   * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/2fd4e47f-0965-4c60-95bd-cff980b6c325).
   * Kept as written: the metadata part is copied unchanged (cell-metadata.ts), so its index holds.
   */
  readonly cm?: string;
}

/** One A1 cell, or two corners (ST_Ref), without "$" or a sheet: what an f element's ref holds. */
const REF = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/;

/**
 * Whether `ref` is a range whose top-left cell is row `row`, column `column` (0-based): Excel writes an array
 * formula on its range's top-left cell only; one elsewhere is not an array formula Excel would read back alike.
 */
export function anchoredAt(ref: string, row: number, column: number): boolean {
  const m = REF.exec(ref);
  if (!m) return false;
  const [, c0, r0, c1 = c0, r1 = r0] = m;
  const top = Number(r0) - 1;
  const left = columnIndex(c0);
  return top === row && left === column && Number(r1) - 1 >= top && columnIndex(c1) >= left;
}
