import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { I18nextProvider } from "react-i18next";
import type { WorkbookHost } from "../host";
import { createI18n } from "../i18n/create-i18n";
import { createFormatters } from "../i18n/format";
import { pickLanguage, type Lang } from "../i18n/language";
import { LocaleProvider } from "./format-context";
import { Shell } from "./Shell";
import { FLUENT_THEMES, pickThemeName, type OfficeThemeLike } from "./theme";

export interface AppProps {
  /** The pane's only way to the workbook (src/host/host-api.ts). */
  readonly host: WorkbookHost;
  /** Office's officeTheme (and forced colours), read by index.tsx; light when left out. */
  readonly officeTheme?: OfficeThemeLike;
  /** Overrides Office's display language (the preview page and tests). */
  readonly language?: Lang;
}

/** The task pane: i18n, locale formatters and the Fluent theme around the Shell. */
export function App({ host, officeTheme, language }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => language ?? pickLanguage(host.displayLanguage()));
  const i18n = useMemo(() => createI18n(lang), []); // one instance; language changes go through changeLanguage
  useEffect(() => { if (i18n.language !== lang) void i18n.changeLanguage(lang); }, [i18n, lang]);
  const locale = useMemo(() => ({ lang, fmt: createFormatters(lang) }), [lang]);
  const theme = FLUENT_THEMES[pickThemeName(officeTheme)];
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProvider value={locale}>
        <FluentProvider theme={theme} lang={lang} style={{ minHeight: "100vh" }} data-testid="app">
          <Shell host={host} lang={lang} setLang={setLang} />
        </FluentProvider>
      </LocaleProvider>
    </I18nextProvider>
  );
}

