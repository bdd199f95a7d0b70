import { useState } from "react";
import { initialLadderDraft, type LadderDraft } from "../model/ladder-draft";

export interface LadderDraftState {
  readonly draft: LadderDraft;
  setDraft(update: (d: LadderDraft) => LadderDraft): void;
}

/** The Ladder form's state (kept in the Shell so it survives switching tabs). */
export function useLadderDraft(): LadderDraftState {
  const [draft, setDraft] = useState<LadderDraft>(() => initialLadderDraft());
  return { draft, setDraft };
}
