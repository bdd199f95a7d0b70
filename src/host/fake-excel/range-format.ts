import type { XlRangeFormat } from "../excel";
import { jsonBytes } from "./fake-object";
import { propertyNotLoaded } from "./office-error";
import { checkAllowed } from "./protected-writes";
import type { FakeRange } from "./range";
import { rangeWhere } from "./range-target";

/** A style the fake keeps: bold text and fill colour, recorded per rectangle (SheetState.styles). */
type StylePatch = { bold?: boolean; fill?: string | null };

function style(range: FakeRange, kind: string, patch: StylePatch): void {
  range.act(
    kind,
    jsonBytes(patch),
    (t) => {
      checkAllowed(range.ctx.state, t.sheet, { option: "allowFormatCells", where: `Range.${kind}`, cells: t.rect });
      t.sheet.styles.push({ rect: t.rect, ...patch });
    },
    rangeWhere,
  );
}

/** RangeFont: bold is kept; the colour is accepted and not kept. */
class FakeRangeFont {
  constructor(private readonly range: FakeRange) {}
  set bold(v: boolean) {
    style(this.range, "format.font.bold", { bold: v });
  }
  get bold(): boolean {
    throw propertyNotLoaded("format/font/bold");
  }
  set color(_v: string) {
    /* font colour is not kept by the fake */
  }
  get color(): string {
    throw propertyNotLoaded("format/font/color");
  }
}

class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}
  set color(v: string) {
    style(this.range, "format.fill.color", { fill: v });
  }
  get color(): string {
    throw propertyNotLoaded("format/fill/color");
  }
  clear(): void {
    style(this.range, "format.fill.clear", { fill: null });
  }
}

/** Range.format: font, fill, column widths. */
export class FakeRangeFormat implements XlRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
    this.fill = new FakeRangeFill(range);
  }
  set columnWidth(w: number) {
    this.range.act("format.columnWidth", 8, (t) => {
      checkAllowed(this.range.ctx.state, t.sheet, { option: "allowFormatColumns", where: "RangeFormat.columnWidth" });
      for (let c = 0; c < t.rect.columnCount; c++) t.sheet.columnWidths.set(t.rect.column + c, w);
    });
  }
  get columnWidth(): number {
    throw propertyNotLoaded("format/columnWidth");
  }
  autofitColumns(): void {
    this.range.act("format.autofitColumns", 0, (t) => {
      checkAllowed(this.range.ctx.state, t.sheet, {
        option: "allowFormatColumns",
        where: "RangeFormat.autofitColumns",
      });
      for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
        let longest = 0;
        const end = Math.min(t.rect.row + t.rect.rowCount, t.sheet.values.length);
        for (let r = t.rect.row; r < end; r++) longest = Math.max(longest, String(t.sheet.values[r]?.[c] ?? "").length);
        t.sheet.columnWidths.set(c, Math.max(8.43, longest + 2) * 7); // ~7 points per character of Calibri 11
      }
    });
  }
}
