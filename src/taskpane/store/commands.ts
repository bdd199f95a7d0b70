import type { TFunction } from "i18next";
import type { Dispatch } from "react";
import { LAST_RUN_SETTING, type TierSnapshot } from "../../engine/plans";
import type { Scheme } from "../../engine/scheme";
import type { ApplyReport, SelectionRead, WorkbookHost } from "../../host";
import { loadEnglishSteps } from "../../i18n/catalogs";
import type { Lang } from "../../i18n/language";
import { OUTPUTS, type OutputKind } from "../model/output-kind";
import { historyOfScheme } from "../model/order-history";
import type { CompanionForms } from "../model/run-scheme";
import { SCHEME_SETTING } from "../model/saved-scheme";
import type { RepsOutcome } from "../model/reps-plan";
import type { TasksOutcome } from "../model/tasks-plan";
import { tierSignature } from "../model/tier-signature";
import type { WriteRequest } from "../model/write-plan";
import type { Action } from "./actions";
import type { Derived } from "./derive";
import { previewScheme } from "./store-engine-loader";
import type { WorkflowState } from "./state";

/** The state as of the last render, with what it implies and the pane's language. */
export interface Snapshot {
  readonly state: WorkflowState;
  readonly derived: Derived;
  readonly lang: Lang;
  readonly t: TFunction;
}

export interface StoreLink {
  readonly host: WorkbookHost;
  readonly dispatch: Dispatch<Action>;
  readonly get: () => Snapshot;
}

/** What the pane does with the workbook: each reads the latest state and reports back by actions. */
export interface Commands {
  /** Reads the selection; resolves to the read (undefined when it failed or a newer read started). */
  readSelection(): Promise<SelectionRead | undefined>;
  /** "Use as order history": reads the selection as the order history joined to the customer list. */
  readHistory(): Promise<void>;
  /** Selects a cell of the selection (row and column within it), e.g. a row the input report names. */
  jumpTo(row: number, column: number): void;
  /** The Write tab's button: one plan for the chosen outputs, saving the scheme (with the ticks) after. */
  writeChosen(outputs: ReadonlySet<OutputKind>): void;
  /** The Ladder tab's "Write funnel sheet". */
  writeFunnel(): void;
  /** The Tasks tab's "Write task sheet". */
  writeTasks(outcome: TasksOutcome): void;
  /** The Reps tab's "Write reps sheet and suggested owners". */
  writeReps(outcome: RepsOutcome): void;
  /** Applies the saved scheme to the current selection and writes (the pane's button and the ribbon's). */
  rerun(): Promise<void>;
}

type WriteModules = typeof import("./write-modules");

/** The write code (write-modules.ts), a chunk fetched on the first write or re-run; webpack caches it after. */
const loadWriteModules = (): Promise<WriteModules> =>
  // With English's steps texts (the write's progress, report and messages: src/i18n/catalogs.ts).
  Promise.all([import(/* webpackChunkName: "write" */ "./write-modules"), loadEnglishSteps()]).then(([m]) => m);

/** The workbook's last-run snapshot; one that cannot be read counts as a first run (the write must not fail because of it). */
async function lastRun(host: WorkbookHost, m: WriteModules): Promise<TierSnapshot | undefined> {
  try {
    return m.decodeSnapshot(await host.loadSetting<unknown>(LAST_RUN_SETTING));
  } catch {
    return undefined;
  }
}

/**
 * Writing: one write at a time; progress while the write code loads (the first time) and host.applyPlan runs,
 * then the report or the error. `build` makes the request once the write code is there, from values the
 * command took when it was called. When tiers are written the last-run snapshot is read first, so the plan
 * carries tier movement (planToWrite). After a write, `scheme` (when given) is saved as the workbook's scheme.
 */
