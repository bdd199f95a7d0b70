import type { ColumnRole } from "../../engine/table";
import type { SelectionRead } from "../../host";
import { detectListKind, todayIso, type ListKind, type TableChoices } from "../model/table-model";
import type { Action } from "./actions";

/** The Data tab: the selection as read and the user's choices about it. */
export interface DataSlice extends TableChoices {
  readonly read?: SelectionRead;
  readonly loading: boolean;
  readonly error?: unknown;
  /** Read again on every selection change. */
  readonly follow: boolean;
  /** The read awaited; an older one that finishes later is dropped. */
  readonly readId: number;
  /** The list kind of a re-run scheme, taken by the next selection instead of re-detecting it. */
  readonly adopted?: ListKind;
  /** "Add order history" was pressed: the next "Use as order history" reads the selection as the orders. */
  readonly historyPicking: boolean;
  readonly historyLoading: boolean;
  readonly historyError?: unknown;
}

export function initialData(today = new Date()): DataSlice {
  return {
    loading: false,
    follow: false,
    readId: 0,
    historyPicking: false,
    historyLoading: false,
    roles: {},
    listKind: "customers",
    asOf: todayIso(today),
    leaveOutHidden: true,
  };
}

/** A new selection resets role overrides and re-detects customer list vs order list (unless a scheme said which). */
function selectionRead(s: DataSlice, read: SelectionRead): DataSlice {
  const listKind = s.adopted ?? detectListKind(read);
  return { ...s, read, error: undefined, loading: false, roles: {}, listKind, adopted: undefined };
}

/** What was read before is stale when a read fails: cleared, so no tiers are shown for cells no longer selected. */
function selectionFailed(s: DataSlice, error: unknown): DataSlice {
  return { ...s, error, loading: false, ...(s.read ? { read: undefined, roles: {} } : {}) };
}

/** The order history's part of the Data tab. */
function historyReducer(s: DataSlice, a: Action): DataSlice {
  switch (a.type) {
    case "historyPickStarted":
      // Following the selection would take the order list for the customer list: it stops while picking.
      return { ...s, historyPicking: true, follow: false, historyError: undefined };
    case "historyPickCancelled":
      return { ...s, historyPicking: false };
    case "historyRequested":
      return { ...s, historyLoading: true, historyError: undefined };
    case "historyRead":
      return { ...s, history: a.history, historyPicking: false, historyLoading: false };
    case "historyFailed":
      return { ...s, historyError: a.error, historyLoading: false };
    case "historyRemoved":
      return { ...s, history: undefined, historyError: undefined, historyPicking: false };
    case "historyColumnChosen":
      return s.history
        ? { ...s, history: { ...s.history, columns: { ...s.history.columns, [a.column]: a.index } } }
        : s;
    case "addUnmatchedToggled":
      return s.history ? { ...s, history: { ...s.history, addUnmatched: a.on } } : s;
    default:
      return s;
  }
}

export function dataReducer(s: DataSlice, a: Action): DataSlice {
  switch (a.type) {
    case "selectionRequested":
      return { ...s, loading: true, readId: a.id };
    case "selectionRead":
      return a.id === s.readId ? selectionRead(s, a.read) : s;
    case "selectionFailed":
      return a.id === s.readId ? selectionFailed(s, a.error) : s;
    case "followToggled":
      return { ...s, follow: a.on };
    case "roleChosen":
      return { ...s, roles: { ...s.roles, [a.column]: a.role as ColumnRole } };
    case "listKindChosen":
      return { ...s, listKind: a.kind };
    case "asOfChosen":
      return { ...s, asOf: a.day };
    case "leaveOutHiddenToggled":
      return { ...s, leaveOutHidden: a.on };
    case "rerunStarted": {
      const { kind, asOf } = a.scheme.source;
      // A scheme without an order history is not joined to the one added before.
      const history = a.scheme.source.history ? s.history : undefined;
      return { ...s, adopted: kind, listKind: kind, asOf: asOf || s.asOf, history };
    }
    default:
      return historyReducer(s, a);
  }
}
