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
// The typed Office.js subset, and the helpers the fake Excel (../fake-excel, a test double of the same subset) shares.
export type * from "./xl-types";
export { utf8Length } from "./utf8-length";
export { parseXmlPart, type XmlPartContent } from "./xml-text";
