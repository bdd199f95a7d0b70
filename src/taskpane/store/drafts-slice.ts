import { initialLadderDraft } from "../model/initial-ladder-draft";
import type { LadderDraft } from "../model/ladder-draft";
import { initialRepsDraft, type RepsDraft } from "../model/reps-draft";
import { initialTasksDraft, type TasksDraft } from "../model/tasks-draft";
import { initialDraft } from "../model/initial-tier-draft";
import type { TierDraft } from "../model/tier-draft";
import type { Action } from "./actions";
import { requireStoreEngine } from "./store-engine-loader";

/** The Tiers, Ladder and Tasks forms as typed (kept here so they survive switching tabs). */
export interface DraftsSlice {
  readonly tiers: TierDraft;
  readonly ladder: LadderDraft;
  readonly tasks: TasksDraft;
  readonly reps: RepsDraft;
}

export function initialDrafts(today = new Date()): DraftsSlice {
  return {
    tiers: initialDraft(),
    ladder: initialLadderDraft(today),
    tasks: initialTasksDraft(today),
    reps: initialRepsDraft(),
  };
}

export function draftsReducer(s: DraftsSlice, a: Action): DraftsSlice {
  switch (a.type) {
    case "tierDraftEdited":
      return { ...s, tiers: a.edit(s.tiers) };
    case "ladderDraftEdited":
      return { ...s, ladder: a.edit(s.ladder) };
    case "tasksDraftEdited":
      return { ...s, tasks: a.edit(s.tasks) };
    case "repsDraftEdited":
      return { ...s, reps: a.edit(s.reps) };
    // A re-run leaves the Tiers form showing the scheme it ran (a saved scheme was parsed by the engine, so it is loaded).
    case "rerunStarted":
      return { ...s, tiers: requireStoreEngine().schemeToDraft(a.scheme, s.tiers) };
    default:
      return s;
  }
}
