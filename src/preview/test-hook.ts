import { type CellValue, excelErrorText } from "../engine/cells";
import type { FakeWorkbookView } from "../host";
import type { Lang } from "../i18n/language";
import type { PreviewWorkbookView } from "./workbook-view";

type Json = string | number | boolean | null;

function toJson(v: CellValue): Json {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return excelErrorText(v) ?? "#VALUE!";
  return v;
}

/**
 * A read-only window on the in-memory workbook for the browser tests (`window.__tierladderPreview`):
 * they read written cells and charts here and drive the pane only as a user would, through the page.
 */
export function exposeForTests(
  view: PreviewWorkbookView,
  meta: { lang: Lang; seed: number; file?: string },
  excel?: FakeWorkbookView,
): void {
  const hook = {
    ...meta,
    sheetNames: () => [...view.sheetNames()],
    values(sheet: string): Json[][] {
      const s = view.sheet(sheet);
      if (!s) return [];
      return Array.from({ length: s.rowCount }, (_, r) =>
        Array.from({ length: s.columnCount }, (_, c) => toJson(s.value(r, c))),
      );
    },
    charts: (sheet: string) => JSON.parse(JSON.stringify(view.sheet(sheet)?.charts() ?? [])),
    selection: () => ({ ...view.selection() }),
    activeSheet: () => view.activeSheet(),
    // What a saved file must keep besides values (issue 17's round trip): formats, tables, rules, frozen panes.
    numberFormats: (sheet: string) => {
      const used = excel?.usedAddress(sheet);
      return used ? excel!.numberFormats(sheet, used) : [];
    },
    tables: () => excel?.tables() ?? [],
    validations: (sheet: string) => excel?.validations(sheet) ?? [],
    conditionalFormats: (sheet: string) => excel?.conditionalFormats(sheet) ?? [],
    frozenRows: (sheet: string) => excel?.frozenRows(sheet) ?? 0,
  };
  // Configurable, so a hot reload of the page can define it again.
  Object.defineProperty(window, "__tierladderPreview", { value: Object.freeze(hook), configurable: true });
}
