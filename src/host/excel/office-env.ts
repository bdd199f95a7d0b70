import type { ExcelEnv, XlContext } from "./xl-types";

/**
 * Binds the host to the real Office globals (Excel.run, Office.context). The only file that touches
 * them; call it after Office.onReady.
 */
export function bindOfficeEnv(): ExcelEnv {
  return {
    // Excel.RequestContext is assignable to XlContext (checked in test/host/xl-types.test.ts).
    run: <T>(batch: (context: XlContext) => Promise<T>) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage || "en-US",
    onSelectionChanged(callback) {
      const handler = () => callback();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
  };
}
