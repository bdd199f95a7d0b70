/** The two languages the pane ships. */
export type Lang = "en-US" | "zh-CN";
export const LANGS: readonly Lang[] = ["en-US", "zh-CN"];

/**
 * Office's display language (displayLanguage on Office's context, e.g. "zh-CN", "zh-TW", "en-GB") → the
 * catalog to use: any Chinese variant gets zh-CN (the only Chinese catalog), everything else en-US.
 */
export function pickLanguage(displayLanguage: string | undefined | null): Lang {
  return /^zh\b/i.test((displayLanguage ?? "").trim()) ? "zh-CN" : "en-US";
}
