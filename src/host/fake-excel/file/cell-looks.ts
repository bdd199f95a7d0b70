/**
 * What a saved cell looks like beside its value: number format, bold, solid fill, quote prefix. Each distinct
 * look becomes one cell format (an xf of cellXfs, ECMA-376 Part 1 §18.8.10) that cells point at with `s`
 * (§18.3.1.4); ExcelJS writes the formats (write-xlsx.ts), this registry numbers the looks the sheets use.
 */
export interface CellLook {
  /** The number format code; undefined is General. */
  readonly numFmt?: string;
  readonly bold: boolean;
  /** ARGB of a solid fill ("FFC6EFCE"); undefined is no fill. */
  readonly fill?: string;
  /** Text kept as text although it reads as a number, date or formula (§18.8.45, xf quotePrefix). */
  readonly quotePrefix: boolean;
  /** An opened file's cell style whose font, border, alignment and fill the cell keeps (file-style-xfs.ts). */
  readonly fileStyle?: number;
}

/** Bold, fill and the file's own style together: what the fake's style rectangles set (style-bands.ts). */
export interface Decoration {
  readonly bold: boolean;
  readonly fill?: string;
  readonly fileStyle?: number;
}

const DECORATIONS_MAX = 1 << 20;

export class CellLooks {
  /** Look 0 is the default (General, plain, no fill): cells with it carry no `s`. */
  readonly looks: CellLook[] = [{ bold: false, quotePrefix: false }];
  private readonly formats: (string | undefined)[] = [undefined];
  private readonly formatIds = new Map<string, number>([["General", 0]]);
  private readonly decorations: Decoration[] = [{ bold: false }];
  private readonly decorationIds = new Map<string, number>([["0||", 0]]);
  private readonly ids = new Map<number, number>([[0, 0]]);

  /** The number of a bold, fill and file style combination; 0 is none of them. */
  decoration(bold: boolean, fill: string | undefined, fileStyle?: number): number {
    const key = `${bold ? 1 : 0}|${fill ?? ""}|${fileStyle ?? ""}`;
    let id = this.decorationIds.get(key);
    if (id === undefined) {
      id = this.decorations.length;
      if (id >= DECORATIONS_MAX) throw new Error(`More than ${DECORATIONS_MAX} bold and fill combinations.`);
      this.decorations.push(fileStyle === undefined ? { bold, fill } : { bold, fill, fileStyle });
      this.decorationIds.set(key, id);
    }
    return id;
  }

  /** The look of a cell with this number format (undefined or "General" is General), decoration and quote prefix. */
  look(numFmt: string | undefined, decoration: number, quotePrefix: boolean): number {
    const format = numFmt === undefined ? 0 : this.formatId(numFmt);
    const key = (format * DECORATIONS_MAX + decoration) * 2 + (quotePrefix ? 1 : 0);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.looks.length;
      const { bold, fill, fileStyle } = this.decorations[decoration];
      const look = { numFmt: this.formats[format], bold, fill, quotePrefix };
      this.looks.push(fileStyle === undefined ? look : { ...look, fileStyle });
      this.ids.set(key, id);
    }
    return id;
  }

  private formatId(numFmt: string): number {
    let id = this.formatIds.get(numFmt);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(numFmt);
      this.formatIds.set(numFmt, id);
    }
    return id;
  }
}
