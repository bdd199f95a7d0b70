/** The Excel host: the only code that calls Office.js (through ExcelEnv). */
export { createExcelHost } from "./create-excel-host";
export { bindOfficeEnv } from "./office-env";
export { applyPlan, type ApplyOptions } from "./apply-plan";
export { readSelection, FIRST_WINDOW, type ReadOptions } from "./read";
export { PAYLOAD_BUDGET_BYTES, chunkRowsByBytes, minimumChunks, rowBytes, rowsPerChunk } from "./chunking";
export { protectText, needsQuotePrefix, toExcelValue } from "./protect-text";
export { toHostError } from "./errors";
export { SETTING_PREFIX, SETTING_PIECE_BYTES, SETTING_MAX_BYTES } from "./settings";
export { REFRESH_WINDOW } from "./refresh";
export { uniqueSheetName, uniqueTableName, type OutputRegistry } from "./output-registry";
export type { ExcelEnv, XlContext } from "./xl-types";
