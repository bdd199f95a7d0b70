import type { SchemeSlice } from "../store/scheme-slice";
import { useWorkflow } from "../store/context";

export interface SavedScheme extends SchemeSlice {
  /** Hides the offer to re-run the saved scheme. */
  dismiss(): void;
}

/** The scheme saved in the workbook (loaded on open, replaced after each write that saves one) and the offer to re-run it. */
export function useSavedScheme(): SavedScheme {
  const { state, dispatch } = useWorkflow();
  return { ...state.saved, dismiss: () => dispatch({ type: "savedOfferDismissed" }) };
}
