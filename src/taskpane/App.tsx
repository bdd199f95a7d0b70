import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { I18nextProvider } from "react-i18next";
import type { WorkbookHost } from "../host/host-api";
import { createI18n } from "../i18n/create-i18n";
import { createFormatters } from "../i18n/format";
import { pickLanguage, type Lang } from "../i18n/language";
import { LocaleProvider } from "./format-context";
import { Shell } from "./Shell";
import type { WorkflowState } from "./store/state";
import { WorkflowProvider } from "./store/WorkflowProvider";
import { FLUENT_THEMES, pickThemeName, type OfficeThemeLike } from "./theme";

export interface AppProps {
  /** The pane's only way to the workbook (src/host/host-api.ts). */
  readonly host: WorkbookHost;
  /** Office's officeTheme (and forced colours), read by index.tsx; light when left out. */
  readonly officeTheme?: OfficeThemeLike;
  /** Overrides Office's display language (the preview page and tests). */
  readonly language?: Lang;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
});

/** The task pane: i18n, locale formatters and the Fluent theme around the workflow store and the Shell. */
export function App({ host, officeTheme, language }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => language ?? pickLanguage(host.displayLanguage()));
  return (
    <PaneProviders host={host} lang={lang} officeTheme={officeTheme}>
      <Shell lang={lang} setLang={setLang} />
    </PaneProviders>
  );
}

interface ProvidersProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly officeTheme?: OfficeThemeLike;
  /** A workflow state to start from (pane tests); the defaults otherwise. */
  readonly initial?: WorkflowState;
  readonly children: React.ReactNode;
}

/** What every pane needs around it: i18n in `lang`, the locale's formatters, the Fluent theme and the workflow store. */
export function PaneProviders({ host, lang, officeTheme, initial, children }: ProvidersProps) {
  const s = useStyles();
  // One i18n instance, made in the first language; later changes go through changeLanguage.
  const [i18n] = useState(() => createI18n(lang));
  useEffect(() => { if (i18n.language !== lang) void i18n.changeLanguage(lang); }, [i18n, lang]);
  const locale = useMemo(() => ({ lang, fmt: createFormatters(lang) }), [lang]);
  const theme = FLUENT_THEMES[pickThemeName(officeTheme)];
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProvider value={locale}>
        <FluentProvider theme={theme} lang={lang} className={s.root} data-testid="app">
          <WorkflowProvider host={host} lang={lang} initial={initial}>{children}</WorkflowProvider>
        </FluentProvider>
      </LocaleProvider>
    </I18nextProvider>
  );
}
