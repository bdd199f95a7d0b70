import {
  Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Tab, TabList, makeStyles, tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkbookHost } from "../host";
import { LANGS, type Lang } from "../i18n/language";
import { ErrorBar } from "./components/ErrorBar";
import { RequirementsBar } from "./components/RequirementsBar";
import { SavedSchemeBar } from "./components/SavedSchemeBar";
import { useSelectionRead } from "./hooks/useSelectionRead";
import { useTableModel } from "./hooks/useTableModel";
import { useTierDraft } from "./hooks/useTierDraft";
import { useTierPreview } from "./hooks/useTierPreview";
import { useSavedScheme } from "./hooks/useSavedScheme";
import { useLadderDraft } from "./hooks/useLadderDraft";
import { useTasksDraft } from "./hooks/useTasksDraft";
import { DataPane } from "./panes/DataPane";
import { TiersPane } from "./panes/TiersPane";
import { WritePane } from "./panes/WritePane";
import { LadderPane } from "./panes/LadderPane";
import { TasksPane } from "./panes/TasksPane";
import { useApplyPlan } from "./hooks/useApplyPlan";
import { useRerun } from "./hooks/useRerun";
import { tierSignature, useOutputChoice } from "./hooks/useOutputChoice";
import { useTierWrite } from "./hooks/useTierWrite";
import { HelpLink } from "./components/HelpLink";
import { WriteStatus } from "./components/WriteStatus";
import { computeLadder } from "./model/ladder-draft";
import { computeTasks, type TasksOutcome } from "./model/tasks-plan";
import type { OutputKind } from "./model/output-kind";
import type { TierTableOutput } from "../engine/tiering";
import type { Table } from "../engine/table";

export type TabId = "data" | "tiers" | "write" | "ladder" | "tasks";
const TABS: readonly TabId[] = ["data", "tiers", "write", "ladder", "tasks"];

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, color: tokens.colorNeutralForeground1 },
  header: { display: "flex", justifyContent: "space-between", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // Five tabs do not fit a 320 px pane on one line: they wrap instead of scrolling sideways.
  tabs: { flexWrap: "wrap" },
});

