/**
 * The TIER functions' work (cell-functions.ts) as a chunk of its own, fetched on the first call: the shared
 * runtime's page then starts without the engine's tiering code (issue 16, bench/bundle.bench.ts), and a
 * workbook without TIER formulas never fetches it. A custom function may return a Promise, and a rejected one
 * (CustomFunctions.Error included) shows in the cell like a thrown error:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs ("return a promise"),
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors (try…catch in an async function).
 */
type CellFunctions = typeof import("./cell-functions");

let loading: Promise<CellFunctions> | undefined;

/** The module, loaded once; a failed fetch is tried again on the next call (the cell shows the failure meanwhile). */
export function cellFunctions(): Promise<CellFunctions> {
  loading ??= import(/* webpackChunkName: "cell-functions" */ "./cell-functions").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
