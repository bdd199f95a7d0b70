import type { Scheme } from "../../engine/scheme";
import { methodOf } from "../../engine/tiering";
import type { TierDraft } from "./tier-draft";

/** Back from a saved Scheme to the form (column refs given as roles are left to the table's roles). */
export function schemeToDraft(s: Scheme, base: TierDraft): TierDraft {
  return {
    ...base,
    method: s.method.kind,
    tierCount: s.tiers.labels.length,
    labels: s.tiers.labels.join(", "),
    shares: s.tiers.shares.join(", "),
    valueColumn: s.source.columns.value,
    recencyColumn: s.source.columns.recency,
    frequencyColumn: s.source.columns.frequency,
    groupBy: typeof s.groupBy === "number" ? s.groupBy : undefined,
    ...methodOf(s.method).form.toFields(s.method),
  };
}
