import type { Prim } from "../state";
import type { OpenProgress, OpenedSheet, OpenedWorkbook } from "./opened-workbook";

/**
 * An opened workbook packed for the trip from the file worker to the page: each sheet's cells as typed arrays
 * (transferred, not copied) and its text as one string. Posting the plain OpenedWorkbook instead makes the page
 * rebuild a million row arrays while it receives the message, in one task: at 1,048,576 × 4 the page froze
 * for over 5 s (bench/file-open.bench.ts). Unpacking runs in slices that yield between them.
 */
export interface PackedSheet {
  readonly name: string;
  readonly visibility?: OpenedSheet["visibility"];
  /** One entry per cell that holds a value or a number format, in row order. */
  readonly rows: Uint32Array;
  readonly columns: Uint16Array;
  /** 0 blank (a format only), 1 number, 2 text, 3 TRUE, 4 FALSE. */
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
  /**
   * Each text cell's text: −1 for the next of the own texts, k ≥ 0 for shared text k. A column's repeated texts
   * (a region, a status) are shared, so the page makes one string for a million "North" cells instead of a
   * million (fewer live objects for the page's garbage collector while it unpacks, bench/file-open.bench.ts).
   */
  readonly textRefs: Int32Array;
  /** The texts used once, one after another; ownEnds[i] is where the i-th ends. */
  readonly ownText: string;
  readonly ownEnds: Uint32Array;
  /** The shared texts, one after another; sharedEnds[k] is where shared text k ends. */
  readonly sharedText: string;
  readonly sharedEnds: Uint32Array;
  /** Index into formatList, 0 for General. */
  readonly formats: Uint16Array;
  readonly formatList: string[];
  readonly formulas: [number, number, string][];
  readonly arrayFormulas?: OpenedSheet["arrayFormulas"];
  readonly rules?: OpenedSheet["rules"];
  /** Plain: a few rectangles and lists (runs of one look are merged when read; merged areas, row heights,
   * hidden columns), cloned with the message. */
  readonly looks?: OpenedSheet["looks"];
  /** Plain: a few XML texts (print settings, filters), and the bytes of its drawings' and comments' parts. */
  readonly kept?: OpenedSheet["kept"];
}

export interface PackedWorkbook {
  readonly fileName: string;
  readonly sheets: PackedSheet[];
  readonly tables: OpenedWorkbook["tables"];
  readonly xmlParts: string[];
  readonly notKept: OpenedWorkbook["notKept"];
  readonly fileStyles?: OpenedWorkbook["fileStyles"];
  readonly definedNames?: OpenedWorkbook["definedNames"];
  readonly pivotCaches?: OpenedWorkbook["pivotCaches"];
  readonly workbookProtection?: OpenedWorkbook["workbookProtection"];
  readonly workbookChildren?: OpenedWorkbook["workbookChildren"];
  /** Plain, with the bytes of the External Workbook parts (moved like the sheets' kept parts). */
  readonly externalLinks?: OpenedWorkbook["externalLinks"];
  /** Plain: names and the bytes of their parts (moved, as a sheet's kept parts are). */
  readonly chartSheets?: OpenedWorkbook["chartSheets"];
  readonly activeSheet?: OpenedWorkbook["activeSheet"];
  /** Plain, with the bytes of the VBA project's parts (moved like the sheets' kept parts). */
  readonly vba?: OpenedWorkbook["vba"];
  /** Plain, with the bytes of the slicer cache parts (moved like the sheets' kept parts). */
  readonly slicerCaches?: OpenedWorkbook["slicerCaches"];
  readonly windows?: OpenedWorkbook["windows"];
  readonly documentProperties?: OpenedWorkbook["documentProperties"];
  /** Plain, with the bytes of the metadata part (moved like the sheets' kept parts). */
  readonly cellMetadata?: OpenedWorkbook["cellMetadata"];
}

/**
 * A column's texts are looked up for repeats until it has this many different ones; then it counts as a column
 * of names (each text its own) and its further texts are not looked up (a look-up costs more than it saves there).
 */
const SHARED_PER_COLUMN = 4096;

/** The text cells' texts as own and shared texts (PackedSheet.textRefs), shared within a column. */
class TextPacker {
  private readonly byColumn = new Map<number, Map<string, number> | null>();
  private readonly refs: number[] = [];
  private readonly own: string[] = [];
  private readonly ownEnds: number[] = [];
  private readonly shared: string[] = [];
  private readonly sharedEnds: number[] = [];
  private ownEnd = 0;
  private sharedEnd = 0;

  add(column: number, text: string): void {
    let seen = this.byColumn.get(column);
    if (seen === undefined) this.byColumn.set(column, (seen = new Map()));
    if (seen === null) return this.addOwn(text);
    let k = seen.get(text);
    if (k === undefined) {
      if (seen.size === SHARED_PER_COLUMN) {
        this.byColumn.set(column, null);
        return this.addOwn(text);
      }
      seen.set(text, (k = this.shared.push(text) - 1));
      this.sharedEnds.push((this.sharedEnd += text.length));
    }
    this.refs.push(k);
  }

