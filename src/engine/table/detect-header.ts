import type { CellKind } from "./cell-kind";
import type { ColumnKind } from "./types";
import { roleFromHeader } from "./role-from-header";
import type { CellValue } from "../cells/cell-value";

/**
 * Whether the first row is a header: most of its non-blank cells are text (not numbers, dates, booleans
 * or errors), and either one of them names a known role ("Sales", "客户名称", …) or some column has text
 * on top of a body of numbers or dates. A first row of names over more names is data.
 */
export function detectHeader(
  firstRow: readonly CellValue[],
  firstKinds: readonly CellKind[],
  bodyKinds: readonly ColumnKind[],
): boolean {
  let nonBlank = 0;
  let text = 0;
  let signal = false;
  for (let c = 0; c < firstKinds.length; c++) {
    const kind = firstKinds[c];
    if (kind === "blank") continue;
    nonBlank++;
    if (kind !== "text") continue;
    text++;
    if (bodyKinds[c] === "number" || bodyKinds[c] === "date") signal = true;
    else if (!signal && roleFromHeader(String(firstRow[c])) !== "other") signal = true;
  }
  return nonBlank > 0 && text * 2 > nonBlank && signal;
}
