export type {
  ColumnInfo, ColumnKind, ColumnRole, InputIssue, InputReport, IssueReason, Table,
} from "./types";
export { readTable } from "./read-table";
export type { ReadTableOptions } from "./read-table";
export { cellKind } from "./cell-kind";
export type { CellKind } from "./cell-kind";
export { columnKind } from "./column-kind";
export { roleFromHeader, normalizeHeader } from "./role-from-header";
export { HEADER_SYNONYMS, EXACT_HEADERS } from "./header-synonyms";
export { detectHeader } from "./detect-header";
export { columnLetters } from "../cells/a1";
export { numericColumn } from "./numeric-column";
export type { NumericColumn } from "./numeric-column";
export { dateColumn } from "./date-column";
export type { DateColumn } from "./date-column";
export { inputReport } from "./input-report";
export { aggregateOrders } from "./aggregate-orders";
export type { AggregateOrdersOptions, AggregatedOrders, CustomerOrders } from "./aggregate-orders";
export { looksLikeOrderList, ORDER_LINES_PER_CUSTOMER } from "./looks-like-order-list";
export { customerName } from "./customer-key";
export { customerKey } from "./customer-key";
export { joinHistory } from "./join-history";
export type { HistoryColumn, JoinHistoryOptions, JoinedHistory } from "./join-history";
