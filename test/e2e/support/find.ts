import type { Cell } from "./workbook";

/** Index of the column whose rows 1… equal `expected` (header in row 0), or -1. */
export function columnEqualTo(values: Cell[][], expected: readonly (string | null)[]): number {
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let same = values.length - 1 >= expected.length;
    for (let i = 0; same && i < expected.length; i++) same = (values[i + 1]?.[c] ?? null) === expected[i];
    if (same) return c;
  }
  return -1;
}

/** Columns whose data rows hold only the given labels (and blanks), with at least one label: tier columns. */
export function labelColumns(values: Cell[][], labels: readonly string[]): number[] {
  const width = Math.max(0, ...values.map((r) => r.length));
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    const body = values.slice(1).map((r) => r[c] ?? null);
    if (
      body.some((v) => v !== null && labels.includes(String(v))) &&
      body.every((v) => v === null || labels.includes(String(v)))
    )
      out.push(c);
  }
  return out;
}

/** The first row (anywhere) whose cells include the run `seq` in consecutive rows of one column. */
export function findColumnRun(values: Cell[][], seq: readonly number[]): { row: number; column: number } | undefined {
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++)
    for (let r = 0; r + seq.length <= values.length; r++)
      if (seq.every((x, i) => values[r + i]?.[c] === x)) return { row: r, column: c };
  return undefined;
}

/** Rows whose first non-blank cell is `label`. */
export function rowsStartingWith(values: Cell[][], label: string): Cell[][] {
  return values.filter((r) => r.find((v) => v !== null && v !== "") === label);
}
