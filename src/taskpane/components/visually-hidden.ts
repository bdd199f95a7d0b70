import type { CSSProperties } from "react";

/** Text for screen readers only (the usual clip pattern): e.g. the header of a column of row buttons. */
export const visuallyHidden: CSSProperties = {
  position: "absolute", width: 1, height: 1, padding: 0, margin: -1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0,
};
