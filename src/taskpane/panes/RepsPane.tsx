import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBar } from "../components/ErrorBar";
import { RepsAssignment } from "../components/RepsAssignment";
import { RepsTable } from "../components/RepsTable";
import { Section } from "../components/Section";
import { useLocale } from "../format-context";
import { useTableModel } from "../hooks/useTableModel";
import { useTierPreview } from "../hooks/useTierPreview";
import { useWriteStatus } from "../hooks/useWriteStatus";
import { problemText } from "../model/problem-text";
import type { QuotaMode, RepsDraft } from "../model/reps-draft";
import { computeReps, type RepsOutcome } from "../model/reps-plan";
import { computeTasks } from "../model/tasks-plan";
import { useWorkflow } from "../store/context";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  subheading: { margin: 0, fontSize: "inherit" },
});

type SetDraft = (edit: (d: RepsDraft) => RepsDraft) => void;

/**
 * Reps tab (DESIGN.md "Reps and incentives"): each rep's tier mix, quota, attainment and grade; the commission
 * or bonus ladder and each rep's payout; owners suggested by tier and capacity with the load before and after;
 * the "TierLadder Reps" sheet and the "Suggested owner" column written on request.
 */
export function RepsPane() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const { state, dispatch, commands } = useWorkflow();
  const draft = state.drafts.reps;
  const setDraft: SetDraft = (edit) => dispatch({ type: "repsDraftEdited", edit });
  const table = useTableModel().source;
  const output = useTierPreview().output;
  const tasks = useMemo(
    () => computeTasks(state.drafts.tasks, output, table, lang),
    [state.drafts.tasks, output, table, lang],
  );
  const outcome = useMemo(
    () => computeReps(draft, { output, table, tasks, lang }),
    [draft, output, table, tasks, lang],
  );
  const { busy } = useWriteStatus();
  return (
    <Section title={t("reps.heading")} id="pane-reps">
      {!output && <Text data-testid="reps-no-result">{t("reps.noResult")}</Text>}
      <ErrorBar error={outcome.error} testId="reps-error" />
      <QuotaForm draft={draft} setDraft={setDraft} outcome={outcome} />
      <CommissionForm draft={draft} setDraft={setDraft} outcome={outcome} />
      {outcome.reps.length > 0 && <RepsTable outcome={outcome} draft={draft} setDraft={setDraft} />}
      <AttainmentNotes outcome={outcome} />
      {outcome.reps.length > 0 && <RepsAssignment outcome={outcome} draft={draft} setDraft={setDraft} />}
      {outcome.reps.length > 0 && (
        <Button
          appearance="primary"
          data-testid="reps-write"
          disabled={busy}
          onClick={() => commands.writeReps(outcome)}
        >
          {t("reps.write")}
        </Button>
      )}
    </Section>
  );
}

/** Attainments that look like a unit mix-up (万 against yuan) are shown but questioned; reps without a quota listed. */
function AttainmentNotes({ outcome }: { outcome: RepsOutcome }) {
  const { t } = useTranslation();
  const { questioned, noQuota } = outcome.notes;
  return (
    <>
      {questioned.length > 0 && (
        <Text block data-testid="reps-questioned">
          {t("reps.questioned", { reps: questioned.join(", ") })}
        </Text>
      )}
      {noQuota.length > 0 && (
        <Text block data-testid="reps-no-quota">
          {t("reps.noQuota", { reps: noQuota.join(", ") })}
        </Text>
      )}
    </>
  );
}

