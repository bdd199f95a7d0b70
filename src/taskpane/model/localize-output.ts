import { RFM_NAMES, type RfmGroupId, type TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";

/**
 * RFM by segment names its tiers after the segments, in English (the engine's labels). In a Chinese
 * pane the tiers are called by their Chinese names (RFM_NAMES["zh-CN"]: the ten segments or the eight classes) everywhere: preview,
 * tier column, summary sheet, tasks. Other methods' labels are the user's own and stay as typed.
 */
export function localizeOutput(output: TierTableOutput, lang: Lang): TierTableOutput {
  const r = output.result;
  if (lang === "en-US" || r.method.kind !== "rfm" || r.method.rfmTierBy !== "segment") return output;
  const byEnglish = new Map<string, string>();
  for (const [id, name] of Object.entries(RFM_NAMES["en-US"])) byEnglish.set(name, RFM_NAMES[lang][id as RfmGroupId]);
  const name = (label: string) => byEnglish.get(label) ?? label;
  return { ...output, result: { ...r, labels: r.labels.map(name), tiers: r.tiers.map((t) => ({ ...t, label: name(t.label) })) } };
}
