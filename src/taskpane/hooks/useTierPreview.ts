import { useMemo } from "react";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import { tierTable } from "../../engine/tiering/tier-table";
import type { TierTableOutput } from "../../engine/tiering/tier-result";
import type { Lang } from "../../i18n/language";
import { localizeOutput } from "../model/localize-output";

export interface TierPreview {
  readonly output?: TierTableOutput;
  readonly error?: unknown;
}

/** Runs the engine's tierTable whenever the table or a valid scheme changes (RFM segment tiers named in `lang`); errors are kept, not thrown. */
export function useTierPreview(table: Table | undefined, scheme: Scheme | undefined, lang: Lang): TierPreview {
  return useMemo(() => {
    if (!table || !scheme) return {};
    try {
      return { output: localizeOutput(tierTable(table, scheme, { today: new Date() }), lang) };
    } catch (error) {
      return { error };
    }
  }, [table, scheme, lang]);
}
