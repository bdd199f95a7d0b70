import type { ReactNode } from "react";
import { type Rect, intersect } from "../../engine/cells";
import { rectContains } from "../grid/a1-address";
import { ROW_HEADER_WIDTH } from "../grid/grid-sizes";
import type { CellPos } from "../grid/keyboard-move";
import type { SheetGeometry } from "../grid/sheet-geometry";
import type { PreviewSheet } from "../workbook-view";
import { type CellBox, GridCell } from "./GridCell";

export interface GridRowProps {
  sheet: PreviewSheet;
  geometry: SheetGeometry;
  /** The shown columns, in order. */
  columns: readonly number[];
  shown: Rect | undefined;
  active: CellPos;
  onPress: (pos: CellPos, shift: boolean) => void;
  onEnter: (pos: CellPos) => void;
}

/**
 * One sheet row: its number and the frozen columns' cells in a part that stays at the left while the grid
 * scrolls sideways (position: sticky), then the other cells. Hidden columns are left out; a cell of a merged
 * area is not drawn, the area is drawn once, by the first rendered row it covers (`merges`).
 */
export function GridRow(
  props: GridRowProps & { row: number; top: number; merges: readonly Rect[]; mergesInView: readonly Rect[] },
) {
  const { sheet, geometry, columns: shownColumns, row: r, top, merges, mergesInView, shown, active } = props;
  const { rows, columns, frozenColumns } = geometry;
  const frozenWidth = columns.offset(frozenColumns);
  const height = rows.size(r);
  const frozen: ReactNode[] = [];
  const body: ReactNode[] = [];
  const place = (column: number, box: Omit<CellBox, "left">, cell: (box: CellBox) => ReactNode) => {
    const left = columns.offset(column);
    if (column < frozenColumns) frozen.push(cell({ ...box, left: ROW_HEADER_WIDTH + left }));
    else body.push(cell({ ...box, left: left - frozenWidth }));
  };
  const cellProps = { sheet, onPress: props.onPress, onEnter: props.onEnter };
  for (const c of shownColumns) {
    if (mergesInView.some((m) => rectContains(m, r, c))) continue;
    place(c, { top: 0, width: columns.size(c), height }, (box) => (
      <GridCell
        key={c}
        pos={{ row: r, column: c }}
        box={box}
        selected={shown !== undefined && rectContains(shown, r, c)}
        active={active.row === r && active.column === c}
        {...cellProps}
      />
    ));
  }
  for (const m of merges) {
    const width = columns.offset(m.column + m.columnCount) - columns.offset(m.column);
    const box = {
      top: rows.offset(m.row) - rows.offset(r),
      width,
      height: rows.offset(m.row + m.rowCount) - rows.offset(m.row),
    };
    if (width === 0) continue; // all its columns hidden
    place(m.column, box, (at) => (
      <GridCell
        key={`m${m.row}:${m.column}`}
        pos={{ row: m.row, column: m.column }}
        box={at}
        span={{ rows: m.rowCount, columns: m.columnCount }}
        selected={shown !== undefined && intersect(shown, m) !== undefined}
        active={rectContains(m, active.row, active.column)}
        {...cellProps}
      />
    ));
  }
  const width = ROW_HEADER_WIDTH + columns.total();
  return (
    <div role="row" aria-rowindex={r + 2} className="preview-row" style={{ top, width, height }}>
      <div className="preview-frozen-part" style={{ width: ROW_HEADER_WIDTH + frozenWidth, height }}>
        <div
          role="rowheader"
          className="preview-rowhead"
          style={{ width: ROW_HEADER_WIDTH, height, lineHeight: `${height - 1}px` }}
        >
          {r + 1}
        </div>
        {frozen}
      </div>
      <div className="preview-body-part" style={{ width: columns.total() - frozenWidth, height }}>
        {body}
      </div>
    </div>
  );
}