function writer(link: StoreLink) {
  const { host, dispatch, get } = link;
  let running = false;
  const write = async (build: (m: WriteModules) => WriteRequest, scheme?: Scheme): Promise<ApplyReport | undefined> => {
    if (running) return undefined;
    running = true;
    dispatch({ type: "writeStarted" });
    try {
      const m = await loadWriteModules();
      const request = build(m);
      const current = m.snapshotToWrite(request);
      const previous = current ? await lastRun(host, m) : undefined;
      // Let the progress bar paint before the plan is built (100,000 rows take about a second).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { lang, t } = get();
      const { plan, note } = m.planToWrite({ request, lang, t, previous, current });
      const report = await host.applyPlan(plan, (progress) => dispatch({ type: "writeProgressed", progress }));
      dispatch({ type: "writeFinished", report, movement: note });
      if (scheme)
        await host.saveSetting(SCHEME_SETTING, scheme).then(
          () => dispatch({ type: "schemeSaved", scheme }),
          () => undefined,
        );
      return report;
    } catch (error) {
      dispatch({ type: "writeFailed", error });
      return undefined;
    } finally {
      running = false;
    }
  };
  /** A failure before any write (a scheme that does not fit the selection): the same message bar as a failed write. */
  const fail = (error: unknown) => {
    if (running) return;
    dispatch({ type: "writeStarted" });
    dispatch({ type: "writeFailed", error });
  };
  return { write, fail };
}

/** Reads the selection, dropping a read that finishes after a newer one started. */
function selectionReader({ host, dispatch }: StoreLink): () => Promise<SelectionRead | undefined> {
  let lastId = 0;
  return async () => {
    const id = ++lastId;
    dispatch({ type: "selectionRequested", id });
    try {
      const read = await host.readSelection();
      dispatch({ type: "selectionRead", id, read });
      return id === lastId ? read : undefined;
    } catch (error) {
      dispatch({ type: "selectionFailed", id, error });
      return undefined;
    }
  };
}

/** Records what was just written, with the tiers it was made from (the Write tab's stale marks). */
function recordWritten(
  dispatch: Dispatch<Action>,
  outputs: Iterable<OutputKind>,
  request: Pick<WriteRequest, "output">,
) {
  dispatch({ type: "outputsWritten", outputs, signature: tierSignature(request.output) });
}

export function createCommands(link: StoreLink): Commands {
  const { host, dispatch, get } = link;
  const { write, fail } = writer(link);
  const readSelection = selectionReader(link);
  const forms = () => writeForms(get());
  return {
    readSelection,
    async readHistory() {
      dispatch({ type: "historyRequested" });
      try {
        const read = await host.readSelection();
        const previous = get().state.data.history;
        // The same orders read again keep their column choices; other orders start from their guessed roles.
        const same = previous && previous.read.address === read.address;
        const history = { read, columns: same ? previous.columns : {}, addUnmatched: previous?.addUnmatched ?? false };
        dispatch({ type: "historyRead", history });
      } catch (error) {
        dispatch({ type: "historyFailed", error });
      }
    },
    jumpTo(row, column) {
      const read = get().state.data.read;
      if (!read) return;
      host.selectCell(read.sheet, read.top + row, read.left + column).then(
        () => dispatch({ type: "jumpFinished" }),
        (error: unknown) => dispatch({ type: "jumpFinished", error }),
      );
    },
    writeChosen(outputs) {
      const { state, derived } = get();
      const { read } = state.data;
      const { source: table, excludeRows } = derived.table;
      const scheme = derived.check.scheme;
      // Tiers still being worked out in the tier worker are worked out here instead: never write the previous scheme's.
      const { output } = derived.preview.pending
        ? previewScheme({ table, scheme, lang: get().lang, excludeRows })
        : derived.preview;
      if (!read || !table || !output || !scheme) return;
      const companions = forms();
      // The outputs chosen travel with the scheme, so the next session starts with the same ticks.
      const saved = OUTPUTS.filter((k): k is Exclude<OutputKind, "reps"> => k !== "reps" && outputs.has(k));
      void write((m) => m.writeRequest({ read, table, output, outputs, excludeRows }, companions), {
        ...scheme,
        outputs: saved,
      }).then((report) => {
        if (report) recordWritten(dispatch, outputs, { output });
      });
    },
    writeFunnel() {
      const { state, derived, lang } = get();
      const labels = derived.preview.output?.result.labels;
      const table = derived.table.source;
      void write((m) => ({
        outputs: new Set<OutputKind>(["funnel"]),
        ladder: m.computeLadder(state.drafts.ladder, lang, labels, table),
      }));
    },
    writeTasks(tasks) {
      const { output } = get().derived.preview;
      void write(() => ({ outputs: new Set<OutputKind>(["tasks"]), tasks })).then((report) => {
        if (report) recordWritten(dispatch, ["tasks"], { output });
      });
    },
    writeReps(reps) {
      const { state, derived } = get();
      const request = {
        outputs: new Set<OutputKind>(["reps"]),
        reps,
        read: state.data.read,
        table: derived.table.source,
      };
      void write(() => request);
    },
    rerun: () => rerun({ get, dispatch, readSelection, readHistory: readSchemeHistory(link), write, fail, forms }),
  };
}

