import type { TableState, WorkbookState } from "./state";

/** Excel makes header texts unique ("Tier", "Tier2") and fills blanks ("Column1"). */
export function uniqueHeaders(st: WorkbookState, table: TableState): void {
  const seen = new Set<string>();
  for (let c = 0; c < table.rect.columnCount; c++) {
    const col = table.rect.column + c;
    let text = String(st.get(table.sheet, table.rect.row, col) ?? "");
    if (text === "") text = `Column${c + 1}`;
    let unique = text;
    for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
    seen.add(unique.toLowerCase());
    st.setRaw(table.sheet, table.rect.row, col, unique);
  }
}
