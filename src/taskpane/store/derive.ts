import { useMemo } from "react";
import type { Lang } from "../../i18n/language";
import type { TierPreview } from "../model/preview-scheme";
import { deriveTable, type TableDerived } from "../model/table-model";
import { withHistory } from "../model/order-history";
import type { DraftCheck } from "../model/tier-draft";
import type { WorkflowState } from "./state";
import { useStoreEngine } from "./store-engine-loader";
import { usePreview } from "./use-preview";

/** What the state implies, computed once per change for every pane: the table, the Tiers form's check, the preview. */
export interface Derived {
  readonly table: TableDerived;
  readonly check: DraftCheck;
  readonly preview: TierPreview;
}

/** The form's check before the engine is loaded (the pane's first paint): no scheme yet, so no preview. */
const NOT_CHECKED: DraftCheck = { problems: {} };

/**
 * The derived values, each recomputed only when what it is made from changes. The form is checked once the
 * engine has loaded, just after the pane's first paint (store-engine-loader.ts).
 */
export function useDerived(state: WorkflowState, lang: Lang): Derived {
  const { read, roles, listKind, asOf, leaveOutHidden } = state.data;
  const history = listKind === "customers" ? state.data.history : undefined;
  const tiers = state.drafts.tiers;
  const table = useMemo(
    () => deriveTable(read, { roles, listKind, asOf, leaveOutHidden, history }, lang),
    [read, roles, listKind, asOf, leaveOutHidden, history, lang],
  );
  const engine = useStoreEngine();
  const check = useMemo(() => {
    if (!engine) return NOT_CHECKED;
    const checked = engine.checkDraft(tiers, table.source, listKind, asOf);
    // The scheme made on a joined table remembers the history, so saving it and Re-run join it again.
    return { ...checked, scheme: withHistory(checked.scheme, history, asOf) };
  }, [engine, tiers, table.source, listKind, asOf, history]);
  const { source, excludeRows } = table;
  const scheme = check.scheme;
  const preview = usePreview({ table: source, scheme, lang, excludeRows });
  return useMemo(() => ({ table, check, preview }), [table, check, preview]);
}
