import { useMemo, useState } from "react";
import type { Table } from "../../engine/table";
import { checkDraft, initialDraft, type DraftCheck, type TierDraft } from "../model/tier-draft";

export interface TierDraftState {
  readonly draft: TierDraft;
  setDraft(update: (d: TierDraft) => TierDraft): void;
  readonly check: DraftCheck;
}

/** The Tiers form: its typed state and its validation, recomputed as the user types. */
export function useTierDraft(table: Table | undefined, listKind: "customers" | "orders", asOf: string): TierDraftState {
  const [draft, set] = useState<TierDraft>(initialDraft);
  const check = useMemo(() => checkDraft(draft, table, listKind, asOf), [draft, table, listKind, asOf]);
  return { draft, setDraft: set, check };
}
