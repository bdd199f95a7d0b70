import type { ColumnRole } from "../../engine/table";
import type { Scheme } from "../../engine/scheme";
import type { SqlDialect } from "../../engine/sql";
import type { ApplyProgress, ApplyReport, SelectionRead } from "../../host";
import type { LadderDraft } from "../model/ladder-draft";
import type { MovementNote } from "../model/movement";
import type { HistoryColumns, OrderHistory } from "../model/order-history";
import type { OutputKind } from "../model/output-kind";
import type { ListKind } from "../model/table-model";
import type { RepsDraft } from "../model/reps-draft";
import type { TasksDraft } from "../model/tasks-draft";
import type { TierDraft } from "../model/tier-draft";

/** The pane's steps, one tab each. */
export type TabId = "data" | "tiers" | "write" | "ladder" | "tasks" | "reps";

type Edit<D> = (draft: D) => D;

/** What happened in the pane, named for what the user did (or what the workbook answered). */
export type Action =
  // Data tab. A read carries an id: one that finishes after a newer one started is dropped.
  | { readonly type: "selectionRequested"; readonly id: number }
  | { readonly type: "selectionRead"; readonly id: number; readonly read: SelectionRead }
  | { readonly type: "selectionFailed"; readonly id: number; readonly error: unknown }
  | { readonly type: "followToggled"; readonly on: boolean }
  | { readonly type: "roleChosen"; readonly column: number; readonly role: ColumnRole }
  | { readonly type: "listKindChosen"; readonly kind: ListKind }
  | { readonly type: "asOfChosen"; readonly day: string }
  | { readonly type: "leaveOutHiddenToggled"; readonly on: boolean }
  // The order history joined to the customer list: a second selection, picked after "Add order history".
  | { readonly type: "historyPickStarted" }
  | { readonly type: "historyPickCancelled" }
  | { readonly type: "historyRequested" }
  | { readonly type: "historyRead"; readonly history: OrderHistory }
  | { readonly type: "historyFailed"; readonly error: unknown }
  | { readonly type: "historyRemoved" }
  | { readonly type: "historyColumnChosen"; readonly column: keyof HistoryColumns; readonly index: number }
  | { readonly type: "addUnmatchedToggled"; readonly on: boolean }
  // The Tiers, Ladder and Tasks forms, edited as typed.
  | { readonly type: "tierDraftEdited"; readonly edit: Edit<TierDraft> }
  | { readonly type: "ladderDraftEdited"; readonly edit: Edit<LadderDraft> }
  | { readonly type: "tasksDraftEdited"; readonly edit: Edit<TasksDraft> }
  | { readonly type: "repsDraftEdited"; readonly edit: Edit<RepsDraft> }
  // Writing.
  | { readonly type: "outputsChosen"; readonly chosen: ReadonlySet<OutputKind> }
  | { readonly type: "writeStarted" }
  | { readonly type: "writeProgressed"; readonly progress: ApplyProgress }
  | { readonly type: "writeFinished"; readonly report: ApplyReport; readonly movement?: MovementNote }
  | { readonly type: "writeFailed"; readonly error: unknown }
  | { readonly type: "outputsWritten"; readonly outputs: Iterable<OutputKind>; readonly signature?: string }
  // Copy as SQL (Write tab): the dialect, the table and a column's SQL name (by its default name), as typed.
  | { readonly type: "sqlDialectChosen"; readonly dialect: SqlDialect }
  | { readonly type: "sqlTableRenamed"; readonly table: string }
  | { readonly type: "sqlColumnRenamed"; readonly column: string; readonly name: string }
  // The workbook's saved scheme and re-running it.
  | { readonly type: "savedSchemeLoaded"; readonly scheme?: Scheme }
  | { readonly type: "schemeSaved"; readonly scheme: Scheme }
  | { readonly type: "savedOfferDismissed" }
  | { readonly type: "rerunStarted"; readonly scheme: Scheme }
  | { readonly type: "rerunWithoutScheme" }
  | { readonly type: "noSchemeDismissed" }
  // The shell.
  | { readonly type: "tabChosen"; readonly tab: TabId }
  | { readonly type: "jumpFinished"; readonly error?: unknown };
