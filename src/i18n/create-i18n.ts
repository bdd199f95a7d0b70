import i18next, { type FormatterModule, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogFor, hasCatalog, onEnglishStepsLoaded } from "./catalogs";
import { LANGS, type Lang } from "./language";
import { createFormatters } from "./format";

/**
 * i18next's formatter hook (a "formatter" module, https://www.i18next.com/misc/creating-own-plugins),
 * called for every {{param}} because of alwaysFormat: numbers go through the language's Formatters.
 * Catalogs use no named formats, so `add` has nothing to register.
 */
const paramFormatter: FormatterModule = {
  type: "formatter",
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Returns non-numbers as given (undefined must stay undefined: i18next then reports the missing param).
  format: (value, _format, lng, options) =>
    createFormatters(lng === "zh-CN" ? "zh-CN" : "en-US").param(
      value,
      options?.interpolationkey as string | undefined,
    ) as string,
};

/**
 * A fresh i18next instance (not the global one, so tests and the preview page can run several panes)
 * with the catalogs loaded so far (src/i18n/catalogs.ts: Chinese loaded later is added by useCatalogLanguage,
 * English's steps part here, as soon as it is loaded). React escapes text itself, hence escapeValue: false.
 * Every number put into a message goes through the language's formatters (alwaysFormat), so counts
 * read "6,668 tasks" / "共 6,668 项任务" without each caller formatting them.
 */
export function createI18n(lang: Lang): i18n {
  catalogFor(lang); // throws when `lang`'s catalog is not loaded yet, rather than showing English instead
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(paramFormatter)
    .init({
      lng: lang,
      fallbackLng: "en-US",
      supportedLngs: ["en-US", "zh-CN"],
      resources: Object.fromEntries(LANGS.filter(hasCatalog).map((l) => [l, { translation: catalogFor(l) }])),
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
  // Top-level sections only, none of them in the first part, so a shallow add (deep = false) copies nothing over.
  onEnglishStepsLoaded((steps) => instance.addResourceBundle("en-US", "translation", steps, false, false));
  return instance;
}
