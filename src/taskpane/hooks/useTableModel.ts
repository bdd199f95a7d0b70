import type { ColumnRole } from "../../engine/table";
import type { ListKind, TableChoices, TableDerived } from "../model/table-model";
import { useWorkflow } from "../store/context";

export interface TableModel extends TableDerived, TableChoices {
  setRole(column: number, role: ColumnRole): void;
  setListKind(kind: ListKind): void;
  setAsOf(day: string): void;
  setLeaveOutHidden(on: boolean): void;
}

/** The table made of the selection (deriveTable) and the Data tab's choices about it. */
export function useTableModel(): TableModel {
  const { state, derived, dispatch } = useWorkflow();
  const { roles, listKind, asOf, leaveOutHidden, history } = state.data;
  return {
    ...derived.table,
    roles,
    listKind,
    asOf,
    leaveOutHidden,
    history,
    setRole: (column, role) => dispatch({ type: "roleChosen", column, role }),
    setListKind: (kind) => dispatch({ type: "listKindChosen", kind }),
    setAsOf: (day) => dispatch({ type: "asOfChosen", day }),
    setLeaveOutHidden: (on) => dispatch({ type: "leaveOutHiddenToggled", on }),
  };
}
