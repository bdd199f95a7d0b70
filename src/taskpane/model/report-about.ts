import type { TFunction } from "i18next";
import { serialToDate } from "../../engine/cells";
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
  // A method's own settings (lifecycle's windows), by a catalog key per method: no switch on the method here.
  // A setting that is a customer list's column (behaviour's orders in the window) takes the key's `_column` form.
  if (m.settings) {
    const texts = m.settingTexts ?? {};
    const context = texts.column !== undefined ? "column" : undefined;
    parts.push(t(`write.reportSettings.${m.kind}`, { ...settingParams(m.settings, f), ...texts, context }));
  }
  if (r.groups) parts.push(t("write.reportGroups", { count: r.groups.names.length }));
  return { method, parameters: parts.join(lang === "zh-CN" ? "；" : "; "), source, date };
}

/** A method's settings as shown: numbers in the pane's format; `asOf` is an Excel serial day, shown as a date. */
function settingParams(settings: Readonly<Record<string, number>>, f: ReturnType<typeof createFormatters>) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings)) out[k] = k === "asOf" ? f.date(serialToDate(v)) : f.number(v);
  return out;
}