/** Header (title, language switch), the saved-scheme offer, the step tabs and the current pane. */
export function Shell({ host, lang, setLang }: { host: WorkbookHost; lang: Lang; setLang(l: Lang): void }) {
  const { t } = useTranslation();
  const s = useStyles();
  const [tab, setTab] = useState<TabId>("data");
  const [jumpError, setJumpError] = useState<unknown>();
  const [requirements] = useState(() => host.requirements()); // checked once, at start
  const selection = useSelectionRead(host);
  const model = useTableModel(selection.read);
  const tier = useTierDraft(model.source, model.listKind, model.asOf);
  const preview = useTierPreview(model.source, tier.check.scheme, lang, model.excludeRows);
  const saved = useSavedScheme(host);
  const ladder = useLadderDraft();
  const tasks = useTasksDraft();
  const writer = useApplyPlan(host);
  const tierWrite = useTierWrite(host, writer, lang, t, saved.save);
  const outputChoice = useOutputChoice(saved, preview.output);

  const read = selection.read;
  const onJump = useCallback((row: number, column: number) => {
    if (!read) return;
    host.selectCell(read.sheet, read.top + row, read.left + column).then(() => setJumpError(undefined), setJumpError);
  }, [host, read]);

  const output = preview.output;
  const scheme = tier.check.scheme;
  /** The ladder and the task plan for the outputs that need them (a write from the Write tab and a re-run). */
  const companions = (outputs: ReadonlySet<OutputKind>, out: TierTableOutput, source: Table) => ({
    ladder: outputs.has("funnel") ? computeLadder(ladder.draft, lang, out.result.labels, source) : undefined,
    tasks: outputs.has("tasks") ? computeTasks(tasks.draft, out, source, lang) : undefined,
  });
  /** One plan for the chosen outputs, built from the engine's results at the moment of writing. */
  const write = (outputs: ReadonlySet<OutputKind>) => {
    if (!read || !model.source || !output || !scheme) return;
    const source = model.source;
    const signature = tierSignature(output);
    // The outputs chosen travel with the scheme, so the next session starts with the same ticks.
    void tierWrite.write({
      read, table: source, output, outputs, excludeRows: model.excludeRows, ...companions(outputs, output, source),
    }, { ...scheme, outputs: [...outputs] }).then((report) => { if (report) outputChoice.written(outputs, signature); });
  };
  const writeFunnelOnly = () => {
    const outcome = computeLadder(ladder.draft, lang, output?.result.labels, model.source);
    void tierWrite.write({ outputs: new Set<OutputKind>(["funnel"]), ladder: outcome });
  };
  const writeTasksOnly = (outcome: TasksOutcome) => {
    const signature = tierSignature(output);
    void tierWrite.write({ outputs: new Set<OutputKind>(["tasks"]), tasks: outcome }).then((report) => { if (report) outputChoice.written(["tasks"], signature); });
  };
  const rerun = useRerun({
    saved, selection, model, setTierDraft: tier.setDraft, tierWrite, writer, lang, showTab: setTab, companions,
    written: (outputs, out) => outputChoice.written(outputs, tierSignature(out)),
  });

  return (
    <div className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{t("app.title")}</h1>
        <HelpLink lang={lang} />
        <Field label={t("app.language")} size="small" style={{ minWidth: "9em" }}>
          <Select size="small" data-testid="app-language" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
            {LANGS.map((l) => <option key={l} value={l}>{t(`app.languages.${l}`)}</option>)}
          </Select>
        </Field>
      </header>
      <RequirementsBar requirements={requirements} />
      {requirements.meetsMinimum && saved.scheme && saved.offered && <SavedSchemeBar scheme={saved.scheme} onRerun={() => void rerun.run()} onDismiss={saved.dismiss} />}
      {rerun.noScheme && (
        <MessageBar intent="warning" data-testid="rerun-no-scheme" layout="multiline">
          <MessageBarBody><MessageBarTitle>{t("scheme.noSavedTitle")}</MessageBarTitle>{t("scheme.noSaved")}</MessageBarBody>
          <MessageBarActions containerAction={
            <Button appearance="transparent" size="small" aria-label={t("scheme.dismiss")} data-testid="rerun-no-scheme-dismiss" onClick={rerun.dismissNoScheme}>×</Button>
          } />
        </MessageBar>
      )}
      {/* Below the minimum API version every step would fail: the pane shows only why. */}
      {requirements.meetsMinimum && (<>
      <nav aria-label={t("app.tabsLabel")}>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t("app.tabsLabel")} data-testid="app-tabs" className={s.tabs}>
          {TABS.map((id) => <Tab key={id} value={id} data-testid={`tab-${id}`}>{t(`tabs.${id}`)}</Tab>)}
        </TabList>
      </nav>
      <ErrorBar error={jumpError} testId="app-jump-error" doing="select" />
      <main>
        <div role="tabpanel" aria-label={t(`tabs.${tab}`)}>
        {tab === "data" && <DataPane selection={selection} model={model} />}
        {tab === "tiers" && <TiersPane table={model.source} origin={{ top: read?.top ?? 0, left: read?.left ?? 0 }} listKind={model.listKind} tier={tier} preview={preview} onJump={onJump} />}
        {tab === "write" && <WritePane
          ready={Boolean(output && scheme)} writer={writer} movement={tierWrite.movement}
          chosen={outputChoice.chosen} setChosen={outputChoice.setChosen} stale={outputChoice.stale} onWrite={write}
        />}
        {tab === "ladder" && (
          <LadderPane host={host} ladder={ladder} labels={output?.result.labels} table={model.source} onWriteFunnel={writeFunnelOnly} writing={writer.busy} />
        )}
        {tab === "tasks" && (
          <TasksPane tasks={tasks} table={model.source} output={output} onWriteTasks={writeTasksOnly} writing={writer.busy} />
        )}
        {(tab === "ladder" || tab === "tasks") && <WriteStatus state={writer} movement={tierWrite.movement} />}
        </div>
      </main>
      </>)}
    </div>
  );
}
