// A1 addresses are pure: they live in the engine; the host's modules import them from here.
export {
  type Rect,
  MAX_ROWS,
  MAX_COLUMNS,
  columnLetters,
  columnIndex,
  quoteSheetName,
  rectAddress,
  parseAddress,
  intersect,
  bounding,
} from "../../engine/cells";
