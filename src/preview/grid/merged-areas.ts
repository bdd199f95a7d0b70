import { type Rect, bounding, intersect } from "../../engine/cells";
import { rectContains } from "./a1-address";

/** The merged area a cell belongs to, or undefined when it is not merged. */
export function mergeAt(merges: readonly Rect[], row: number, column: number): Rect | undefined {
  return merges.find((m) => rectContains(m, row, column));
}

/**
 * A selection grown to take in every merged area it touches, as Excel grows it: "Highlight a rectangular range
 * of cells that includes some merged cells, and the selection will automatically be enlarged so that it includes
 * the whole of the merged area. It is impossible to select a smaller area."
 * (https://www.operisanalysiskit.com/help/2003/mergedcells.htm; no Microsoft page says it, it is what Excel does).
 * Growing may touch another area, so it goes on until nothing more is taken in.
 */
export function expandToMerges(rect: Rect, merges: readonly Rect[]): Rect {
  let out = rect;
  for (let grew = true; grew;) {
    grew = false;
    for (const m of merges) {
      if (!intersect(m, out)) continue;
      const next = bounding(out, m);
      if (next.rowCount !== out.rowCount || next.columnCount !== out.columnCount) {
        out = next;
        grew = true;
      }
    }
  }
  return out;
}
