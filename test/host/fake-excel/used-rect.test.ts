import type { Rect } from "../../../src/engine/cells";
import { WorkbookState } from "../../../src/host/fake-excel/state";

/** The used range by looking at every cell: the rectangle around all cells holding a value (or a format). */
function everyCell(values: unknown[][], formats: unknown[][], within: Rect | undefined, withFormats: boolean) {
  let r0 = Infinity,
    r1 = -1,
    c0 = Infinity,
    c1 = -1;
  const rows = Math.max(values.length, withFormats ? formats.length : 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(values[r]?.length ?? 0, withFormats ? (formats[r]?.length ?? 0) : 0);
    for (let c = 0; c < width; c++) {
      if (values[r]?.[c] === undefined && (!withFormats || formats[r]?.[c] === undefined)) continue;
      if (
        within &&
        (r < within.row ||
          r >= within.row + within.rowCount ||
          c < within.column ||
          c >= within.column + within.columnCount)
      )
        continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  return r1 < 0 ? undefined : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

describe("the fake's used range (Worksheet.getUsedRange) on sparse sheets", () => {
  it("is the rectangle around every cell that holds something, looked at cell by cell", () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const state = new WorkbookState();
      const sheet = state.addSheet("S");
      const values: (number | undefined)[][] = [];
      const formats: (string | undefined)[][] = [];
      for (let k = Math.floor(rand() * 12); k > 0; k--) {
        const r = Math.floor(rand() * 20);
        const c = Math.floor(rand() * 15);
        if (rand() < 0.7) (values[r] ??= [])[c] = rand() < 0.1 ? undefined : k;
        else (formats[r] ??= [])[c] = "0%";
      }
      sheet.values = values;
      sheet.formats = formats;
      const within =
        rand() < 0.5
          ? undefined
          : {
              row: Math.floor(rand() * 10),
              column: Math.floor(rand() * 8),
              rowCount: 1 + Math.floor(rand() * 10),
              columnCount: 1 + Math.floor(rand() * 8),
            };
      for (const withFormats of [false, true])
        expect(state.usedRect(sheet, within, withFormats)).toEqual(everyCell(values, formats, within, withFormats));
    }
  });
});
