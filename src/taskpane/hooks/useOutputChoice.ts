import type { OutputKind } from "../model/output-kind";
import { tierSignature } from "../model/tier-signature";
import { useWorkflow } from "../store/context";
import { staleOutputs } from "../store/write-slice";

export interface OutputChoice {
  readonly chosen: ReadonlySet<OutputKind>;
  setChosen(next: ReadonlySet<OutputKind>): void;
  /** Tier outputs written in this session with other tiers than the current ones. */
  readonly stale: readonly OutputKind[];
}

/**
 * The outputs ticked on the Write tab, kept while the user moves between tabs and saved with the scheme
 * (Scheme.outputs), so a reopened workbook starts with the same ticks; and which tier outputs were written
 * from tiers that have changed since.
 */
export function useOutputChoice(): OutputChoice {
  const { state, derived, dispatch } = useWorkflow();
  return {
    chosen: state.outputs.chosen,
    setChosen: (chosen) => dispatch({ type: "outputsChosen", chosen }),
    stale: staleOutputs(state.outputs, tierSignature(derived.preview.output)),
  };
}
