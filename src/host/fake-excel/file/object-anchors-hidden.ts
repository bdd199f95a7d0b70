import type { XmlHandler } from "./xml-scanner";

/**
 * Worksheet children whose insides the cell reader must not see: Excel 2010's embedded objects and controls
 * (oleObjects §18.3.1.60, controls §18.3.1.21, and the worksheet-level mc:AlternateContent, ECMA-376 Part 3 §10.2,
 * Excel wraps controls in) anchor each object with DrawingML markers whose children are named `col` and `row`
 * (objectPr/controlPr anchor: from and to, Part 1 §20.5.2.15 CT_Marker), local names a sheet's columns (cols/col
 * §18.3.1.13) and rows (sheetData/row §18.3.1.73) have too. They are kept as XML (sheet-elements-kept.ts).
 */
const HIDDEN = new Set(["oleObjects", "controls", "AlternateContent"]);

/** A sheet part's handler in front of `inner` that passes every event but those of HIDDEN children and their insides. */
export function objectAnchorsHidden(inner: XmlHandler): XmlHandler {
  let depth = 0;
  /** The depth of the HIDDEN child being skipped, 0 when none. */
  let hiddenAt = 0;
  return {
    open(name, tag, selfClosing) {
      depth++;
      if (hiddenAt === 0 && depth === 2 && HIDDEN.has(name)) hiddenAt = depth;
      if (hiddenAt === 0) inner.open(name, tag, selfClosing);
    },
    close(name) {
      if (hiddenAt === 0) inner.close(name);
      else if (depth === hiddenAt) hiddenAt = 0;
      depth--;
    },
    text(raw, cdata) {
      if (hiddenAt === 0) inner.text(raw, cdata);
    },
  };
}
