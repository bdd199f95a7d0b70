import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGS, type Lang } from "../i18n/language";
import { ErrorBar } from "./components/ErrorBar";
import { HelpLink } from "./components/HelpLink";
import { RequirementsBar } from "./components/RequirementsBar";
import { SavedSchemeBar } from "./components/SavedSchemeBar";
import { StepBoundary } from "./components/StepBoundary";
import { useRerun } from "./hooks/useRerun";
import { useSavedScheme } from "./hooks/useSavedScheme";
import { useWriteStatus } from "./hooks/useWriteStatus";
import { DataPane } from "./panes/DataPane";
import {
  LazyLadderPane,
  LazyRepsPane,
  LazyTasksPane,
  LazyTiersStep,
  LazyWritePane,
  LazyWriteStatus,
  preloadSteps,
} from "./panes/lazy-panes";
import type { TabId } from "./store/actions";
import { useWorkflow } from "./store/context";

const TABS: readonly TabId[] = ["data", "tiers", "write", "ladder", "tasks", "reps"];

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  language: { minWidth: "9em" },
  // Five tabs do not fit a 320 px pane on one line: they wrap instead of scrolling sideways.
  tabs: { flexWrap: "wrap" },
});

/** Header (title, language switch), the saved-scheme offer, the step tabs and the current pane. */
export function Shell({ lang, setLang }: { lang: Lang; setLang(l: Lang): void }) {
  const { t } = useTranslation();
  const s = useStyles();
  const { host } = useWorkflow();
  const [requirements] = useState(() => host.requirements()); // checked once, at start
  useEffect(() => whenIdle(preloadSteps), []);
  return (
    <div className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{t("app.title")}</h1>
        <HelpLink lang={lang} />
        <Field label={t("app.language")} size="small" className={s.language}>
          <Select size="small" data-testid="app-language" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`app.languages.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <RequirementsBar requirements={requirements} />
      {requirements.meetsMinimum && <SavedSchemeOffer />}
      <NoSchemeBar />
      {/* Below the minimum API version every step would fail: the pane shows only why. */}
      {requirements.meetsMinimum && <Steps />}
    </div>
  );
}

/**
 * Runs `work` once the page is idle after the first paint (requestIdleCallback; a timeout where the webview
 * lacks it, as Safari's does on the Mac); returns the cancel.
 */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 0);
  return () => window.clearTimeout(id);
}

/** The offer to re-run the scheme saved in the workbook. */
function SavedSchemeOffer() {
  const saved = useSavedScheme();
  const rerun = useRerun();
  if (!saved.scheme || !saved.offered) return null;
  return <SavedSchemeBar scheme={saved.scheme} onRerun={() => void rerun.run()} onDismiss={saved.dismiss} />;
}

/** A re-run asked for with no scheme saved: what to do instead. */
function NoSchemeBar() {
  const { t } = useTranslation();
  const rerun = useRerun();
  if (!rerun.noScheme) return null;
  return (
    <MessageBar intent="warning" data-testid="rerun-no-scheme" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("scheme.noSavedTitle")}</MessageBarTitle>
        {t("scheme.noSaved")}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t("scheme.dismiss")}
            data-testid="rerun-no-scheme-dismiss"
            onClick={rerun.dismissNoScheme}
          >
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}

/** The step tabs and the pane of the tab chosen. */
function Steps() {
  const { t } = useTranslation();
  const s = useStyles();
  const { state, dispatch } = useWorkflow();
  const { tab, jumpError } = state.shell;
  const status = useWriteStatus();
  return (
    <>
      <nav aria-label={t("app.tabsLabel")}>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d) => dispatch({ type: "tabChosen", tab: d.value as TabId })}
          aria-label={t("app.tabsLabel")}
          data-testid="app-tabs"
          className={s.tabs}
        >
          {TABS.map((id) => (
            <Tab key={id} value={id} data-testid={`tab-${id}`}>
              {t(`tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <ErrorBar error={jumpError} testId="app-jump-error" doing="select" />
      <main>
        <div role="tabpanel" aria-label={t(`tabs.${tab}`)}>
          {tab === "data" && <DataPane />}
          {tab !== "data" && (
            // The other steps load when first opened (panes/lazy-panes.ts); one boundary per step, as each
            // pane was mounted afresh on its tab before.
            <StepBoundary key={tab} step={tab}>
              {tab === "tiers" && <LazyTiersStep />}
              {tab === "reps" && <LazyRepsPane />}
              {tab === "write" && <LazyWritePane />}
              {tab === "ladder" && <LazyLadderPane />}
              {tab === "tasks" && <LazyTasksPane />}
              {(tab === "ladder" || tab === "tasks") && <LazyWriteStatus status={status} />}
            </StepBoundary>
          )}
        </div>
      </main>
    </>
  );
}
