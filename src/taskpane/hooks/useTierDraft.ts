import type { DraftCheck, TierDraft } from "../model/tier-draft";
import { useWorkflow } from "../store/context";

export interface TierDraftState {
  readonly draft: TierDraft;
  setDraft(update: (d: TierDraft) => TierDraft): void;
  readonly check: DraftCheck;
}

/** The Tiers form: its typed state and its validation, recomputed as the user types. */
export function useTierDraft(): TierDraftState {
  const { state, derived, dispatch } = useWorkflow();
  return {
    draft: state.drafts.tiers,
    setDraft: (edit) => dispatch({ type: "tierDraftEdited", edit }),
    check: derived.check,
  };
}
