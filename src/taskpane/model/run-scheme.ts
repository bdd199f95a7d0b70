import type { Scheme } from "../../engine/scheme";
import { readTable, type Table } from "../../engine/table";
import type { SelectionRead } from "../../host";
import type { Lang } from "../../i18n/language";
import { computeLadder, type LadderDraft } from "./ladder-draft";
import type { OutputKind } from "./output-kind";
import { historyOfScheme, joinOrderHistory } from "./order-history";
import { runScheme } from "./preview-scheme";
import { hiddenRowsToLeaveOut } from "./table-model";
import { computeTasks } from "./tasks-plan";
import type { TasksDraft } from "./tasks-draft";
import type { WriteRequest } from "./write-plan";

// Tiering for the preview lives in preview-scheme.ts (the pane's first chunk); what follows builds writes and
// re-runs and loads with the write code (store/write-modules.ts).
export { previewScheme, runScheme, type SchemeRun, type TierPreview } from "./preview-scheme";

/** The Ladder and Tasks forms, for the outputs made from them. */
export interface CompanionForms {
  readonly ladder: LadderDraft;
  readonly tasks: TasksDraft;
  readonly lang: Lang;
}

/** What to write for `outputs` from a selection, its table and tiers: the ladder and the task plan for the outputs that need them. */
export function writeRequest(
  base: Pick<WriteRequest, "read" | "table" | "output" | "outputs" | "excludeRows">,
  forms: CompanionForms,
): WriteRequest {
  const { outputs, output, table } = base;
  return {
    ...base,
    ladder: outputs.has("funnel") ? computeLadder(forms.ladder, forms.lang, output?.result.labels, table) : undefined,
    tasks: outputs.has("tasks") && output ? computeTasks(forms.tasks, output, table, forms.lang) : undefined,
  };
}

/** What a re-run writes when the scheme saved no choice: the tier columns and the summary sheet (with tier movement). */
export const RERUN_OUTPUTS: ReadonlySet<OutputKind> = new Set<OutputKind>(["tierColumns", "summary"]);

/**
 * What a re-run writes: every output saved with the scheme (the Write tab's ticks), so the tasks and the
 * funnel written with the tiers are refreshed with them rather than left stale; the default otherwise.
 */
export function rerunOutputs(scheme: Scheme): ReadonlySet<OutputKind> {
  return scheme.outputs && scheme.outputs.length > 0 ? new Set<OutputKind>(scheme.outputs) : RERUN_OUTPUTS;
}

/** What Re-run read: the selection, and the order history where the scheme has one (read again where it was). */
export interface RerunReads {
  readonly read: SelectionRead;
  readonly history?: SelectionRead;
}

/** The table a scheme tiers on a re-run: the selection, joined with its order history when the scheme has one. */
function rerunTable({ read, history }: RerunReads, scheme: Scheme, lang: Lang): Table {
  const table = readTable(read.grid, { numberFormats: read.numberFormats });
  const saved = scheme.source.history;
  if (!saved) return table;
  if (!history) throw new Error(`Re-run: the order history ${saved.address} was not read.`);
  const asOf = scheme.source.asOf ?? new Date().toISOString().slice(0, 10);
  return joinOrderHistory({ customers: table, history: historyOfScheme(saved, history), asOf, lang }).joined.table;
}

/**
 * Re-run: read → tiers → what to write. The selection as read (the scheme's column choices, not the Data tab's
 * overrides, which belong to the earlier selection), joined with the scheme's order history when it has one,
 * its hidden rows left out when the pane says so, tiered by runScheme, with the outputs saved with the scheme.
 * Throws when the scheme does not fit the selection.
 */
export function rerunRequest(
  reads: RerunReads,
  scheme: Scheme,
  opts: CompanionForms & { leaveOutHidden: boolean },
): WriteRequest {
  const { read } = reads;
  const table = rerunTable(reads, scheme, opts.lang);
  const excludeRows = hiddenRowsToLeaveOut(read, opts.leaveOutHidden);
  const output = runScheme({ table, scheme, lang: opts.lang, excludeRows });
  return writeRequest({ read, table, outputs: rerunOutputs(scheme), excludeRows, output }, opts);
}
