/** The fake Excel behind Microsoft's office.js (see README.md). */
export { createOfficeJsExcel, type OfficeJsExcel, type OfficeJsStats } from "./create-office-js-excel";
export { loadOfficeJs } from "./load-office-js";
export { BridgeError } from "./replay-batch";
