import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, type Dispatch, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { onRerunRequested } from "../../commands/rerun-request";
import type { WorkbookHost } from "../../host";
import type { Lang } from "../../i18n/language";
import { SCHEME_SETTING } from "../model/saved-scheme";
import type { Action } from "./actions";
import { createCommands, type Commands, type Snapshot } from "./commands";
import { WorkflowContext, type Workflow } from "./context";
import { useDerived } from "./derive";
import { loadStoreEngine } from "./store-engine-loader";
import { initialState, workflowReducer, type WorkflowState } from "./state";

interface Props {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  /** A state to start from (tests); the defaults otherwise. */
  readonly initial?: WorkflowState;
  readonly children: ReactNode;
}

/**
 * The pane's one workflow state (a reducer over slices, as Script Lab keeps its store) with the commands
 * that talk to the workbook, given to the panes by context.
 */
export function WorkflowProvider({ host, lang, initial, children }: Props) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(workflowReducer, initial, (i) => i ?? initialState());
  const derived = useDerived(state, lang);
  const link = useMemo(() => linkCommands(host, dispatch), [host]);
  useLayoutEffect(() => link.update({ state, derived, lang, t }));
  const commands = link.commands;
  useSavedSchemeLoad(host, dispatch);
  useFollowSelection(host, state.data.follow, commands);
  useRibbonRerun(state.saved.loaded, commands);
  const value = useMemo<Workflow>(
    () => ({ state, derived, dispatch, commands, host }),
    [state, derived, commands, host],
  );
  return <WorkflowContext.Provider value={value}>{children}</WorkflowContext.Provider>;
}

/**
 * The commands and the snapshot they read: they run after awaits and from the ribbon, so they read the
 * state as last rendered (updated after each render) rather than the state of the render that made them.
 */
function linkCommands(host: WorkbookHost, dispatch: Dispatch<Action>) {
  let latest: Snapshot | undefined;
  const get = () => {
    if (!latest) throw new Error("workflow commands: called before the first render");
    return latest;
  };
  return {
    commands: createCommands({ host, dispatch, get }),
    update: (s: Snapshot) => {
      latest = s;
    },
  };
}

/**
 * On open, loads the scheme saved in the workbook (one that no longer parses is ignored); the engine that
 * parses it is fetched meanwhile (store-engine-loader.ts).
 */
function useSavedSchemeLoad(host: WorkbookHost, dispatch: (a: Action) => void) {
  useEffect(() => {
    let live = true;
    Promise.all([host.loadSetting<unknown>(SCHEME_SETTING), loadStoreEngine()]).then(
      ([raw, engine]) => {
        if (live) dispatch({ type: "savedSchemeLoaded", scheme: engine.parseSavedScheme(raw) });
      },
      () => {
        if (live) dispatch({ type: "savedSchemeLoaded" });
      },
    );
    return () => {
      live = false;
    };
  }, [host, dispatch]);
}

/** While "follow" is on, reads the selection again on every selection change. */
function useFollowSelection(host: WorkbookHost, follow: boolean, commands: Commands) {
  useEffect(() => {
    if (!follow) return undefined;
    return host.onSelectionChanged(() => {
      void commands.readSelection();
    });
  }, [follow, host, commands]);
}

/** The ribbon's "Re-run scheme" (src/commands/rerun-request); a request that came before the saved scheme was read runs once it is. */
function useRibbonRerun(loaded: boolean, commands: Commands) {
  const waiting = useRef(false);
  const loadedNow = useRef(loaded);
  useLayoutEffect(() => {
    loadedNow.current = loaded;
  }, [loaded]);
  useEffect(
    () =>
      onRerunRequested(() => {
        if (loadedNow.current) void commands.rerun();
        else waiting.current = true;
      }),
    [commands],
  );
  useEffect(() => {
    if (loaded && waiting.current) {
      waiting.current = false;
      void commands.rerun();
    }
  }, [loaded, commands]);
}
