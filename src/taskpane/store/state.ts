import type { Action } from "./actions";
import { dataReducer, initialData, type DataSlice } from "./data-slice";
import { exportReducer, initialExport, type ExportSlice } from "./export-slice";
import { draftsReducer, initialDrafts, type DraftsSlice } from "./drafts-slice";
import { initialScheme, schemeReducer, type SchemeSlice } from "./scheme-slice";
import { shellReducer, type ShellSlice } from "./shell-slice";
import { initialOutputs, outputsReducer, writeReducer, type OutputsSlice, type WriteSlice } from "./write-slice";

/** The pane's whole workflow state, in slices; each slice's reducer takes the actions that concern it. */
export interface WorkflowState {
  readonly data: DataSlice;
  readonly drafts: DraftsSlice;
  readonly outputs: OutputsSlice;
  readonly write: WriteSlice;
  readonly saved: SchemeSlice;
  readonly shell: ShellSlice;
  readonly export: ExportSlice;
}

export function initialState(today = new Date()): WorkflowState {
  return {
    data: initialData(today),
    drafts: initialDrafts(today),
    outputs: initialOutputs(),
    write: { busy: false },
    saved: initialScheme,
    shell: { tab: "data" },
    export: initialExport,
  };
}

export function workflowReducer(s: WorkflowState, a: Action): WorkflowState {
  const next: WorkflowState = {
    data: dataReducer(s.data, a),
    drafts: draftsReducer(s.drafts, a),
    outputs: outputsReducer(s.outputs, a),
    write: writeReducer(s.write, a),
    saved: schemeReducer(s.saved, a),
    shell: shellReducer(s.shell, a),
    export: exportReducer(s.export, a),
  };
  // The same state when no slice changed, so React skips the render.
  const keys = Object.keys(next) as (keyof WorkflowState)[];
  return keys.every((k) => next[k] === s[k]) ? s : next;
}
