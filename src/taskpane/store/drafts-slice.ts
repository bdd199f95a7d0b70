import { initialLadderDraft, type LadderDraft } from "../model/ladder-draft";
import { schemeToDraft } from "../model/scheme-to-draft";
import { initialTasksDraft, type TasksDraft } from "../model/tasks-draft";
import { initialDraft, type TierDraft } from "../model/tier-draft";
import type { Action } from "./actions";

/** The Tiers, Ladder and Tasks forms as typed (kept here so they survive switching tabs). */
export interface DraftsSlice {
  readonly tiers: TierDraft;
  readonly ladder: LadderDraft;
  readonly tasks: TasksDraft;
}

export function initialDrafts(today = new Date()): DraftsSlice {
  return { tiers: initialDraft(), ladder: initialLadderDraft(today), tasks: initialTasksDraft(today) };
}

export function draftsReducer(s: DraftsSlice, a: Action): DraftsSlice {
  switch (a.type) {
    case "tierDraftEdited":
      return { ...s, tiers: a.edit(s.tiers) };
    case "ladderDraftEdited":
      return { ...s, ladder: a.edit(s.ladder) };
    case "tasksDraftEdited":
      return { ...s, tasks: a.edit(s.tasks) };
    // A re-run leaves the Tiers form showing the scheme it ran.
    case "rerunStarted":
      return { ...s, tiers: schemeToDraft(a.scheme, s.tiers) };
    default:
      return s;
  }
}
