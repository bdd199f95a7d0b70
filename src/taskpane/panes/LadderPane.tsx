import { Button, Field, Input, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AllocationEditor } from "../components/AllocationEditor";
import { ErrorBar } from "../components/ErrorBar";
import { LadderResult } from "../components/LadderResult";
import { LadderStageTable } from "../components/LadderStageTable";
import { Section } from "../components/Section";
import { TierLaddersEditor } from "../components/TierLaddersEditor";
import { useLocale } from "../format-context";
import { useLadderDraft, type LadderDraftState } from "../hooks/useLadderDraft";
import { useTableModel } from "../hooks/useTableModel";
import { useTierPreview } from "../hooks/useTierPreview";
import { useWriteStatus } from "../hooks/useWriteStatus";
import { computeLadder, type LadderDraft, type LadderOutcome } from "../model/ladder-draft";
import { withActuals, withPerTier, withStageAdded } from "../model/ladder-edits";
import { pipelineActuals } from "../model/pipeline-actuals";
import { problemText } from "../model/problem-text";
import { todayIso } from "../model/table-model";
import { useWorkflow } from "../store/context";

const useStyles = makeStyles({
  stages: { border: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** Midnight today (UTC): dates before it are flagged (a close-by date that has passed, a stage that should already have started). */
const todayStart = () => new Date(`${todayIso()}T00:00:00Z`);

/** Ladder tab: the target and its close-by date first, then the stages (a compact table), per-tier shares, the split, the funnel. */
export function LadderPane() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const { commands } = useWorkflow();
  const ladder = useLadderDraft();
  const { draft, setDraft } = ladder;
  const labels = useTierPreview().output?.result.labels;
  const table = useTableModel().source;
  const writing = useWriteStatus().busy;
  const outcome = useMemo(() => computeLadder(draft, lang, labels, table), [draft, lang, labels, table]);
  const p = outcome.problems;
  return (
    <Section title={t("ladder.heading")} id="pane-ladder">
      <LadderTargetFields ladder={ladder} outcome={outcome} />
      <LadderStages ladder={ladder} outcome={outcome} />
      {labels && labels.length > 0 && (
        <>
          <Switch
            data-testid="ladder-per-tier"
            label={t("ladder.perTier")}
            checked={draft.perTier}
            onChange={(_, d) => setDraft((x) => withPerTier(x, d.checked, labels))}
          />
          {draft.perTier && (
            <TierLaddersEditor labels={labels} draft={draft} setDraft={setDraft} problems={p} lang={lang} />
          )}
        </>
      )}
      <AllocationEditor draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} table={table} />
      <ErrorBar error={outcome.error} testId="ladder-error" />
      {outcome.targets && (
        <LadderResult
          outcome={{ ...outcome, targets: outcome.targets }}
          today={todayStart()}
          writing={writing}
          onWriteFunnel={commands.writeFunnel}
        />
      )}
    </Section>
  );
}

/** Deals or revenue (with the average deal size), and the close-by date. */
function LadderTargetFields({ ladder, outcome }: { ladder: LadderDraftState; outcome: LadderOutcome }) {
  const { t } = useTranslation();
  const { draft, setDraft } = ladder;
  const p = outcome.problems;
  const set = (patch: Partial<LadderDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const state = (key: string) => (p[key] ? "error" : "none");
  const closeByPast = new Date(`${draft.closeBy}T00:00:00Z`).getTime() < todayStart().getTime();
  return (
    <>
      <Field label={t("ladder.targetKind")}>
        <RadioGroup
          layout="horizontal"
          value={draft.targetKind}
          onChange={(_, d) => set({ targetKind: d.value as "deals" | "revenue" })}
          data-testid="ladder-target-kind"
        >
          <Radio value="deals" label={t("ladder.deals")} data-testid="ladder-kind-deals" />
          <Radio value="revenue" label={t("ladder.revenue")} data-testid="ladder-kind-revenue" />
        </RadioGroup>
      </Field>
      {draft.targetKind === "deals" ? (
        <Field
          label={t("ladder.dealTarget")}
          validationMessage={problemText(t, p.target)}
          validationState={state("target")}
        >
          <Input
            data-testid="ladder-deals"
            value={draft.deals}
            inputMode="numeric"
            onChange={(_, d) => set({ deals: d.value })}
          />
        </Field>
      ) : (
        <>
          <Field
            label={t("ladder.revenueTarget")}
            validationMessage={problemText(t, p.target)}
            validationState={state("target")}
          >
            <Input
              data-testid="ladder-revenue"
              value={draft.revenue}
              inputMode="decimal"
              onChange={(_, d) => set({ revenue: d.value })}
            />
          </Field>
          <Field
            label={t("ladder.avgDeal")}
            validationMessage={problemText(t, p.avgDeal)}
            validationState={state("avgDeal")}
          >
            <Input
              data-testid="ladder-avg-deal"
              value={draft.avgDeal}
              inputMode="decimal"
              onChange={(_, d) => set({ avgDeal: d.value })}
            />
          </Field>
        </>
      )}
      <Field
        label={t("ladder.closeBy")}
        validationState={closeByPast ? "warning" : "none"}
        validationMessage={
          closeByPast ? <span data-testid="ladder-close-by-past">{t("ladder.closeByPast")}</span> : undefined
        }
      >
        <Input
          type="date"
          data-testid="ladder-close-by"
          value={draft.closeBy}
          onChange={(_, d) => d.value && set({ closeBy: d.value })}
        />
      </Field>
    </>
  );
}

/** The stage table, the messages for its fields, actual counts from a pipeline, and "Add stage". */
function LadderStages({ ladder, outcome }: { ladder: LadderDraftState; outcome: LadderOutcome }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <fieldset className={s.stages}>
      <legend>{t("ladder.stages")}</legend>
      <LadderStageTable ladder={ladder} problems={outcome.problems} />
      <StageProblems ladder={ladder} problems={outcome.problems} />
      <PipelineActuals ladder={ladder} outcome={outcome} />
      <Button data-testid="ladder-add" onClick={() => ladder.setDraft((d) => withStageAdded(d))}>
        {t("ladder.addStage")}
      </Button>
    </fieldset>
  );
}

/** One message per field with a problem, under the table; the rate message names its stage already, the others get the stage and the column. */
function StageProblems({ ladder, problems: p }: { ladder: LadderDraftState; problems: LadderOutcome["problems"] }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = useStyles();
  const column = (field: "duration" | "actual") =>
    t(field === "duration" ? "ladder.durationShort" : "ladder.actualShort");
  return ladder.draft.rows.flatMap((r, i) =>
    (["rate", "duration", "actual"] as const).map((field) => {
      const key = `${field}-${i}`;
      if (!p[key]) return null;
      const message = problemText(t, p[key]);
      return (
        <Text
          block
          role="alert"
          key={key}
          id={`ladder-problem-${key}`}
          data-testid={`ladder-problem-${key}`}
          className={s.problem}
        >
          {field === "rate"
            ? message
            : t("ladder.stageProblem", { stage: r.names[lang], field: column(field), message })}
        </Text>
      );
    }),
  );
}

/** Fills the actual counts from a pipeline selection (deals with their current stage); says which rows had a stage not on the ladder. */
function PipelineActuals({ ladder, outcome }: { ladder: LadderDraftState; outcome: LadderOutcome }) {
  const { t } = useTranslation();
  const { host } = useWorkflow();
  const [error, setError] = useState<unknown>();
  const [unknownStages, setUnknownStages] = useState<{ row: number; stage: string }[]>([]);
  const readActuals = async () => {
    try {
      if (!outcome.ladder) return;
      const read = await host.readSelection();
      const { reached, unknown } = pipelineActuals(outcome.ladder, read.grid, read.top);
      ladder.setDraft((d) => withActuals(d, reached));
      setUnknownStages(unknown);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Button data-testid="ladder-read-actuals" disabled={!outcome.ladder} onClick={() => void readActuals()}>
        {t("ladder.readActuals")}
      </Button>
      <ErrorBar error={error} testId="ladder-actuals-error" doing="read" />
      {unknownStages.length > 0 && (
        <Text role="status" data-testid="ladder-unknown-stages">
          {t("ladder.unknownStages", {
            rows: unknownStages
              .slice(0, 10)
              .map((u) => `${u.row} (${u.stage})`)
              .join(", "),
          })}
        </Text>
      )}
    </>
  );
}
