import { useState } from "react";

/** After a Copy: the text is on the clipboard, or the host refused and the user copies it by hand. */
export type CopyOutcome = "idle" | "copied" | "refused";

/**
 * Copies text with the asynchronous Clipboard API. Office on the web runs the pane in an iframe whose
 * permissions policy blocks it ("The Clipboard API has been blocked because of a permissions policy", in Excel,
 * PowerPoint and Outlook on the web alike,
 * https://github.com/OfficeDev/office-js/issues/1991, https://github.com/OfficeDev/office-js/issues/3480), and an
 * insecure context has no navigator.clipboard at all: both come back as "refused", so the pane shows the text to
 * copy by hand. The outcome is momentary feedback, so it lives here, and is forgotten when the text changes.
 */
export function useCopyText(text: string): { outcome: CopyOutcome; copy(): Promise<void> } {
  const [outcome, setOutcome] = useState<{ text: string; outcome: CopyOutcome }>({ text, outcome: "idle" });
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setOutcome({ text, outcome: "copied" });
    } catch {
      setOutcome({ text, outcome: "refused" });
    }
  };
  return { outcome: outcome.text === text ? outcome.outcome : "idle", copy };
}
