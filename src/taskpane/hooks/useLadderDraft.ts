import type { LadderDraft } from "../model/ladder-draft";
import { useWorkflow } from "../store/context";

export interface LadderDraftState {
  readonly draft: LadderDraft;
  setDraft(update: (d: LadderDraft) => LadderDraft): void;
}

/** The Ladder form's state (in the store, so it survives switching tabs). */
export function useLadderDraft(): LadderDraftState {
  const { state, dispatch } = useWorkflow();
  return { draft: state.drafts.ladder, setDraft: (edit) => dispatch({ type: "ladderDraftEdited", edit }) };
}
