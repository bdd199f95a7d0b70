import type { CellValue, Grid } from "../cells/cell-value";
import { parseNumber } from "../cells/parse-number";
import { MAX_EXCEL_SERIAL } from "../cells/excel-serial-date";
import { InputError } from "../errors";
import { cellKind, type CellKind, type DateFormatCache } from "./cell-kind";
import { columnKind, emptyCounts, type KindCounts } from "./column-kind";
import { columnLetters } from "../cells/a1";
import { detectHeader } from "./detect-header";
import { roleFromHeader } from "./role-from-header";
import { COLUMN_ROLES, type ColumnInfo, type ColumnKind, type ColumnRole, type Table } from "./types";

export interface ReadTableOptions {
  /** Force the first row to be (true) or not be (false) a header; detected when left out. */
  readonly header?: boolean;
  /** Roles chosen by the user, by 0-based column index; applied on top of the guesses. */
  readonly roles?: Partial<Record<number, ColumnRole>>;
  /** `Range.numberFormat` of the same range (same shape as the grid), so date-formatted serials are dates. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
}

const ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(COLUMN_ROLES);

/**
 * Adds one cell to its column's counts. Named increments, not counts[kind]++: a property picked by a
 * string that varies from cell to cell is looked up the slow, generic way, millions of times.
 */
function countKind(counts: KindCounts, kind: CellKind, value: CellValue): void {
  switch (kind) {
    case "number":
      counts.number++;
      if (typeof value === "number" && value >= 1 && value < MAX_EXCEL_SERIAL + 1) counts.serialLike++;
      return;
    case "text":
      counts.text++;
      return;
    case "blank":
      counts.blank++;
      return;
    case "date":
      counts.date++;
      return;
    case "boolean":
      counts.boolean++;
      return;
    case "error":
      counts.error++;
  }
}

/** Text cells looked at to judge whether a column's values are mostly distinct: enough to tell names from labels. */
export const DISTINCT_SAMPLE = 10_000;

function distinctTexts(rows: Grid, c: number): { distinct: number; texts: number } {
  const seen = new Set<string>();
  let texts = 0;
  for (let r = 0; r < rows.length && texts < DISTINCT_SAMPLE; r++) {
    const v = rows[r][c];
    if (typeof v !== "string" || cellKind(v) !== "text") continue;
    texts++;
    seen.add(v.trim().toLowerCase());
  }
  return { distinct: seen.size, texts };
}

function columnSum(rows: Grid, c: number): number {
  let sum = 0;
  for (const row of rows) {
    const v = parseNumber(row[c]);
    if (!Number.isNaN(v)) sum += v;
  }
  return sum;
}

/**
 * Guesses roles the headers left open, from contents, each at most once and only when no header
 * claimed it: the first date column → date; the text column with the most distinct values, if
 * more than half its values are distinct (judged on its first 10,000 text cells) → customer;
 * the number column with the largest sum → value.
 */
function guessFromContents(roles: ColumnRole[], kinds: ColumnKind[], rows: Grid): void {
  const open = (c: number) => roles[c] === "other";
  if (!roles.includes("date")) {
    const c = kinds.findIndex((k, i) => k === "date" && open(i));
    if (c >= 0) roles[c] = "date";
  }
  if (!roles.includes("customer")) {
    let best = -1;
    let bestDistinct = 0;
    kinds.forEach((k, c) => {
      if (k !== "text" || !open(c)) return;
      const { distinct, texts } = distinctTexts(rows, c);
      if (distinct * 2 > texts && distinct > bestDistinct) {
        best = c;
        bestDistinct = distinct;
      }
    });
    if (best >= 0) roles[best] = "customer";
  }
  if (!roles.includes("value")) {
    let best = -1;
    let bestSum = -Infinity;
    kinds.forEach((k, c) => {
      if (k !== "number" || !open(c)) return;
      const sum = columnSum(rows, c);
      if (sum > bestSum) {
        best = c;
        bestSum = sum;
      }
    });
    if (best >= 0) roles[best] = "value";
  }
}

function checkOverrides(roles: Partial<Record<number, ColumnRole>>, width: number): void {
  for (const [key, role] of Object.entries(roles)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= width) {
      throw new InputError(
        "table.roleColumnOutOfRange",
        { column: key, width },
        `options.roles: column ${key} does not exist; expected an index from 0 to ${width - 1}.`,
      );
    }
    if (role !== undefined && !ROLES.has(role)) {
      throw new InputError(
        "table.unknownRole",
        { column: index, role: String(role) },
        `options.roles: "${String(role)}" for column ${index} is not a role; expected one of ${[...ROLES].join(", ")}.`,
      );
    }
  }
}

/**
 * A grid understood as a table: header row detected (or forced), each column's kind and role guessed
 * from its header (English or Chinese) and, where the header says nothing, from its contents; the
 * caller's `roles` override the guesses, and `guessedRole` keeps what was guessed.
 */
export function readTable(grid: Grid, options: ReadTableOptions = {}): Table {
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  if (grid.length === 0 || width === 0) {
    throw new InputError("table.empty", {}, "The selection is empty; expected a header row and rows of data.");
  }
  if (options.roles) checkOverrides(options.roles, width);

  const cache: DateFormatCache = new Map();
  const formats = options.numberFormats;
  const firstKinds = Array.from({ length: width }, (_, c) => cellKind(grid[0][c], formats?.[0]?.[c], cache));
  // Row by row (the grid is an array of rows): one pass over the rows, not one per column.
  const body = Array.from({ length: width }, emptyCounts);
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const rowFormats = formats?.[r];
    for (let c = 0; c < width; c++) countKind(body[c], cellKind(row[c], rowFormats?.[c], cache), row[c]);
  }

  const hasHeader = options.header ?? detectHeader(grid[0], firstKinds, body.map(columnKind));
  if (!hasHeader) body.forEach((counts, c) => countKind(counts, firstKinds[c], grid[0][c]));
  const rows = grid.slice(hasHeader ? 1 : 0);

  const headers = Array.from({ length: width }, (_, c) => {
    const cell = hasHeader ? grid[0][c] : undefined;
    const text = cell === null || cell === undefined || typeof cell === "object" ? "" : String(cell).trim();
    return text === "" ? `Column ${columnLetters(c)}` : text;
  });
  const guessed: ColumnRole[] = headers.map((h) => (hasHeader ? roleFromHeader(h) : "other"));
  const kinds: ColumnKind[] = body.map((counts, c) =>
    // Custom functions and unformatted ranges hand dates over as plain serials; trust the header then.
    guessed[c] === "date" && columnKind(counts) === "number" && counts.serialLike >= 0.8 * counts.number
      ? "date"
      : columnKind(counts),
  );
  guessFromContents(guessed, kinds, rows);

  const columns: ColumnInfo[] = headers.map((header, index) => ({
    index,
    header,
    guessedRole: guessed[index],
    role: options.roles?.[index] ?? guessed[index],
    kind: kinds[index],
  }));
  return { hasHeader, columns, rows, firstRow: hasHeader ? 1 : 0 };
}
