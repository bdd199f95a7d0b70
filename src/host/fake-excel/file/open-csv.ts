import { MAX_COLUMNS, MAX_ROWS, serialFromParts } from "../../../engine/cells";
import type { Prim } from "../state";
import { FileOpenError } from "./file-open-error";
import type { OpenProgress, OpenedWorkbook } from "./opened-workbook";

/** The format Excel gives a cell when it reads an ISO date from a CSV, as the fake's typed input does. */
export const CSV_DATE_FORMAT = "yyyy-mm-dd";
export const CSV_DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
export const CSV_PERCENT_FORMAT = "0%";

const PLAIN_NUMBER = /^[+-]?(?:0|[1-9]\d*)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:0|[1-9]\d*)(?:\.\d+)?)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * One CSV field as the cell Excel makes of it when it opens the file: numbers (also "1,234.5" and "25%") as
 * numbers, TRUE/FALSE as booleans, ISO dates (2025-01-31, 2025/1/31, with an optional time) as date serials
 * with a date format; everything else as text. Two choices differ from Excel on purpose, so that nothing is
 * lost: digits with a leading zero ("00123", an ID or a postcode) stay text where Excel would drop the zeros,
 * and text starting with "=" stays text (the fake evaluates no formulas, and a CSV formula is a known
 * injection risk).
 */
export function csvCell(text: string): { value: Prim | undefined; format?: string } {
  const t = text.trim();
  if (t === "") return { value: undefined };
  if (/\d/.test(t) && (PLAIN_NUMBER.test(t) || GROUPED_NUMBER.test(t)) && !/^[+-]?0\d/.test(t))
    return { value: Number(t.replace(/,/g, "")) };
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: CSV_PERCENT_FORMAT };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(t);
  if (iso) {
    try {
      const day = serialFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (iso[4] === undefined) return { value: day, format: CSV_DATE_FORMAT };
      const [h, m, s] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
      if (h < 24 && m < 60 && s < 60)
        return { value: day + (h * 3600 + m * 60 + s) / 86_400, format: CSV_DATE_TIME_FORMAT };
    } catch {
      // Not a day Excel can hold (2025-02-30): kept as the text it is.
    }
  }
  return { value: text };
}

/**
 * The file's text: UTF-8 (a byte order mark, as Excel's "CSV UTF-8" writes, is dropped), or else GB18030,
 * which Excel's plain "CSV" writes on Chinese Windows (code page 936, a subset of GB18030).
 */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** A sheet name from the file's name, as Excel names the sheet of an opened CSV (within a sheet name's rules). */
export function sheetNameOfCsv(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const clean = base
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return clean || "Sheet1";
}

/** Reads a CSV into one sheet (papaparse, loaded only now; the delimiter is detected: "," ";" tab …). */
export async function openCsv(
  fileName: string,
  bytes: Uint8Array,
  progress: (p: OpenProgress) => void = () => undefined,
): Promise<OpenedWorkbook> {
  progress({ phase: "reading" });
  const Papa = (await import("papaparse")).default;
  const text = csvText(bytes);
  const values: (Prim | undefined)[][] = [];
  const formats: (string | undefined)[][] = [];
  let row = 0;
  let problem: FileOpenError | undefined;
  Papa.parse<string[]>(text, {
    step: (result, parser) => {
      const quote = result.errors.find((e) => e.type === "Quotes");
      if (quote) problem ??= new FileOpenError("malformed", fileName, `row ${row + 1}: ${quote.message}`);
      const fields = result.data;
      if (row >= MAX_ROWS && fields.some((f) => f !== "")) {
        problem ??= new FileOpenError("tooManyRows", fileName, `more than ${MAX_ROWS}`);
      }
      if (fields.length > MAX_COLUMNS)
        problem ??= new FileOpenError("tooManyColumns", fileName, `${fields.length} in row ${row + 1}`);
      if (problem) return parser.abort();
      fields.forEach((f, c) => {
        const cell = csvCell(f);
        if (cell.value !== undefined) (values[row] ??= [])[c] = cell.value;
        if (cell.format) (formats[row] ??= [])[c] = cell.format;
      });
      row++;
      if (row % 50_000 === 0) progress({ phase: "cells", done: result.meta.cursor / text.length });
    },
  });
  if (problem) throw problem;
  progress({ phase: "cells", done: 1 });
  return {
    fileName,
    sheets: [{ name: sheetNameOfCsv(fileName), values, formats, formulas: [] }],
    tables: [],
    xmlParts: [],
    notKept: [],
  };
}
