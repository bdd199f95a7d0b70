import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { WorkbookHost } from "../host";
import { catalogFor } from "../i18n/catalogs";
import { createI18n } from "../i18n/create-i18n";
import { createFormatters } from "../i18n/format";
import type { Lang } from "../i18n/language";
import { LocaleProvider } from "./format-context";
import { useCatalogLanguage } from "./hooks/useCatalogLanguage";
import type { WorkflowState } from "./store/state";
import { WorkflowProvider } from "./store/WorkflowProvider";
import { FLUENT_THEMES, pickThemeName, type OfficeThemeLike } from "./theme";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
});

interface Props {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly officeTheme?: OfficeThemeLike;
  /** A workflow state to start from (pane tests); the defaults otherwise. */
  readonly initial?: WorkflowState;
  readonly children: ReactNode;
}

/**
 * What every pane needs around it: i18n in `lang`, the locale's formatters, the Fluent theme and the
 * workflow store. The App puts the Shell in it; a pane test puts one pane in it. Nothing is painted
 * until the language's catalog is loaded (useCatalogLanguage); after a switch, the old language stays
 * until the new one's catalog is there.
 */
export function PaneProviders(props: Props) {
  const lang = useCatalogLanguage(props.lang);
  return lang ? <LoadedProviders {...props} lang={lang} /> : null;
}

/** The providers in a language whose catalog is loaded. */
function LoadedProviders({ host, lang, officeTheme, initial, children }: Props) {
  const s = useStyles();
  // One i18n instance, made in the first language; later changes go through changeLanguage.
  const [i18n] = useState(() => createI18n(lang));
  useEffect(() => {
    if (i18n.language === lang) return;
    if (!i18n.hasResourceBundle(lang, "translation")) i18n.addResourceBundle(lang, "translation", catalogFor(lang));
    void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  const locale = useMemo(() => ({ lang, fmt: createFormatters(lang) }), [lang]);
  const theme = FLUENT_THEMES[pickThemeName(officeTheme)];
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProvider value={locale}>
        <FluentProvider theme={theme} lang={lang} className={s.root} data-testid="app">
          <WorkflowProvider host={host} lang={lang} initial={initial}>
            {children}
          </WorkflowProvider>
        </FluentProvider>
      </LocaleProvider>
    </I18nextProvider>
  );
}
