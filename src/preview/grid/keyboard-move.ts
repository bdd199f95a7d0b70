/** A cell position, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly column: number;
}

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Where an arrow key (or PageUp/PageDown, Home/End) takes the active cell, clamped to the sheet, as in
 * Excel; undefined for keys that do not move it. `page` is the number of rows in view.
 */
export function keyboardMove(
  from: CellPos,
  key: string,
  bounds: { rows: number; columns: number },
  page = 20,
): CellPos | undefined {
  let dr = 0;
  let dc = 0;
  if (key in STEPS) [dr, dc] = STEPS[key];
  else if (key === "PageDown") dr = page;
  else if (key === "PageUp") dr = -page;
  else if (key === "Home") return { row: from.row, column: 0 };
  else if (key === "End") return { row: from.row, column: bounds.columns - 1 };
  else return undefined;
  return {
    row: Math.min(Math.max(from.row + dr, 0), bounds.rows - 1),
    column: Math.min(Math.max(from.column + dc, 0), bounds.columns - 1),
  };
}
