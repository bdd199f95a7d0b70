import { useEffect } from "react";

/** The User Timing mark set each time the Tiers tab shows new tiers (after React has committed them). */
export const PREVIEW_SHOWN_MARK = "tierladder:preview-shown";

/**
 * Marks the moment new tiers are on screen, so the time from a keystroke to the updated preview can be read
 * from the page's performance timeline (the typing benchmark does; so can a profiler in Excel's webview).
 */
export function usePreviewShownMark(shown: unknown): void {
  useEffect(() => {
    if (shown !== undefined && typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark(PREVIEW_SHOWN_MARK);
  }, [shown]);
}
