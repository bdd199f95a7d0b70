import type { TFunction } from "i18next";
import { explainRow, RFM_NAMES, type RfmGroupId, type TierResult } from "../../engine/tiering";
import { createFormatters } from "../../i18n/format";
import type { Lang } from "../../i18n/language";
import { fixedLabelNames } from "./method-labels";

type Params = Record<string, string | number>;

/** The pane's changes to the engine's params: segment, subject and fixed tier names in the pane's language. */
function localParams(
  t: TFunction,
  lang: Lang,
  raw: Readonly<Params>,
  labels: ReadonlyMap<string, string> | undefined,
): Params {
  const params: Params = { ...raw };
  if (typeof params.segment === "string")
    params.segment = RFM_NAMES[lang][params.segment as RfmGroupId] ?? params.segment;
  if (params.subject === "value" || params.subject === "score")
    params.subject = t(`explain.subjects.${params.subject}`);
  if (typeof params.label === "string" && labels) params.label = labels.get(params.label) ?? params.label;
  return params;
}

/**
 * The engine's explanation of a row (explainRow: translatable parts with English fallbacks) in the
 * pane's language, for the "Why" column.
 */
export function explainText(t: TFunction, lang: Lang, result: TierResult, row: number): string {
  const labels = fixedLabelNames(result, lang);
  const parts = explainRow(result, row).parts.map((p) =>
    t(p.key, { ...localParams(t, lang, p.params, labels), defaultValue: p.message }),
  );
  const text = parts.join(t("explain.separator"));
  return lang === "en-US" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Marks a param's place in a template fetched once through i18next. */
const OPEN = "\u0001",
  CLOSE = "\u0002";
const SLOT = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/**
 * explainText for many rows: each catalog message is fetched from i18next once, with markers in
 * place of its params, and then filled in by plain string joins. For 100,000 rows this avoids
 * 400,000 i18next calls (seconds of a frozen pane); the text is the same as explainText's. A key
 * missing from the catalog, or one with plural forms (a count param), still goes through i18next.
 */
export function createExplainer(t: TFunction, lang: Lang, result: TierResult): (row: number) => string {
  const templates = new Map<string, (string | { name: string })[] | null>();
  const separator = t("explain.separator");
  const template = (key: string, names: readonly string[]) => {
    const id = `${key}|${names.join(",")}`;
    let compiled = templates.get(id);
    if (compiled === undefined) {
      const missing = "\u0000";
      if (names.includes("count") || t(key, { defaultValue: missing }) === missing) compiled = null;
      else {
        const marked = t(key, Object.fromEntries(names.map((n) => [n, `${OPEN}${n}${CLOSE}`])));
        // split with a capture group alternates text and param names: "Rank ", "rank", " of ", "of", "".
        compiled = marked.split(SLOT).map((piece, i) => (i % 2 === 1 ? { name: piece } : piece));
      }
      templates.set(id, compiled);
    }
    return compiled;
  };
  const subjects: Params = { value: t("explain.subjects.value"), score: t("explain.subjects.score") };
  // Params are filled in here, not by i18next: format them as its formatter hook would (createI18n).
  const fmt = createFormatters(lang);
  const labels = fixedLabelNames(result, lang);
  const cachedT = ((key: string) =>
    key.startsWith("explain.subjects.") ? subjects[key.slice("explain.subjects.".length)] : t(key)) as TFunction;
  return (row) => {
    let text = "";
    const parts = explainRow(result, row).parts;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      const params = localParams(cachedT, lang, p.params, labels);
      const names = Object.keys(params);
      const compiled = template(p.key, names);
      let piece = "";
      if (compiled === null) piece = t(p.key, { ...params, defaultValue: p.message });
      else for (const c of compiled) piece += typeof c === "string" ? c : String(fmt.param(params[c.name], c.name));
      text += k === 0 ? piece : separator + piece;
    }
    return lang === "en-US" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  };
}