/** Quotas: typed per rep (in the table below), or a team target split equally or by each rep's actual sales. */
function QuotaForm({ draft, setDraft, outcome }: { draft: RepsDraft; setDraft: SetDraft; outcome: RepsOutcome }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <>
      <h3 className={s.subheading}>{t("reps.quotas")}</h3>
      <Field label={t("reps.quotaMode")}>
        <RadioGroup
          data-testid="reps-quota-mode"
          value={draft.quotaMode}
          onChange={(_, d) => setDraft((x) => ({ ...x, quotaMode: d.value as QuotaMode }))}
        >
          <Radio value="typed" label={t("reps.quotaTyped")} data-testid="reps-quota-typed" />
          <Radio value="equal" label={t("reps.quotaEqual")} data-testid="reps-quota-equal" />
          <Radio value="by-actual" label={t("reps.quotaByActual")} data-testid="reps-quota-by-actual" />
        </RadioGroup>
      </Field>
      <Field
        label={t("reps.gradeBounds")}
        hint={t("reps.gradeBoundsHint")}
        validationMessage={problemText(t, outcome.problems.gradeBounds)}
      >
        <Input
          data-testid="reps-grade-bounds"
          value={draft.gradeBounds}
          onChange={(_, d) => setDraft((x) => ({ ...x, gradeBounds: d.value }))}
        />
      </Field>
      {draft.quotaMode !== "typed" && (
        <Field
          label={t("reps.teamTarget")}
          hint={t("reps.teamTargetHint")}
          validationMessage={problemText(t, outcome.problems.teamTarget)}
        >
          <Input
            data-testid="reps-team-target"
            value={draft.teamTarget}
            onChange={(_, d) => setDraft((x) => ({ ...x, teamTarget: d.value }))}
          />
        </Field>
      )}
    </>
  );
}

/** The commission ladder: band lower bounds, a rate per band, marginal (超额累进) or whole (全额累进). */
function CommissionForm({ draft, setDraft, outcome }: { draft: RepsDraft; setDraft: SetDraft; outcome: RepsOutcome }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <>
      <h3 className={s.subheading}>{t("reps.commission")}</h3>
      <Field label={t("reps.basis")}>
        <RadioGroup
          data-testid="reps-basis"
          value={draft.basis}
          onChange={(_, d) => setDraft((x) => ({ ...x, basis: d.value as RepsDraft["basis"] }))}
        >
          <Radio value="sales" label={t("reps.basisSales")} data-testid="reps-basis-sales" />
          <Radio value="attainment" label={t("reps.basisAttainment")} data-testid="reps-basis-attainment" />
        </RadioGroup>
      </Field>
      {draft.basis === "attainment" && (
        <Field
          label={t("reps.targetBonus")}
          hint={t("reps.targetBonusHint")}
          validationMessage={problemText(t, outcome.problems.targetBonus)}
        >
          <Input
            data-testid="reps-target-bonus"
            value={draft.targetBonus}
            onChange={(_, d) => setDraft((x) => ({ ...x, targetBonus: d.value }))}
          />
        </Field>
      )}
      <Field
        label={t(draft.basis === "sales" ? "reps.thresholds" : "reps.attainmentThresholds")}
        hint={t(draft.basis === "sales" ? "reps.thresholdsHint" : "reps.attainmentThresholdsHint")}
        validationMessage={problemText(t, outcome.problems.thresholds)}
      >
        <Input
          data-testid="reps-thresholds"
          value={draft.thresholds}
          onChange={(_, d) => setDraft((x) => ({ ...x, thresholds: d.value }))}
        />
      </Field>
      <Field
        label={t("reps.rates")}
        hint={t("reps.ratesHint")}
        validationMessage={problemText(t, outcome.problems.rates)}
      >
        <Input
          data-testid="reps-rates"
          value={draft.rates}
          onChange={(_, d) => setDraft((x) => ({ ...x, rates: d.value }))}
        />
      </Field>
      <Field label={t("reps.mode")}>
        <RadioGroup
          data-testid="reps-mode"
          value={draft.mode}
          onChange={(_, d) => setDraft((x) => ({ ...x, mode: d.value as RepsDraft["mode"] }))}
        >
          <Radio value="marginal" label={t("reps.marginal")} data-testid="reps-mode-marginal" />
          <Radio value="whole" label={t("reps.whole")} data-testid="reps-mode-whole" />
        </RadioGroup>
      </Field>
    </>
  );
}
