import { createContext, useContext, type Dispatch } from "react";
import type { WorkbookHost } from "../../host";
import type { Action } from "./actions";
import type { Commands } from "./commands";
import type { Derived } from "./derive";
import type { WorkflowState } from "./state";

/** What every pane reads and does: the state, what it implies, the actions and the commands. */
export interface Workflow {
  readonly state: WorkflowState;
  readonly derived: Derived;
  readonly dispatch: Dispatch<Action>;
  readonly commands: Commands;
  readonly host: WorkbookHost;
}

export const WorkflowContext = createContext<Workflow | undefined>(undefined);

/** The pane's workflow store (src/taskpane/store/WorkflowProvider.tsx). */
export function useWorkflow(): Workflow {
  const w = useContext(WorkflowContext);
  if (!w) throw new Error("useWorkflow: no WorkflowProvider above this component");
  return w;
}
