import type { TFunction } from "i18next";
import type { SummaryReport } from "../../engine/plans";
import type { TierResult } from "../../engine/tiering";
import { createFormatters } from "../../i18n/format";
import type { Lang } from "../../i18n/language";

/**
 * What the summary report says about this run, in the pane's language: the method's name (without the
 * default parameters the picker shows in brackets), its parameters as used (tiers, and shares, lower
 * bounds or the computed cut-offs), where the data came from and the day.
 */
export function reportAbout(
  t: TFunction,
  lang: Lang,
  r: TierResult,
  run: { source: string; date: Date },
): SummaryReport {
  const { source, date } = run;
  const f = createFormatters(lang);
  const method = t(`methods.${r.method.kind}`).replace(/\s*[（(][^（()）]*[)）]\s*$/, "");
  const parts = [t("write.reportTiers", { labels: r.labels.join(lang === "zh-CN" ? "、" : ", ") })];
  const m = r.method;
  if (m.cumShares && m.cumShares.length > 0) {
    const shares = m.cumShares.map((c, i) => c - (i > 0 ? m.cumShares![i - 1] : 0));
    parts.push(t("write.reportShares", { shares: shares.map((x) => f.percent(x, 1)).join(" / ") }));
  }
  if (m.bounds && m.bounds.length > 0)
    parts.push(t("write.reportBounds", { bounds: m.bounds.map((b) => f.number(b)).join(" / ") }));
  if (m.abcLimits && m.abcLimits.length === 1)
    parts.push(t("write.reportLimits", { ab: f.number(m.abcLimits[0].abLimit), bc: f.number(m.abcLimits[0].bcLimit) }));
  if (r.groups) parts.push(t("write.reportGroups", { count: r.groups.names.length }));
  return { method, parameters: parts.join(lang === "zh-CN" ? "；" : "; "), source, date };
}
