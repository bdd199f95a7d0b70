/** Output plans: TierLadder's workbook output as pure data, applied by src/host/excel. */
export * from "./types";
export { tierColumnsPlan, type TierColumnsInput } from "./tier-columns-plan";
export { ownerColumnPlan, type OwnerColumnInput } from "./owner-column-plan";
export { repsSheetPlan, type RepsInput } from "./reps-sheet-plan";
export { summarySheetPlan, SUMMARY_REPORT_ROWS, type SummaryInput, type SummaryReport } from "./summary-sheet-plan";
export { tasksSheetPlan, type TasksInput, type TaskRowInput } from "./tasks-sheet-plan";
export { chartValueFormat, CHINESE_UNITS_FORMAT } from "./chart-number-format";
export { tasksByOwnerPlan, ownerSheetNames, SHEET_TASK_ROWS } from "./tasks-by-owner-plan";
export { funnelSheetPlan, type FunnelInput } from "./funnel-sheet-plan";
export {
  movementPlan,
  movementLines,
  tierMovement,
  snapshotOf,
  whoMoved,
  WHO_MOVED_COLUMN,
  type CustomerDetails,
  type TierMovement,
} from "./movement";
export { LAST_RUN_SETTING } from "./last-run-setting";
export type { TierSnapshot } from "./tier-snapshot";
export { encodeSnapshot, decodeSnapshot, type CompactSnapshot } from "./snapshot-codec";
export { planStrings, DEFAULT_TIER_FILLS, HEADER_FILL } from "./strings";
export { carryOverTable, refreshSheetPlan, type PreviousTable, type CarriedTable } from "./carry-over";
