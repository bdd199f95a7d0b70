import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { columnLetters, type Rect } from "../../engine/cells";
import { rectContains } from "../grid/a1-address";
import { cellDisplayText } from "../grid/cell-display-text";
import type { CellPos } from "../grid/keyboard-move";
import { visibleRows } from "../grid/visible-rows";
import type { PreviewSheet } from "../workbook-view";
import { useGridSelection } from "./useGridSelection";

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 52;
const COLUMN_WIDTH = 112;
/** Empty rows and columns shown past the used range, so there is room to select beside the data. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;

/** The height of the scrolling box, followed as it resizes (600 px until measured, as under jsdom). */
function useViewportHeight(scroller: RefObject<HTMLDivElement | null>): number {
  const [viewport, setViewport] = useState(600);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 600);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [scroller]);
  return viewport;
}

/** Scrolls the box so the active cell's row is in view (the header row takes one row at the top). */
function scrollIntoView(el: HTMLDivElement, row: number): void {
  const top = (row + 1) * ROW_HEIGHT;
  if (top < el.scrollTop + ROW_HEIGHT) el.scrollTop = top - ROW_HEIGHT;
  else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
}

function ColumnHeaders({ columns, width }: { columns: number; width: number }) {
  return (
    <div role="row" aria-rowindex={1} className="preview-row preview-colheads" style={{ width }}>
      <div role="columnheader" className="preview-corner" style={{ width: ROW_HEADER_WIDTH }}>
        <span className="preview-visually-hidden">#</span>
      </div>
      {Array.from({ length: columns }, (_, c) => (
        <div
          role="columnheader"
          key={c}
          aria-colindex={c + 2}
          className="preview-colhead"
          style={{ width: COLUMN_WIDTH }}
        >
          {columnLetters(c)}
        </div>
      ))}
    </div>
  );
}

/** One sheet row: its number, then its cells with their text, fill and boldness. */
function GridRow(props: {
  sheet: PreviewSheet;
  row: number;
  columns: number;
  width: number;
  shown: Rect | undefined;
  active: CellPos;
  onPress: (pos: CellPos, shift: boolean) => void;
  onEnter: (pos: CellPos) => void;
}) {
  const { sheet, row: r, columns, width, shown, active, onPress, onEnter } = props;
  return (
    <div role="row" aria-rowindex={r + 2} className="preview-row" style={{ top: (r + 1) * ROW_HEIGHT, width }}>
      <div role="rowheader" className="preview-rowhead" style={{ width: ROW_HEADER_WIDTH }}>
        {r + 1}
      </div>
      {Array.from({ length: columns }, (_, c) => {
        const selected = shown !== undefined && rectContains(shown, r, c);
        const inUse = r < sheet.rowCount && c < sheet.columnCount;
        const look = inUse ? sheet.style?.(r, c) : undefined;
        return (
          <div
            role="gridcell"
            key={c}
            aria-colindex={c + 2}
            aria-selected={selected}
            data-cell={`${columnLetters(c)}${r + 1}`}
            className={`preview-cell${selected ? " selected" : ""}${active.row === r && active.column === c ? " active" : ""}`}
            style={{
              width: COLUMN_WIDTH,
              background: !selected && look?.fill ? look.fill : undefined,
              fontWeight: look?.bold ? 600 : undefined,
            }}
            onMouseDown={(e) => {
              e.preventDefault();
              onPress({ row: r, column: c }, e.shiftKey);
            }}
            onMouseEnter={() => onEnter({ row: r, column: c })}
          >
            {inUse ? cellDisplayText(sheet.value(r, c), sheet.numberFormat(r, c)) : ""}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The cells of one sheet with column letters and row numbers. Only the rows in view are rendered
 * (windowing), so 500 or 1,000,000 rows cost the same. Selecting works as in Excel (useGridSelection).
 * A new sheet starts at the top, like switching sheets in Excel: the parent keys the grid by sheet.
 */
export function CellGrid(props: {
  sheet: PreviewSheet;
  selection: Rect | undefined;
  label: string;
  onSelect: (rect: Rect) => void;
}) {
  const { sheet, selection, label, onSelect } = props;
  const rows = Math.max(sheet.rowCount + SPARE_ROWS, 40);
  const columns = Math.max(sheet.columnCount + SPARE_COLUMNS, 8);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(scroller);
  const { shown, active, press, enter, move } = useGridSelection({ selection, bounds: { rows, columns }, onSelect });
  const { first, last } = visibleRows({ scrollTop, viewportHeight: viewport, rowHeight: ROW_HEIGHT, rowCount: rows });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = move(e.key, e.shiftKey, Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1));
    if (!next) return;
    e.preventDefault();
    if (scroller.current) scrollIntoView(scroller.current, next.row);
  };
  const onPress = (pos: CellPos, shift: boolean) => {
    scroller.current?.focus();
    press(pos, shift);
  };

  const width = ROW_HEADER_WIDTH + columns * COLUMN_WIDTH;
  const rowProps = { sheet, columns, width, shown, active, onPress, onEnter: enter };
  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={rows + 1}
      aria-colcount={columns + 1}
      aria-multiselectable="true"
      tabIndex={0}
      data-testid="preview-grid"
      className="preview-grid"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="preview-grid-canvas" style={{ height: (rows + 1) * ROW_HEIGHT, width }}>
        <ColumnHeaders columns={columns} width={width} />
        {Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => (
          <GridRow key={first + i} row={first + i} {...rowProps} />
        ))}
      </div>
    </div>
  );
}