  private addOwn(text: string): void {
    this.refs.push(-1);
    this.own.push(text);
    this.ownEnds.push((this.ownEnd += text.length));
  }

  packed(): Pick<PackedSheet, "textRefs" | "ownText" | "ownEnds" | "sharedText" | "sharedEnds"> {
    return {
      textRefs: Int32Array.from(this.refs),
      ownText: this.own.join(""),
      ownEnds: Uint32Array.from(this.ownEnds),
      sharedText: this.shared.join(""),
      sharedEnds: Uint32Array.from(this.sharedEnds),
    };
  }
}

function packSheet(sheet: OpenedSheet): PackedSheet {
  let count = 0;
  const rowCount = Math.max(sheet.values.length, sheet.formats.length);
  for (let r = 0; r < rowCount; r++) {
    const v = sheet.values[r];
    const f = sheet.formats[r];
    const n = Math.max(v?.length ?? 0, f?.length ?? 0);
    for (let c = 0; c < n; c++) if (v?.[c] !== undefined || f?.[c] !== undefined) count++;
  }
  const rows = new Uint32Array(count);
  const columns = new Uint16Array(count);
  const kinds = new Uint8Array(count);
  const numbers = new Float64Array(count);
  const formats = new Uint16Array(count);
  const formatList = ["General"];
  const formatIndex = new Map<string, number>();
  const texts = new TextPacker();
  let i = 0;
  for (let r = 0; r < rowCount; r++) {
    const v = sheet.values[r];
    const f = sheet.formats[r];
    const n = Math.max(v?.length ?? 0, f?.length ?? 0);
    for (let c = 0; c < n; c++) {
      const value = v?.[c];
      const format = f?.[c];
      if (value === undefined && format === undefined) continue;
      rows[i] = r;
      columns[i] = c;
      if (typeof value === "number") {
        kinds[i] = 1;
        numbers[i] = value;
      } else if (typeof value === "string") {
        kinds[i] = 2;
        texts.add(c, value);
      } else if (typeof value === "boolean") kinds[i] = value ? 3 : 4;
      if (format !== undefined) {
        let k = formatIndex.get(format);
        if (k === undefined) formatIndex.set(format, (k = formatList.push(format) - 1));
        formats[i] = k;
      }
      i++;
    }
  }
  return {
    name: sheet.name,
    ...(sheet.visibility ? { visibility: sheet.visibility } : {}),
    rows,
    columns,
    kinds,
    numbers,
    ...texts.packed(),
    formats,
    formatList,
    formulas: sheet.formulas,
    ...(sheet.arrayFormulas ? { arrayFormulas: sheet.arrayFormulas } : {}),
    rules: sheet.rules,
    looks: sheet.looks,
    ...(sheet.kept ? { kept: sheet.kept } : {}),
  };
}

/** The workbook packed, and the buffers to transfer with it. */
export function packWorkbook(workbook: OpenedWorkbook): { packed: PackedWorkbook; transfer: ArrayBuffer[] } {
  const sheets = workbook.sheets.map(packSheet);
  const transfer = sheets.flatMap((s) =>
    [s.rows, s.columns, s.kinds, s.numbers, s.textRefs, s.ownEnds, s.sharedEnds, s.formats].map(
      (a) => a.buffer as ArrayBuffer,
    ),
  );
  // The kept parts' bytes (pictures can be big) are moved, not copied; a part two sheets reach is one buffer, and
  // a buffer listed twice would fail the post (HTML's StructuredSerializeWithTransfer: DataCloneError).
  const kept = [
    ...sheets.flatMap((s) => s.kept?.parts?.parts ?? []),
    ...(workbook.chartSheets ?? []).flatMap((c) => c.parts),
    ...(workbook.vba?.project?.parts ?? []),
    ...(workbook.slicerCaches?.caches ?? []).flatMap((c) => c.parts),
    ...(workbook.externalLinks?.parts.parts ?? []),
    ...(workbook.cellMetadata?.parts ?? []),
  ];
  const parts = new Set(kept.map((p) => p.bytes.buffer as ArrayBuffer));
  return { packed: { ...workbook, sheets }, transfer: [...transfer, ...parts] };
}

/**
 * A slice of unpacking ends after this many ms (checked every CHECK_EVERY cells), under the 50 ms of a long
 * task. A fixed 65,536 cells per slice took ~250 ms in Chromium at 1,048,576 × 4 (garbage collection included).
 */
