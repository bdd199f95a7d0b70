import type { SelectionRead } from "../../host";
import { useWorkflow } from "../store/context";

export interface SelectionState {
  readonly read?: SelectionRead;
  readonly loading: boolean;
  readonly error?: unknown;
  readonly follow: boolean;
  setFollow(follow: boolean): void;
  /** "Use selection": reads the selection (resolves to undefined when it failed or a newer read started). */
  readSelection(): Promise<SelectionRead | undefined>;
}

/** The selection as read, and reading it: on demand, and on every selection change while `follow` is on. */
export function useSelectionRead(): SelectionState {
  const { state, dispatch, commands } = useWorkflow();
  const { read, loading, error, follow } = state.data;
  return {
    read,
    loading,
    error,
    follow,
    setFollow: (on) => dispatch({ type: "followToggled", on }),
    readSelection: commands.readSelection,
  };
}
