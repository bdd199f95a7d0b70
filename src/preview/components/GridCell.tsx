import type { CSSProperties } from "react";
import { columnLetters } from "../../engine/cells";
import { cellDisplayText } from "../grid/cell-display-text";
import type { CellPos } from "../grid/keyboard-move";
import { ROW_HEIGHT } from "../grid/grid-sizes";
import type { CellBox } from "../grid/merged-area-boxes";
import type { PreviewSheet } from "../workbook-view";

/**
 * One cell (or a merged area, drawn as its top-left cell) with its text, fill and boldness. The text sits at the
 * bottom of a tall cell, as Excel's default vertical alignment puts it. A `copy` (a merged area's second drawing,
 * across a frozen line) is hidden from assistive technology and has no data-cell, so each cell is found once.
 */
export function GridCell(props: {
  sheet: PreviewSheet;
  pos: CellPos;
  box: CellBox;
  span?: { rows: number; columns: number };
  copy?: boolean;
  selected: boolean;
  active: boolean;
  onPress: (pos: CellPos, shift: boolean) => void;
  onEnter: (pos: CellPos) => void;
}) {
  const { sheet, pos, box, span, copy, selected, active, onPress, onEnter } = props;
  const { row: r, column: c } = pos;
  const inUse = r < sheet.rowCount && c < sheet.columnCount;
  const look = inUse ? sheet.style?.(r, c) : undefined;
  const style: CSSProperties = {
    ...box,
    paddingTop: box.height > ROW_HEIGHT ? box.height - ROW_HEIGHT : undefined,
    background: !selected && look?.fill ? look.fill : undefined,
    fontWeight: look?.bold ? 600 : undefined,
  };
  return (
    <div
      role={copy ? undefined : "gridcell"}
      aria-hidden={copy || undefined}
      aria-colindex={c + 2}
      aria-colspan={span && span.columns > 1 ? span.columns : undefined}
      aria-rowspan={span && span.rows > 1 ? span.rows : undefined}
      aria-selected={selected}
      data-cell={copy ? undefined : `${columnLetters(c)}${r + 1}`}
      className={`preview-cell${span ? " merged" : ""}${selected ? " selected" : ""}${active ? " active" : ""}`}
      style={style}
      onMouseDown={(e) => {
        e.preventDefault();
        onPress(pos, e.shiftKey);
      }}
      onMouseEnter={() => onEnter(pos)}
    >
      {inUse ? cellDisplayText(sheet.value(r, c), sheet.numberFormat(r, c)) : ""}
    </div>
  );
}
