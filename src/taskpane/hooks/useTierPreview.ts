import { useMemo } from "react";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import { tierTable, type TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";
import { localizeOutput } from "../model/localize-output";

export interface TierPreview {
  readonly output?: TierTableOutput;
  readonly error?: unknown;
  /** The grid rows left out of `output` (they have no tier but are not "untiered"). */
  readonly excludeRows?: ReadonlySet<number>;
}

/**
 * Runs the engine's tierTable whenever the table, a valid scheme or the rows left out change (RFM
 * segment tiers named in `lang`); errors are kept, not thrown. `excludeRows`: grid rows left out.
 */
export function useTierPreview(table: Table | undefined, scheme: Scheme | undefined, lang: Lang, excludeRows?: ReadonlySet<number>): TierPreview {
  return useMemo(() => {
    if (!table || !scheme) return {};
    try {
      return { output: localizeOutput(tierTable(table, scheme, { today: new Date(), excludeRows }), lang), excludeRows };
    } catch (error) {
      return { error };
    }
  }, [table, scheme, lang, excludeRows]);
}
