import { useCallback, useEffect, useRef, useState } from "react";
import { onRerunRequested } from "../../commands/rerun-request";
import type { Scheme } from "../../engine/scheme";
import { readTable } from "../../engine/table";
import { tierTable } from "../../engine/tiering/tier-table";
import type { Lang } from "../../i18n/language";
import { localizeOutput } from "../model/localize-output";
import { schemeToDraft } from "../model/scheme-to-draft";
import type { PlanInputs } from "../model/build-plans";
import type { TierDraft } from "../model/tier-draft";
import type { TierTableOutput } from "../../engine/tiering/tier-result";
import type { Table } from "../../engine/table";
import type { OutputKind } from "../panes/WritePane";
import type { ApplyState } from "./useApplyPlan";
import type { SavedScheme } from "./useSavedScheme";
import type { SelectionState } from "./useSelectionRead";
import { hiddenRowsToLeaveOut, type TableModel } from "./useTableModel";
import type { TierWrite } from "./useTierWrite";

/** What a re-run writes when the scheme saved no choice: the tier columns and the summary sheet (with tier movement). */
export const RERUN_OUTPUTS: ReadonlySet<OutputKind> = new Set<OutputKind>(["tierColumns", "summary"]);

/**
 * What a re-run writes: every output saved with the scheme (the Write tab's ticks), so the tasks and the
 * funnel written with the tiers are refreshed with them rather than left stale; the default otherwise.
 */
export function rerunOutputs(scheme: Scheme): ReadonlySet<OutputKind> {
  return scheme.outputs && scheme.outputs.length > 0 ? new Set<OutputKind>(scheme.outputs) : RERUN_OUTPUTS;
}

export interface Rerun {
  /** Set when a re-run was asked for but the workbook has no saved scheme. */
  readonly noScheme: boolean;
  dismissNoScheme(): void;
  /** Applies the saved scheme to the current selection and writes (the pane's button and the ribbon's). */
  run(): Promise<void>;
}

interface Deps {
  saved: SavedScheme;
  selection: SelectionState;
  model: TableModel;
  setTierDraft(update: (d: TierDraft) => TierDraft): void;
  tierWrite: TierWrite;
  writer: ApplyState;
  lang: Lang;
  /** Shows the tab where the outcome appears (Write on success, Data when the selection could not be read). */
  showTab(tab: "data" | "write"): void;
  /** The task plan and the ladder for the outputs that need them, from the pane's Tasks and Ladder forms. */
  companions(outputs: ReadonlySet<OutputKind>, output: TierTableOutput, table: Table): Pick<PlanInputs, "tasks" | "ladder">;
  /** Told what was written, with the tiers it was made from (for the Write tab's stale marks). */
  written(outputs: ReadonlySet<OutputKind>, output: TierTableOutput): void;
}

/**
 * "Re-run on selection" and the ribbon's "Re-run scheme" (src/commands/rerun-request): read the current
 * selection, tier it with the workbook's saved scheme, write the outputs saved with it (rerunOutputs) with the
 * same progress bar and result message as the Write tab, and leave the pane showing that scheme. A
 * ribbon request that arrives before the saved scheme has been read waits for it.
 */
export function useRerun(d: Deps): Rerun {
  const [noScheme, setNoScheme] = useState(false);
  const deps = useRef(d);
  deps.current = d;

  const run = useCallback(async () => {
    const { saved, selection, model, setTierDraft, tierWrite, writer, lang, showTab, companions, written } = deps.current;
    const scheme: Scheme | undefined = saved.scheme;
    if (!scheme) {
      setNoScheme(true);
      return;
    }
    setNoScheme(false);
    saved.dismiss();
    setTierDraft((draft) => schemeToDraft(scheme, draft));
    model.adopt(scheme.source.kind, scheme.source.asOf);
    const read = await selection.useSelection();
    if (!read) {
      showTab("data");
      return;
    }
    showTab("write");
    let inputs;
    try {
      const table = readTable(read.grid, { numberFormats: read.numberFormats });
      const excludeRows = hiddenRowsToLeaveOut(read, model.leaveOutHidden);
      const outputs = rerunOutputs(scheme);
      const output = localizeOutput(tierTable(table, scheme, { today: new Date(), excludeRows }), lang);
      inputs = { read, table, outputs, excludeRows, output, ...companions(outputs, output, table) };
    } catch (error) {
      // The scheme does not fit this selection (a column missing, text as the value…): same message bar as a failed write.
      await writer.apply(() => { throw error; });
      return;
    }
    const report = await tierWrite.write(inputs, scheme);
    if (report) written(inputs.outputs, inputs.output);
  }, []);

  // The ribbon's requests; one that came before the saved scheme was read is run once it is.
  const waiting = useRef(false);
  useEffect(() => onRerunRequested(() => {
    if (deps.current.saved.loaded) void run();
    else waiting.current = true;
  }), [run]);
  useEffect(() => {
    if (d.saved.loaded && waiting.current) {
      waiting.current = false;
      void run();
    }
  }, [d.saved.loaded, run]);

  return { noScheme, dismissNoScheme: () => setNoScheme(false), run };
}
