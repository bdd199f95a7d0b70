import { useWorkflow } from "../store/context";

export interface Rerun {
  /** Set when a re-run was asked for but the workbook has no saved scheme. */
  readonly noScheme: boolean;
  dismissNoScheme(): void;
  /** Applies the saved scheme to the current selection and writes (the pane's button and the ribbon's). */
  run(): Promise<void>;
}

/** Re-running the saved scheme (the store's rerun command; the ribbon's requests are taken by the WorkflowProvider). */
export function useRerun(): Rerun {
  const { state, dispatch, commands } = useWorkflow();
  return {
    noScheme: state.saved.noScheme,
    dismissNoScheme: () => dispatch({ type: "noSchemeDismissed" }),
    run: commands.rerun,
  };
}
