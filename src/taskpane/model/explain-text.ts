import type { TFunction } from "i18next";
import { explainRow } from "../../engine/tiering/explain-row";
import { RFM_SEGMENT_NAMES, type RfmSegmentId } from "../../engine/tiering/rfm-segments";
import type { TierResult } from "../../engine/tiering/tier-result";
import type { Lang } from "../../i18n/language";

/**
 * The engine's explanation of a row (explainRow: translatable parts with English fallbacks) in the
 * pane's language, for the "Why" column.
 */
export function explainText(t: TFunction, lang: Lang, result: TierResult, row: number): string {
  const parts = explainRow(result, row).parts.map((p) => {
    const params: Record<string, string | number> = { ...p.params };
    if (typeof params.segment === "string") params.segment = RFM_SEGMENT_NAMES[lang][params.segment as RfmSegmentId] ?? params.segment;
    if (params.subject === "value" || params.subject === "score") params.subject = t(`explain.subjects.${params.subject}`);
    if (typeof params.label === "string" && result.method.rfmTierBy === "segment") {
      const id = Object.entries(RFM_SEGMENT_NAMES["en-US"]).find(([, name]) => name === params.label)?.[0] as RfmSegmentId | undefined;
      if (id) params.label = RFM_SEGMENT_NAMES[lang][id];
    }
    return t(p.key, { ...params, defaultValue: p.message });
  });
  const text = parts.join(t("explain.separator"));
  return lang === "en-US" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
