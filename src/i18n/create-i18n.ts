import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";
import type { Lang } from "./language";

/**
 * A fresh i18next instance (not the global one, so tests and the preview page can run several panes)
 * with both catalogs loaded synchronously. React escapes text itself, hence escapeValue: false.
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: "en-US",
    supportedLngs: ["en-US", "zh-CN"],
    resources: { "en-US": { translation: enUS }, "zh-CN": { translation: zhCN } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
