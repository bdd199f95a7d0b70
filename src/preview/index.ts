/**
 * The preview page's public pieces (the page itself starts from index.tsx, webpack's "preview" entry):
 * the workbook grid and charts, the view over the fake Excel, and the seeded sample it opens with.
 */
export { PreviewPage } from "./components/PreviewPage";
export { GridView } from "./components/GridView";
export { CellGrid } from "./components/CellGrid";
export { ChartView } from "./charts/ChartView";
export { fakeWorkbookView } from "./fake-workbook-view";
export {
  previewSheets,
  customerRange,
  PREVIEW_SEED,
  PREVIEW_CUSTOMERS,
  type PreviewSheetSeed,
} from "./sample-workbook";
export { previewStrings, type PreviewStrings } from "./preview-strings";
export { langFromUrl } from "./lang-from-url";
export { exposeForTests } from "./test-hook";
export { parseA1Range, columnIndex, rectBetween, rectContains, sameRect, type SheetRect } from "./grid/a1-address";
export { visibleRows } from "./grid/visible-rows";
export { cellDisplayText } from "./grid/cell-display-text";
export { keyboardMove, type CellPos } from "./grid/keyboard-move";
export type { PreviewChart, PreviewSheet, PreviewWorkbookView } from "./workbook-view";
