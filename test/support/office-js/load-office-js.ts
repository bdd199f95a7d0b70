import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { JSDOM } from "jsdom";

/** The two namespaces the Excel script defines (typed by @types/office-js). */
export interface OfficeJs {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
}

let loaded: OfficeJs | undefined;

/**
 * Microsoft's Excel client library, `dist/excel-web-16.00.js` of the pinned @microsoft/office-js, run as-is
 * in a jsdom window (it expects `window`, `document` and `navigator`). Loaded once per process (~0.3 s):
 * the library keeps no per-workbook state, each Excel.run gets its own session.
 */
export function loadOfficeJs(): OfficeJs {
  if (loaded) return loaded;
  const dist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const source = readFileSync(join(dist, "excel-web-16.00.js"), "utf8");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(source);
  const w = dom.window as unknown as { Excel?: typeof Excel; OfficeExtension?: typeof OfficeExtension };
  if (!w.Excel?.run || !w.OfficeExtension?.Error)
    throw new Error("office.js did not define Excel.run and OfficeExtension.Error; has @microsoft/office-js changed?");
  loaded = { Excel: w.Excel, OfficeExtension: w.OfficeExtension };
  return loaded;
}