interface RerunSteps {
  readonly get: () => Snapshot;
  readonly dispatch: Dispatch<Action>;
  readSelection(): Promise<SelectionRead | undefined>;
  /** The scheme's order history read again where it was (undefined, the failure reported, when it cannot be). */
  readHistory(scheme: Scheme): Promise<SelectionRead | undefined>;
  write(build: (m: WriteModules) => WriteRequest, scheme?: Scheme): Promise<ApplyReport | undefined>;
  fail(error: unknown): void;
  forms(): CompanionForms;
}

/** The Ladder and Tasks forms, for the outputs made from them. */
function writeForms(s: Snapshot): CompanionForms {
  return { ladder: s.state.drafts.ladder, tasks: s.state.drafts.tasks, lang: s.lang };
}

/**
 * "Re-run on selection" and the ribbon's "Re-run scheme": read the current selection, tier it with the
 * workbook's saved scheme (rerunRequest), write the outputs saved with it with the same progress bar and
 * result message as the Write tab, and leave the pane showing that scheme.
 */
/** Re-run's second read: the order history of the scheme, shown on the Data tab as if just added. */
function readSchemeHistory({ host, dispatch }: StoreLink): RerunSteps["readHistory"] {
  return async (scheme) => {
    const saved = scheme.source.history;
    if (!saved) return undefined;
    dispatch({ type: "historyRequested" });
    try {
      const read = await host.readRange(saved);
      dispatch({ type: "historyRead", history: historyOfScheme(saved, read) });
      return read;
    } catch (error) {
      dispatch({ type: "historyFailed", error });
      return undefined;
    }
  };
}

async function rerun(steps: RerunSteps): Promise<void> {
  const { get, dispatch, readSelection, readHistory, write, fail, forms } = steps;
  const scheme = get().state.saved.scheme;
  if (!scheme) {
    dispatch({ type: "rerunWithoutScheme" });
    return;
  }
  dispatch({ type: "rerunStarted", scheme });
  const read = await readSelection();
  // The tab where the outcome appears: Write, or Data when the selection could not be read.
  dispatch({ type: "tabChosen", tab: read ? "write" : "data" });
  if (!read) return;
  const history = scheme.source.history ? await readHistory(scheme) : undefined;
  if (scheme.source.history && !history) {
    dispatch({ type: "tabChosen", tab: "data" });
    return;
  }
  let request: WriteRequest;
  try {
    const m = await loadWriteModules();
    request = m.rerunRequest({ read, history }, scheme, {
      ...forms(),
      leaveOutHidden: get().state.data.leaveOutHidden,
    });
  } catch (error) {
    // The scheme does not fit this selection (a column missing, text as the value…), or the write code could not be loaded.
    fail(error);
    return;
  }
  const report = await write(() => request, scheme);
  if (report) recordWritten(dispatch, request.outputs, request);
}
