import { act, render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Lang } from "../../../src/i18n/language";
import { PaneProviders } from "../../../src/taskpane/PaneProviders";
import { initialState, workflowReducer, type WorkflowState } from "../../../src/taskpane/store/state";
import type { Action } from "../../../src/taskpane/store/actions";
import type { StubHost } from "./stub-host";

interface StoreOptions {
  readonly lang?: Lang;
  /** Read the host's selection into the store first, as "Use selection" does. */
  readonly withSelection?: boolean;
  /** Further actions to start from (a re-run scheme, ticks on the Write tab, an edited form…). */
  readonly actions?: readonly Action[];
}

/**
 * A workflow state built as the pane builds it: the reducer applied to the actions a user's steps dispatch
 * (the selection as the host reads it, then `actions`). Today is fixed by the caller's clock.
 */
export async function storeFor(host: StubHost, opts: StoreOptions = {}): Promise<WorkflowState> {
  let state = initialState();
  const steps: Action[] = [];
  if (opts.withSelection) {
    steps.push(
      { type: "selectionRequested", id: 1 },
      { type: "selectionRead", id: 1, read: await host.readSelection() },
    );
  }
  for (const a of [...steps, ...(opts.actions ?? [])]) state = workflowReducer(state, a);
  return state;
}

/** Renders one pane (or any part of the pane) alone, in the pane's providers, on a store built for the test. */
export async function renderWithStore(ui: ReactElement, host: StubHost, opts: StoreOptions = {}) {
  const initial = await storeFor(host, opts);
  const result = render(
    <PaneProviders host={host} lang={opts.lang ?? "en-US"} initial={initial}>
      {ui}
    </PaneProviders>,
  );
  // The store reads the workbook's saved scheme on mount: let that answer arrive, as the pane would before a click.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return result;
}
