import type { Scheme } from "../../engine/scheme";
import type { TierDraft } from "./tier-draft";

/** Back from a saved Scheme to the form (column refs given as roles are left to the table's roles). */
export function schemeToDraft(s: Scheme, base: TierDraft): TierDraft {
  const m = s.method;
  const idx = (ref: unknown) => (typeof ref === "number" ? ref : undefined);
  const d: TierDraft = {
    ...base,
    method: m.kind,
    tierCount: s.tiers.labels.length,
    labels: s.tiers.labels.join(", "),
    shares: s.tiers.shares.join(", "),
    valueColumn: s.source.columns.value,
    recencyColumn: s.source.columns.recency,
    frequencyColumn: s.source.columns.frequency,
    groupBy: idx(s.groupBy),
  };
  switch (m.kind) {
    case "thresholds": return { ...d, bounds: m.bounds.join(", ") };
    case "score": return {
      ...d, scoreThen: m.then, bounds: (m.bounds ?? []).join(", "),
      factors: m.factors.filter((f) => typeof f.column === "number").map((f) => ({ column: f.column as number, weight: String(f.weight), direction: f.direction })),
    };
    case "rfm": return { ...d, rfmTierBy: m.tierBy, rfmModel: m.model ?? "rfm10" };
    case "rules": {
      const first = m.rules[0]?.when[0];
      return {
        ...d,
        rulesColumn: first ? idx(first.column) : undefined,
        rules: m.rules.map((r) => {
          const c = r.when[0];
          return { values: c ? ("values" in c ? c.values.join(", ") : c.value) : "", tier: r.tier };
        }),
        defaultTier: m.defaultTier,
      };
    }
    default: return d;
  }
}
