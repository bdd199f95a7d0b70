import { createContext, useContext } from "react";
import { createFormatters, type Formatters } from "../i18n/format";
import type { Lang } from "../i18n/language";

export interface LocaleInfo {
  readonly lang: Lang;
  readonly fmt: Formatters;
}

const LocaleContext = createContext<LocaleInfo>({ lang: "en-US", fmt: createFormatters("en-US") });
export const LocaleProvider = LocaleContext.Provider;

/** The pane's language and its Intl formatters. */
export function useLocale(): LocaleInfo {
  return useContext(LocaleContext);
}
