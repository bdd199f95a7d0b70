import type { TasksDraft } from "../model/tasks-draft";
import { useWorkflow } from "../store/context";

export interface TasksDraftState {
  readonly draft: TasksDraft;
  setDraft(update: (d: TasksDraft) => TasksDraft): void;
}

/** The Tasks form's state: playbook edits, horizon and capacity. */
export function useTasksDraft(): TasksDraftState {
  const { state, dispatch } = useWorkflow();
  return { draft: state.drafts.tasks, setDraft: (edit) => dispatch({ type: "tasksDraftEdited", edit }) };
}
