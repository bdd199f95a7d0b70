import { useState } from "react";
import type { WorkbookHost } from "../host";
import { pickLanguage, type Lang } from "../i18n/language";
import { PaneProviders } from "./PaneProviders";
import { Shell } from "./Shell";
import type { OfficeThemeLike } from "./theme";

export interface AppProps {
  /** The pane's only way to the workbook (src/host/host-api.ts). */
  readonly host: WorkbookHost;
  /** Office's officeTheme (and forced colours), read by index.tsx; light when left out. */
  readonly officeTheme?: OfficeThemeLike;
  /** Overrides Office's display language (the preview page and tests). */
  readonly language?: Lang;
}

/** The task pane: the Shell (header, tabs, panes) in the pane's providers, in the language picked at start or in the header. */
export function App({ host, officeTheme, language }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => language ?? pickLanguage(host.displayLanguage()));
  return (
    <PaneProviders host={host} lang={lang} officeTheme={officeTheme}>
      <Shell lang={lang} setLang={setLang} />
    </PaneProviders>
  );
}