const SLICE_MS = 30;
const CHECK_EVERY = 1024;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether two rows' number formats are the same, cell for cell (a hole and undefined alike). */
function sameFormats(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The shared texts of a packed sheet as strings, each made once. */
function sharedTexts(s: PackedSheet): string[] {
  let at = 0;
  return Array.from(s.sharedEnds, (end) => s.sharedText.slice(at, (at = end)));
}

/** The workbook back as the fake reads it, a slice of cells at a time so the page keeps answering. */
export async function unpackWorkbook(
  packed: PackedWorkbook,
  progress: (p: OpenProgress) => void = () => undefined,
): Promise<OpenedWorkbook> {
  const total = packed.sheets.reduce((n, s) => n + s.kinds.length, 0) || 1;
  let done = 0;
  let sliceStart = performance.now();
  const sheets: OpenedSheet[] = [];
  for (const s of packed.sheets) {
    const values: (Prim | undefined)[][] = [];
    const formats: (string | undefined)[][] = [];
    // A row's cells are gathered apart and stored as arrays of the row's own length: filled cell by cell from
    // [], V8 reserves 17 slots per array, twice the memory for a 4-column sheet and more garbage collection on
    // the page (minor GCs of 100–300 ms in Chromium's trace at 1,048,576 rows).
    // A row whose number formats are the row before's shares its array, frozen: a date or money column gives
    // every row the same formats, and a million arrays of them were ~80 MB and a million objects for the page's
    // garbage collector to mark. The fake copies a frozen row before it writes to it (WorkbookState.setFormat).
    let row = -1;
    let rowValues: (Prim | undefined)[] = [];
    let rowFormats: (string | undefined)[] = [];
    let lastFormats: readonly (string | undefined)[] = [];
    const storeRow = () => {
      if (rowValues.length > 0) values[row] = rowValues.slice(); // slice: an array of its length, holes kept
      if (rowFormats.length > 0) {
        if (!sameFormats(rowFormats, lastFormats)) lastFormats = Object.freeze(rowFormats.slice());
        formats[row] = lastFormats as (string | undefined)[];
      }
      rowValues = [];
      rowFormats = [];
    };
    const shared = sharedTexts(s);
    let ownAt = 0;
    let ownIndex = 0;
    let textIndex = 0;
    for (let i = 0; i < s.kinds.length; i++) {
      const r = s.rows[i];
      const c = s.columns[i];
      if (r !== row) {
        storeRow();
        row = r;
      }
      const kind = s.kinds[i];
      if (kind === 1) rowValues[c] = s.numbers[i];
      else if (kind === 2) {
        const ref = s.textRefs[textIndex++];
        if (ref >= 0) rowValues[c] = shared[ref];
        else {
          const end = s.ownEnds[ownIndex++];
          rowValues[c] = s.ownText.slice(ownAt, end);
          ownAt = end;
        }
      } else if (kind === 3 || kind === 4) rowValues[c] = kind === 3;
      if (s.formats[i] !== 0) rowFormats[c] = s.formatList[s.formats[i]];
      if (++done % CHECK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
        progress({ phase: "cells", done: done / total });
        await nextTask();
        sliceStart = performance.now();
      }
    }
    storeRow();
    sheets.push({
      name: s.name,
      ...(s.visibility ? { visibility: s.visibility } : {}),
      values,
      formats,
      formulas: s.formulas,
      ...(s.arrayFormulas ? { arrayFormulas: s.arrayFormulas } : {}),
      rules: s.rules,
      looks: s.looks,
      ...(s.kept ? { kept: s.kept } : {}),
    });
  }
  await nextTask(); // what the page does with the workbook (a new fake, the grid's render) starts a task of its own
  return { sheets, ...besideSheets(packed) };
}

/** What the workbook holds beside its sheets' cells, as packed: plain data the worker moved as it is. */
function besideSheets(packed: PackedWorkbook): Omit<OpenedWorkbook, "sheets"> {
  return {
    fileName: packed.fileName,
    tables: packed.tables,
    xmlParts: packed.xmlParts,
    notKept: packed.notKept,
    ...(packed.fileStyles ? { fileStyles: packed.fileStyles } : {}),
    ...(packed.definedNames ? { definedNames: packed.definedNames } : {}),
    ...(packed.pivotCaches ? { pivotCaches: packed.pivotCaches } : {}),
    ...(packed.workbookProtection !== undefined ? { workbookProtection: packed.workbookProtection } : {}),
    ...(packed.workbookChildren ? { workbookChildren: packed.workbookChildren } : {}),
    ...(packed.externalLinks ? { externalLinks: packed.externalLinks } : {}),
    ...(packed.chartSheets ? { chartSheets: packed.chartSheets } : {}),
    ...(packed.activeSheet !== undefined ? { activeSheet: packed.activeSheet } : {}),
    ...(packed.vba ? { vba: packed.vba } : {}),
    ...(packed.slicerCaches ? { slicerCaches: packed.slicerCaches } : {}),
    ...(packed.windows ? { windows: packed.windows } : {}),
    ...(packed.documentProperties ? { documentProperties: packed.documentProperties } : {}),
    ...(packed.cellMetadata ? { cellMetadata: packed.cellMetadata } : {}),
  };
}
