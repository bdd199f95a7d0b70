import { columnLetters } from "../../engine/cells";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH } from "../grid/grid-sizes";
import type { SheetGeometry } from "../grid/sheet-geometry";

/**
 * The column letters over the shown columns, at their widths: a hidden column's letter is left out, as in Excel
 * (C after A when B is hidden). The frozen columns' letters stay at the left with the corner.
 */
export function ColumnHeaders({ geometry, columns }: { geometry: SheetGeometry; columns: readonly number[] }) {
  const { columns: axis, frozenColumns } = geometry;
  const frozenWidth = axis.offset(frozenColumns);
  const head = (c: number, left: number) => (
    <div
      role="columnheader"
      key={c}
      aria-colindex={c + 2}
      className="preview-colhead"
      style={{ left, width: axis.size(c), height: HEADER_HEIGHT }}
    >
      {columnLetters(c)}
    </div>
  );
  return (
    <div
      role="row"
      aria-rowindex={1}
      className="preview-row preview-colheads"
      style={{ width: ROW_HEADER_WIDTH + axis.total(), height: HEADER_HEIGHT }}
    >
      <div className="preview-frozen-part" style={{ width: ROW_HEADER_WIDTH + frozenWidth, height: HEADER_HEIGHT }}>
        <div role="columnheader" className="preview-corner" style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }}>
          <span className="preview-visually-hidden">#</span>
        </div>
        {columns.filter((c) => c < frozenColumns).map((c) => head(c, ROW_HEADER_WIDTH + axis.offset(c)))}
      </div>
      <div className="preview-body-part" style={{ width: axis.total() - frozenWidth, height: HEADER_HEIGHT }}>
        {columns.filter((c) => c >= frozenColumns).map((c) => head(c, axis.offset(c) - frozenWidth))}
      </div>
    </div>
  );
}
