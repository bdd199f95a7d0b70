import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../../engine/cells";
import {
  COLUMN_WIDTH,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  SPARE_COLUMNS,
  SPARE_ROWS,
} from "../grid/grid-sizes";
import type { CellPos } from "../grid/keyboard-move";
import { mergesInView } from "../grid/merges-in-view";
import { scrollForCell } from "../grid/scroll-into-view";
import { type SheetGeometry, sheetGeometry } from "../grid/sheet-geometry";
import { PLAIN_LAYOUT } from "../grid/sheet-layout";
import { visibleRows } from "../grid/visible-rows";
import type { PreviewSheet } from "../workbook-view";
import { ColumnHeaders } from "./ColumnHeaders";
import { GridRow, type GridRowProps } from "./GridRow";
import { useGridSelection } from "./useGridSelection";
import { useViewportHeight } from "./useViewportHeight";

export { ROW_HEIGHT };

/** The shown columns in order; all are drawn (a sheet's used columns are few), the hidden ones left out. */
function shownColumns(geometry: SheetGeometry): number[] {
  const out: number[] = [];
  for (let c = geometry.columns.nextShown(0, 1); c !== undefined; c = geometry.columns.nextShown(c + 1, 1)) out.push(c);
  return out;
}

/** Rows drawn one under the other, each at `top(row)`, with the merged areas they cover. */
function RowBlock(
  props: GridRowProps & { rows: readonly number[]; top: (row: number) => number; inFrozenRows: boolean },
) {
  const { rows, top, inFrozenRows, ...rowProps } = props;
  const { byRow, inView } = mergesInView(props.geometry.merges, rows);
  return rows.map((r) => (
    <GridRow
      key={r}
      row={r}
      top={top(r)}
      inFrozenRows={inFrozenRows}
      merges={byRow.get(r) ?? []}
      mergesInView={inView}
      {...rowProps}
    />
  ));
}

/**
 * The cells of one sheet with column letters and row numbers, laid out as the sheet is (sheet-geometry.ts): rows
 * at their heights, columns at their widths, hidden ones left out, merged areas as one cell, frozen rows and
 * columns kept in place while the rest scrolls. Only the rows in view are rendered (windowing), so 500 or
 * 1,048,576 rows cost the same. Selecting works as in Excel (useGridSelection). A new sheet starts at the top,
 * like switching sheets in Excel: the parent keys the grid by sheet.
 */
export function CellGrid(props: {
  sheet: PreviewSheet;
  selection: Rect | undefined;
  label: string;
  onSelect: (rect: Rect) => void;
}) {
  const { sheet, selection, label, onSelect } = props;
  const rowCount = Math.min(Math.max(sheet.rowCount + SPARE_ROWS, 40), MAX_ROWS);
  const columnCount = Math.min(Math.max(sheet.columnCount + SPARE_COLUMNS, 8), MAX_COLUMNS);
  const geometry = useMemo(
    () =>
      sheetGeometry(sheet.layout ?? PLAIN_LAYOUT, {
        rowCount,
        columnCount,
        rowHeight: ROW_HEIGHT,
        columnWidth: COLUMN_WIDTH,
      }),
    [sheet, rowCount, columnCount],
  );
  const columns = useMemo(() => shownColumns(geometry), [geometry]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(scroller);
  const { shown, active, press, enter, move } = useGridSelection({ selection, grid: geometry, onSelect });
  const { rows: axis, frozenRows } = geometry;
  const frozenHeight = axis.offset(frozenRows);
  const frozen = visibleRows(axis, { top: 0, bottom: Math.min(frozenHeight, viewport), overscan: 0 }).filter(
    (r) => r < frozenRows,
  );
  const body = visibleRows(axis, {
    top: scrollTop + frozenHeight,
    bottom: scrollTop + viewport - HEADER_HEIGHT,
    from: frozenRows,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = move(e.key, e.shiftKey, Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1));
    if (!next) return;
    e.preventDefault();
    const el = scroller.current;
    if (!el) return;
    const to = scrollForCell(geometry, next, {
      top: el.scrollTop,
      left: el.scrollLeft,
      height: el.clientHeight,
      width: el.clientWidth,
    });
    el.scrollTop = to.top;
    el.scrollLeft = to.left;
  };
  const onPress = (pos: CellPos, shift: boolean) => {
    scroller.current?.focus();
    press(pos, shift);
  };

  const width = ROW_HEADER_WIDTH + geometry.columns.total();
  const rowProps = { sheet, geometry, columns, shown, active, onPress, onEnter: enter };
  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-colcount={columnCount + 1}
      aria-multiselectable="true"
      tabIndex={0}
      data-testid="preview-grid"
      className="preview-grid"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="preview-grid-canvas" style={{ height: HEADER_HEIGHT + axis.total(), width }}>
        <ColumnHeaders geometry={geometry} columns={columns} />
        {frozenRows > 0 && (
          <div className="preview-frozen-rows" style={{ height: frozenHeight, width }}>
            <RowBlock rows={frozen} top={(r) => axis.offset(r)} inFrozenRows {...rowProps} />
          </div>
        )}
        <RowBlock rows={body} top={(r) => HEADER_HEIGHT + axis.offset(r)} inFrozenRows={false} {...rowProps} />
      </div>
    </div>
  );
}
