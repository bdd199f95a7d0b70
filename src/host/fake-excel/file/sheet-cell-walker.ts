import { columnLetters } from "../../../engine/cells";
import type { Prim } from "../state";
import type { CellLooks } from "./cell-looks";
import { type FileSheet, type FileTable, formulaKey, rowsOf } from "./file-workbook";
import { type LineStyleRun, lineStylesEnd } from "./line-styles";
import { rowHeightsEnd } from "./row-heights";
import { type StyleBand, argbOf, styleBands } from "./style-bands";

/** One cell as walk() hands it over (the same object each time, refilled: a million rows make no garbage). */
export interface WalkedCell {
  row: number;
  column: number;
  /** Its look's number (cell-looks.ts). */
  look: number;
  value: Prim | undefined;
  formula: string | undefined;
  /** The value is text whatever it reads as: a quote-prefixed cell, or text written over the cell (never a formula). */
  text: boolean;
}

/** Text written over a cell: a table's header name, a chart's note (with its own bold and fill). */
interface Overwrite {
  readonly text: string;
  readonly decoration?: number;
}

/** The chart note's look: bold on a pale yellow fill, so it is seen. */
const NOTE_FILL = "FFFFF2CC";

/**
 * One sheet's cells as the file holds them, ready to walk row by row: values, formulas, number formats, bold
 * and fill (style-bands.ts), quote prefixes, hidden rows and row heights, and the text written over cells — each chart's note,
 * then each table's header names (a table's header cells hold its column names as text, ECMA-376 Part 1
 * §18.5.1.3: a number or blank header cell is saved as the name the table gives it).
 */
export class SheetCellWalker {
  readonly rowsEnd: number;
  /** The rows' and columns' own styles (an opened file's, line-styles.ts) as runs of looks. */
  readonly rowLooks: LookRun[];
  readonly columnLooks: LookRun[];
  private readonly bands: StyleBand[];
  private readonly overwrites = new Map<number, Map<number, Overwrite>>();

  constructor(
    readonly sheet: FileSheet,
    tables: readonly FileTable[],
    private readonly looks: CellLooks,
  ) {
    this.bands = styleBands(sheet, looks);
    this.rowLooks = sheet.lineStyles.rows.map((r) => lookRun(looks, r, sheet.name));
    this.columnLooks = sheet.lineStyles.columns.map((r) => lookRun(looks, r, sheet.name));
    const note = looks.decoration(true, NOTE_FILL);
    for (const n of sheet.notes) this.overwrite(n.row, n.column, { text: n.text, decoration: note });
    for (const t of tables)
      t.headers.forEach((text, j) => {
        const was = this.overwrites.get(t.rect.row)?.get(t.rect.column + j);
        this.overwrite(t.rect.row, t.rect.column + j, { ...was, text });
      });
    let end = rowsOf(sheet);
    for (const r of this.overwrites.keys()) end = Math.max(end, r + 1);
    for (const r of sheet.hiddenRows) end = Math.max(end, r + 1);
    for (const r of sheet.outlineRows.keys()) end = Math.max(end, r + 1);
    end = Math.max(end, rowHeightsEnd(sheet.rowHeights), lineStylesEnd(sheet.lineStyles.rows));
    this.rowsEnd = end;
  }

  private overwrite(row: number, column: number, o: Overwrite): void {
    let m = this.overwrites.get(row);
    if (!m) this.overwrites.set(row, (m = new Map()));
    m.set(column, o);
  }

  /**
   * Calls `row` for each row of [from, to), then `cell` for each of its cells that the file holds, in order: one
   * with a value, a formula or a look other than the default.
   */
  walk(from: number, to: number, row: (r: number) => void, cell: (c: WalkedCell) => void): void {
    const { sheet, looks, bands } = this;
    const withFormulas = sheet.formulas.size > 0;
    const withQuotes = sheet.quotePrefix.size > 0;
    const at: WalkedCell = { row: 0, column: 0, look: 0, value: undefined, formula: undefined, text: false };
    let b = 0;
    for (let r = from; r < to; r++) {
      row(r);
      while (b < bands.length && bands[b].to <= r) b++;
      const decorations = b < bands.length && bands[b].from <= r ? bands[b].decorations : undefined;
      const values = sheet.values[r];
      const formats = sheet.formats[r];
      const over = this.overwrites.get(r);
      let end = Math.max(values?.length ?? 0, formats?.length ?? 0, decorations?.length ?? 0);
      if (over) for (const c of over.keys()) end = Math.max(end, c + 1);
      at.row = r;
      for (let c = 0; c < end; c++) {
        const key = formulaKey(r, c);
        const o = over?.get(c);
        const quote = withQuotes && o === undefined && sheet.quotePrefix.has(key);
        at.column = c;
        at.look = looks.look(formats?.[c], o?.decoration ?? decorations?.[c] ?? 0, quote);
        at.value = o ? o.text : values?.[c];
        at.formula = o === undefined && withFormulas ? sheet.formulas.get(key) : undefined;
        at.text = o !== undefined || quote;
        if (at.value !== undefined || at.formula !== undefined || at.look !== 0) cell(at);
      }
    }
  }
}

/** Lines `from` … `from + count - 1` of one look (cell-looks.ts). */
export interface LookRun {
  readonly from: number;
  readonly count: number;
  readonly look: number;
}

/** A row or column style's look: its number format, bold, fill and file style, as a cell of that style would have. */
function lookRun(looks: CellLooks, { from, count, look }: LineStyleRun, sheet: string): LookRun {
  const fill = look.fill === undefined ? undefined : argbOf(look.fill, sheet, `line ${from + 1}`);
  const decoration = looks.decoration(look.bold, fill, look.fileStyle);
  return { from, count, look: looks.look(look.numFmt, decoration, false) };
}

/** Column letters by index, made once per column used. */
const letters: string[] = [];
export const columnName = (c: number) => (letters[c] ??= columnLetters(c));
