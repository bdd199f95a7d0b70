import { cellXmlText, keepsSpace } from "./cell-xml-text";
import { XmlBytes } from "./xml-bytes";

/**
 * The workbook's shared string table (ECMA-376 Part 1 §18.4, sst/si/t): each distinct text once, cells point
 * at it by index (`<c t="s"><v>index</v></c>`, §18.3.1.4). Excel writes text so; a reader meets the same
 * layout as in Excel's own files, and a column of repeated values (regions, tiers) is stored once.
 */
export class SharedStringsWriter {
  private readonly index = new Map<string, number>();
  private uses = 0;

  /** The index of `text`, added on first use. */
  indexOf(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  /** xl/sharedStrings.xml as UTF-8 chunks: count is every use, uniqueCount the distinct texts (§18.4.9). */
  xml(): Uint8Array[] {
    const out = new XmlBytes();
    out.ascii(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
    out.ascii(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.index.size}">`,
    );
    for (const text of this.index.keys()) {
      out.ascii(keepsSpace(text) ? '<si><t xml:space="preserve">' : "<si><t>");
      out.text(cellXmlText(text));
      out.ascii("</t></si>");
    }
    out.ascii("</sst>");
    out.flush();
    return out.chunks;
  }
}
