import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { WorkbookHost } from "../host";
import { createI18n } from "../i18n/create-i18n";
import { createFormatters } from "../i18n/format";
import type { Lang } from "../i18n/language";
import { LocaleProvider } from "./format-context";
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
 * workflow store. The App puts the Shell in it; a pane test puts one pane in it.
 */
export function PaneProviders({ host, lang, officeTheme, initial, children }: Props) {
  const s = useStyles();
  // One i18n instance, made in the first language; later changes go through changeLanguage.
  const [i18n] = useState(() => createI18n(lang));
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
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
