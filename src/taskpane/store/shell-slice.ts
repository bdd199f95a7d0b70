import type { Action, TabId } from "./actions";

/** The tab shown and a failed jump to a cell. */
export interface ShellSlice {
  readonly tab: TabId;
  readonly jumpError?: unknown;
}

export function shellReducer(s: ShellSlice, a: Action): ShellSlice {
  switch (a.type) {
    case "tabChosen":
      return { ...s, tab: a.tab };
    case "jumpFinished":
      return { ...s, jumpError: a.error };
    default:
      return s;
  }
}
