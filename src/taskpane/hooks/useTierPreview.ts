import { useMemo } from "react";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import { tierTable } from "../../engine/tiering/tier-table";
import type { TierTableOutput } from "../../engine/tiering/tier-result";

export interface TierPreview {
  readonly output?: TierTableOutput;
  readonly error?: unknown;
}

/** Runs the engine's tierTable whenever the table or a valid scheme changes; errors are kept, not thrown. */
export function useTierPreview(table: Table | undefined, scheme: Scheme | undefined): TierPreview {
  return useMemo(() => {
    if (!table || !scheme) return {};
    try {
      return { output: tierTable(table, scheme, { today: new Date() }) };
    } catch (error) {
      return { error };
    }
  }, [table, scheme]);
}
