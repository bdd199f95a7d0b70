/**
 * The cold-load bench's baseline page: React alone rendering the one button the pane's "interactive" waits
 * for, after Office.onReady, as the pane does. Built by webpack in production mode like the add-in.
 */
import { createElement } from "react";
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  createRoot(document.getElementById("root") as HTMLElement).render(
    createElement("button", { "data-testid": "data-use-selection", type: "button" }, "Use selection"),
  );
});
