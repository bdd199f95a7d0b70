import type { TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";
import { fixedLabelNames } from "./method-labels";

/**
 * A method that names its tiers itself (RFM by segment, lifecycle) names them in English (the engine's
 * labels). In a Chinese pane the tiers are called by their Chinese names (TieringMethod.labelNames)
 * everywhere: preview, tier column, summary sheet, tasks. Other methods' labels are the user's own and stay as typed.
 */
export function localizeOutput(output: TierTableOutput, lang: Lang): TierTableOutput {
  const r = output.result;
  const byEnglish = lang === "en-US" ? undefined : fixedLabelNames(r, lang);
  if (!byEnglish) return output;
  const name = (label: string) => byEnglish.get(label) ?? label;
  return {
    ...output,
    result: { ...r, labels: r.labels.map(name), tiers: r.tiers.map((t) => ({ ...t, label: name(t.label) })) },
  };
}
