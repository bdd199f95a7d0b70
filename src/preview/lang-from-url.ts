import { pickLanguage, type Lang } from "../i18n/language";

/**
 * The preview's language from its URL (`?lang=zh-CN` loads the Chinese-header sample and Chinese UI),
 * else from the browser, as Office's display language would be.
 */
export function langFromUrl(search: string, browserLanguage?: string): Lang {
  const asked = new URLSearchParams(search).get("lang");
  return pickLanguage(asked ?? browserLanguage ?? "en-US");
}
