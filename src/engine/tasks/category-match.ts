import type { CellValue } from "../cells/cell-value";
import { customerKey, customerName } from "../table/customer-key";
import type { PlaybookTarget } from "./types";

/**
 * Whether a customer's row holds a category playbook's value in its column: cell and value compared as
 * customer keys (customerKey: trimmed, NFKC so full-width = half-width, case-folded), the one comparison
 * the customer key and the category value share, so "ｂ２ｂ " matches "B2B" and "流失客户" matches itself.
 * Blank and error cells match nothing; a number matches its digits ("1" = 1). A customer without a row
 * matches nothing. The key is worked out once per distinct cell value: category columns repeat a lot.
 */
export function categoryMatcher(target: PlaybookTarget): (row: readonly CellValue[] | undefined) => boolean {
  const want = customerKey(target.value);
  const cache = new Map<CellValue, boolean>();
  return (row) => {
    if (!row) return false;
    const v = row[target.column];
    let hit = cache.get(v);
    if (hit === undefined) {
      hit = customerName(v)?.key === want;
      if (typeof v !== "object" || v === null) cache.set(v, hit);
    }
    return hit;
  };
}
