import { createRoot } from "react-dom/client";
import { createExcelHost, bindOfficeEnv } from "../host";
import { App } from "./App";
import type { OfficeThemeLike } from "./theme";

/**
 * The task pane's entry in Excel: after Office.onReady, bind the Excel host to the real Office globals
 * and render the pane. This file (and src/host/excel/office-env.ts) are the only ones that touch
 * Office; here only for onReady and the theme.
 */
function officeTheme(): OfficeThemeLike {
  const theme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } })
    .officeTheme;
  const highContrast = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  return { bodyBackgroundColor: theme?.bodyBackgroundColor, isDarkTheme: theme?.isDarkTheme, highContrast };
}

void Office.onReady(() => {
  const host = createExcelHost(bindOfficeEnv());
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const render = () => root.render(<App host={host} officeTheme={officeTheme()} />);
  render();
  // Re-render when Windows high contrast changes. Excel has no theme-changed event for task panes
  // (OfficeThemeChanged is Outlook's), so an Office theme change shows the next time the pane opens.
  window.matchMedia?.("(forced-colors: active)").addEventListener?.("change", render);
});
