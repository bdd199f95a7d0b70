import type { FakePrintState } from "../page-layout";
import { withAttributes } from "./start-tag-attributes";

/**
 * An opened file's `<pageSetup>` (ECMA-376 Part 1 §18.3.1.63) under what TierLadder set through
 * Worksheet.pageLayout, which wins as a later change in Excel would: its orientation, and its zoom as a scale or
 * as pages wide and tall (fitToWidth/fitToHeight, 0 for "automatic"; the fit itself is sheetPr's fitToPage, set in
 * sheet-to-worksheet.ts). The file's paper size, order, first page number … stay as it had them.
 */
export function pageSetupUnderLayout(xml: string, print: FakePrintState | undefined): string {
  if (!print) return xml;
  const zoom = print.zoom;
  const fit = zoom?.horizontalFitToPages !== undefined || zoom?.verticalFitToPages !== undefined;
  return withAttributes(xml, {
    ...(print.orientation ? { orientation: print.orientation === "Landscape" ? "landscape" : "portrait" } : {}),
    ...(zoom?.scale !== undefined ? { scale: zoom.scale } : {}),
    ...(fit ? { fitToWidth: zoom?.horizontalFitToPages ?? 0, fitToHeight: zoom?.verticalFitToPages ?? 0 } : {}),
  });
}
