import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { columnLetters } from "../../engine/cells/a1";
import { rectBetween, rectContains, type CellRect } from "../grid/a1-address";
import { cellDisplayText } from "../grid/cell-display-text";
import { keyboardMove, type CellPos } from "../grid/keyboard-move";
import { visibleRows } from "../grid/visible-rows";
import type { PreviewSheet } from "../workbook-view";

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 52;
const COLUMN_WIDTH = 112;
/** Empty rows and columns shown past the used range, so there is room to select beside the data. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;

/**
 * The cells of one sheet with column letters and row numbers. Only the rows in view are rendered
 * (windowing), so 500 or 1,000,000 rows cost the same. Click selects a cell; shift-click, drag or
 * shift+arrow keys extend the selection from the anchor; the selection is reported on mouse-up / key.
 */
export function CellGrid(props: {
  sheet: PreviewSheet;
  selection: CellRect | undefined;
  label: string;
  onSelect: (rect: CellRect) => void;
}) {
  const { sheet, selection, label, onSelect } = props;
  const rows = Math.max(sheet.rowCount + SPARE_ROWS, 40);
  const columns = Math.max(sheet.columnCount + SPARE_COLUMNS, 8);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const anchor = useRef<CellPos>({ row: selection?.top ?? 0, column: selection?.left ?? 0 });
  const focus = useRef<CellPos>({ row: selection?.bottom ?? 0, column: selection?.right ?? 0 });
  const [dragRect, setDragRect] = useState<CellRect>();
  const dragging = useRef(false);

  // A selection made elsewhere (the address box, the pane's "go to cell") resets the anchor and the
  // active cell; one that matches them (our own) keeps the anchor so shift+arrows go on extending it.
  useEffect(() => {
    if (!selection) return;
    const ours = rectBetween(anchor.current, focus.current);
    const same = ours.top === selection.top && ours.left === selection.left && ours.bottom === selection.bottom && ours.right === selection.right;
    if (!same) {
      anchor.current = { row: selection.top, column: selection.left };
      focus.current = { row: selection.bottom, column: selection.right };
    }
  }, [selection]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 600);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A new sheet starts at the top, like switching sheets in Excel.
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
    setScrollTop(0);
  }, [sheet.name]);

  useEffect(() => {
    const up = () => {
      if (!dragging.current) return;
      dragging.current = false;
      onSelect(rectBetween(anchor.current, focus.current));
      setDragRect(undefined);
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [onSelect]);

  const shown = dragRect ?? selection;
  const { first, last } = visibleRows({ scrollTop, viewportHeight: viewport, rowHeight: ROW_HEIGHT, rowCount: rows });

  const pressCell = (pos: CellPos, shift: boolean) => {
    if (!shift) anchor.current = pos;
    focus.current = pos;
    dragging.current = true;
    setDragRect(rectBetween(anchor.current, pos));
  };
  const enterCell = (pos: CellPos) => {
    if (!dragging.current) return;
    focus.current = pos;
    setDragRect(rectBetween(anchor.current, pos));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const next = keyboardMove(focus.current, e.key, { rows, columns }, page);
    if (!next) return;
    e.preventDefault();
    if (!e.shiftKey) anchor.current = next;
    focus.current = next;
    onSelect(rectBetween(anchor.current, next));
    // Keep the active cell in view (the header row takes one row at the top).
    const el = scroller.current;
    if (el) {
      const top = (next.row + 1) * ROW_HEIGHT;
      if (top < el.scrollTop + ROW_HEIGHT) el.scrollTop = top - ROW_HEIGHT;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    }
  };

  const width = ROW_HEADER_WIDTH + columns * COLUMN_WIDTH;
  const colIdx = Array.from({ length: columns }, (_, c) => c);
  const active = focus.current;
  const cells = [];
  for (let r = first; r <= last; r++) {
    cells.push(
      <div role="row" aria-rowindex={r + 2} key={r} className="preview-row" style={{ top: (r + 1) * ROW_HEIGHT, width }}>
        <div role="rowheader" className="preview-rowhead" style={{ width: ROW_HEADER_WIDTH }}>{r + 1}</div>
        {colIdx.map((c) => {
          const selected = shown !== undefined && rectContains(shown, r, c);
          const address = `${columnLetters(c)}${r + 1}`;
          const inUse = r < sheet.rowCount && c < sheet.columnCount;
          const look = inUse ? sheet.style?.(r, c) : undefined;
          return (
            <div
              role="gridcell"
              key={c}
              aria-colindex={c + 2}
              aria-selected={selected}
              data-cell={address}
              className={`preview-cell${selected ? " selected" : ""}${active.row === r && active.column === c ? " active" : ""}`}
              style={{ width: COLUMN_WIDTH, background: !selected && look?.fill ? look.fill : undefined, fontWeight: look?.bold ? 600 : undefined }}
              onMouseDown={(e) => {
                e.preventDefault();
                scroller.current?.focus();
                pressCell({ row: r, column: c }, e.shiftKey);
              }}
              onMouseEnter={() => enterCell({ row: r, column: c })}
            >
              {inUse ? cellDisplayText(sheet.value(r, c), sheet.numberFormat(r, c)) : ""}
            </div>
          );
        })}
      </div>,
    );
  }

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
        <div role="row" aria-rowindex={1} className="preview-row preview-colheads" style={{ width }}>
          <div role="columnheader" className="preview-corner" style={{ width: ROW_HEADER_WIDTH }}>
            <span className="preview-visually-hidden">#</span>
          </div>
          {colIdx.map((c) => (
            <div role="columnheader" key={c} aria-colindex={c + 2} className="preview-colhead" style={{ width: COLUMN_WIDTH }}>
              {columnLetters(c)}
            </div>
          ))}
        </div>
        {cells}
      </div>
    </div>
  );
}
