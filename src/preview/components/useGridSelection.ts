import { useEffect, useState } from "react";
import type { Rect } from "../../engine/cells";
import { rectBetween, sameRect } from "../grid/a1-address";
import type { CellPos } from "../grid/keyboard-move";
import { expandToMerges } from "../grid/merged-areas";
import { type MoveGrid, sheetMove } from "../grid/sheet-move";

/** The selection's two corners: where it started (anchor) and the active cell that moves (focus). */
interface Corners {
  readonly anchor: CellPos;
  readonly focus: CellPos;
}

function cornersOf(selection: Rect | undefined): Corners {
  const r = selection ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  return {
    anchor: { row: r.row, column: r.column },
    focus: { row: r.row + r.rowCount - 1, column: r.column + r.columnCount - 1 },
  };
}

/** The block two corners select, grown over the merged areas it touches. */
const blockBetween = (anchor: CellPos, focus: CellPos, merges: readonly Rect[]) =>
  expandToMerges(rectBetween(anchor, focus), merges);

const sameSelection = (a: Rect | undefined, b: Rect | undefined) => (a && b ? sameRect(a, b) : a === b);

/**
 * Excel's way of selecting in a grid: click selects a cell; shift-click, drag or shift+arrow keys extend
 * the selection from the anchor. A drag is reported on mouse-up, a key at once. A selection touching part of a
 * merged area takes in all of it (expandToMerges), and keys move over merged areas and hidden rows and
 * columns as Excel does (sheetMove).
 */
export function useGridSelection(props: {
  selection: Rect | undefined;
  grid: MoveGrid;
  onSelect: (rect: Rect) => void;
}) {
  const { selection, grid, onSelect } = props;
  const { merges } = grid;
  const between = (anchor: CellPos, focus: CellPos) => blockBetween(anchor, focus, merges);
  const [corners, setCorners] = useState(() => cornersOf(selection));
  const [dragging, setDragging] = useState(false);
  // A selection made elsewhere (the address box, the pane's "go to cell") resets the anchor and the
  // active cell; one that matches them (our own) keeps the anchor so shift+arrows go on extending it.
  // Adjusted while rendering, as React advises for state that follows a prop
  // (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  const [seen, setSeen] = useState(selection);
  if (!sameSelection(seen, selection)) {
    setSeen(selection);
    if (selection && !sameRect(between(corners.anchor, corners.focus), selection)) setCorners(cornersOf(selection));
  }

  useEffect(() => {
    if (!dragging) return;
    const up = () => {
      setDragging(false);
      onSelect(blockBetween(corners.anchor, corners.focus, merges));
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [dragging, corners, onSelect, merges]);

  const press = (pos: CellPos, shift: boolean) => {
    setCorners({ anchor: shift ? corners.anchor : pos, focus: pos });
    setDragging(true);
  };
  const enter = (pos: CellPos) => {
    if (dragging) setCorners({ anchor: corners.anchor, focus: pos });
  };
  /** Moves the active cell for a key (shift extends); returns where it went, or undefined for other keys. */
  const move = (key: string, shift: boolean, page: number): CellPos | undefined => {
    const next = sheetMove(corners.focus, key, grid, page);
    if (!next) return undefined;
    const anchor = shift ? corners.anchor : next;
    setCorners({ anchor, focus: next });
    onSelect(between(anchor, next));
    return next;
  };
  const shown = dragging ? between(corners.anchor, corners.focus) : selection;
  return { shown, active: corners.focus, press, enter, move };
}
