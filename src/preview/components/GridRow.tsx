import type { ReactNode } from "react";
import { type Rect, intersect } from "../../engine/cells";
import { rectContains } from "../grid/a1-address";
import { ROW_HEADER_WIDTH } from "../grid/grid-sizes";
import type { CellPos } from "../grid/keyboard-move";
import type { SheetGeometry } from "../grid/sheet-geometry";
import type { PreviewSheet } from "../workbook-view";
import { mergedAreaBoxes } from "../grid/merged-area-boxes";
import { GridCell } from "./GridCell";

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
 * area is not drawn, the area is drawn by the first rendered row it covers (`merges`, mergedAreaBoxes).
 */
export function GridRow(
  props: GridRowProps & {
    row: number;
    top: number;
    /** Whether the row is one of the frozen rows (drawn in the block that stays under the letters). */
    inFrozenRows: boolean;
    merges: readonly Rect[];
    mergesInView: readonly Rect[];
  },
) {
  const { sheet, geometry, columns: shownColumns, row: r, top, inFrozenRows, merges, mergesInView } = props;
  const { shown, active } = props;
  const { rows, columns, frozenColumns } = geometry;
  const frozenWidth = columns.offset(frozenColumns);
  const height = rows.size(r);
  const frozen: ReactNode[] = [];
  const body: ReactNode[] = [];
  const cellProps = { sheet, onPress: props.onPress, onEnter: props.onEnter };
  for (const c of shownColumns) {
    if (mergesInView.some((m) => rectContains(m, r, c))) continue;
    const inFrozen = c < frozenColumns;
    const left = inFrozen ? ROW_HEADER_WIDTH + columns.offset(c) : columns.offset(c) - frozenWidth;
    (inFrozen ? frozen : body).push(
      <GridCell
        key={c}
        pos={{ row: r, column: c }}
        box={{ left, top: 0, width: columns.size(c), height }}
        selected={shown !== undefined && rectContains(shown, r, c)}
        active={active.row === r && active.column === c}
        {...cellProps}
      />,
    );
  }
  for (const m of merges)
    for (const { part, box, copy } of mergedAreaBoxes(m, r, geometry, inFrozenRows))
      (part === "frozen" ? frozen : body).push(
        <GridCell
          key={`m${m.row}:${m.column}:${part}`}
          pos={{ row: m.row, column: m.column }}
          box={box}
          span={{ rows: m.rowCount, columns: m.columnCount }}
          copy={copy}
          selected={shown !== undefined && intersect(shown, m) !== undefined}
          active={rectContains(m, active.row, active.column)}
          {...cellProps}
        />,
      );
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
